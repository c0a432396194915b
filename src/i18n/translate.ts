import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeSlugs } from './locales';
import { resources } from './resources';

// Build time only: pages call this in their frontmatter, so i18next never reaches the browser.
const instance = i18next.createInstance();
await instance.init({
	resources: Object.fromEntries(localeSlugs.map((slug) => [slug, { translation: resources[slug]! }])),
	lng: defaultLocale.slug,
	fallbackLng: false,
	lowerCaseLng: true,
	supportedLngs: [...localeSlugs],
	interpolation: { escapeValue: false },
	returnNull: false,
	initAsync: false,
});

const cache = new Map<string, TFunction>();

export function useTranslations(locale: string): TFunction {
	let t = cache.get(locale);
	if (!t) {
		t = instance.getFixedT(locale);
		cache.set(locale, t);
	}
	return t;
}
