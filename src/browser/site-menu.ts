/**
 * The header's guide links and search sit in a disclosure that is open in the markup, so they are
 * there without JavaScript; on a phone this closes it before the first paint, leaving one Menu
 * button where three rows of links would push the page's own content down.
 */
export const phoneMenuQuery = '(max-width: 40rem)';
export const closeMenuOnPhoneScript = `if(matchMedia('${phoneMenuQuery}').matches)document.currentScript.previousElementSibling.open=false;`;

/** The wizard's header is the site's name (the way out), the languages and nothing else: every byte and line there is the owner's. */
export const hasSiteMenu = (page: string): boolean => page !== 'appeal';
