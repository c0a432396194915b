import { defaultLocale, locales } from '../i18n/locales';
import { absoluteUrl, localeUrl } from './urls';

export interface Alternate {
	hreflang: string;
	href: string;
}

/** hreflang alternates of one page in every locale, plus x-default (the default locale). */
export function alternates(page: string, site: URL | undefined): Alternate[] {
	const list = locales.map((l) => ({ hreflang: l.lang, href: absoluteUrl(localeUrl(l.slug, page), site) }));
	list.push({ hreflang: 'x-default', href: absoluteUrl(localeUrl(defaultLocale.slug, page), site) });
	return list;
}

/** "Page | Site" while that fits in 70 characters (search results cut longer titles), else the page's own. */
export function pageTitle(title: string, siteName: string, isHome: boolean): string {
	const full = `${title} | ${siteName}`;
	return isHome || full.length > 70 ? title : full;
}
