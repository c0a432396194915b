import { localeSlugs, localisedFile } from './locales';
import { uiStringsSchema, type UiStrings } from './schema';

const files = import.meta.glob<unknown>('../../content/i18n/*.json', { eager: true, import: 'default' });

export const resources: Readonly<Record<string, UiStrings>> = Object.fromEntries(
	localeSlugs.map((slug) => [slug, localisedFile(files, 'i18n', slug, (raw) => uiStringsSchema.parse(raw))]),
);
