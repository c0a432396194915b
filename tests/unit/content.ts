import { readdirSync, readFileSync } from 'node:fs';
import type { AppealBlocks } from '../../src/domain/letter/appeal';
import { appealBlocksSchema } from '../../src/domain/letter/appeal-schema';
import { uiStringsSchema, type UiStrings } from '../../src/i18n/schema';
import locales from '../../content/locales.json';

/** Reads content files from disk, as the build does, for tests that run without Astro. */
export const localeSlugs: string[] = locales.locales.map((l) => l.slug);

export function readJson(path: string): unknown {
	return JSON.parse(readFileSync(path, 'utf8'));
}

export function appealBlocksOf(locale: string): AppealBlocks {
	return appealBlocksSchema.parse(readJson(`content/appeal/${locale}.json`));
}

export function uiStringsOf(locale: string): UiStrings {
	return uiStringsSchema.parse(readJson(`content/i18n/${locale}.json`));
}

export function guideFiles(locale: string): string[] {
	return readdirSync(`content/guide/${locale}`).filter((f) => f.endsWith('.mdx')).sort();
}
