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
