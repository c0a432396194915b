import { localeSlugs } from './locales';
import { uiStringsSchema, type UiStrings } from './schema';

const files = import.meta.glob<UiStrings>('../../content/i18n/*.json', { eager: true, import: 'default' });

function load(slug: string): UiStrings {
	const file = files[`../../content/i18n/${slug}.json`];
	if (!file) throw new Error(`Missing content/i18n/${slug}.json`);
	return uiStringsSchema.parse(file);
}

export const resources: Readonly<Record<string, UiStrings>> = Object.fromEntries(
	localeSlugs.map((slug) => [slug, load(slug)]),
);
