import { localeSlugs } from '../i18n/locales';

/** getStaticPaths for a page that exists once per locale. */
export function localePaths() {
	return localeSlugs.map((locale) => ({ params: { locale } }));
}
