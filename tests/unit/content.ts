import { readdirSync, readFileSync } from 'node:fs';
import type { AppealBlocks } from '../../src/domain/letter/appeal';
import { appealBlocksSchema } from '../../src/domain/letter/appeal-schema';
import { overlayContent, overlaySearchWords, termReplacer, type Overlay } from '../../src/domain/text/overlay';
import { uiStringsSchema, type UiStrings } from '../../src/i18n/schema';
import locales from '../../content/locales.json';

/** Reads content files from disk, as the build does, for tests that run without Astro. */
export const localeSlugs: string[] = locales.locales.map((l) => l.slug);
/** The locales with files of their own; the others are overlays on one of these (content/overlays/). */
export const sourceLocales: string[] = locales.locales.filter((l) => !('base' in l)).map((l) => l.slug);

export function readJson(path: string): unknown {
	return JSON.parse(readFileSync(path, 'utf8'));
}

const baseOf = (locale: string) => (locales.locales.find((l) => l.slug === locale) as { base?: string } | undefined)?.base;
export const overlayOf = (locale: string) => readJson(`content/overlays/${locale}.json`) as Overlay;

/** One locale's content/<kind>/ file as the site reads it: its own, or its base's through its overlay. */
export function contentOf(kind: 'i18n' | 'appeal' | 'signals', locale: string): unknown {
	const base = baseOf(locale);
	const raw = readJson(`content/${kind}/${base ?? locale}.json`);
	return base ? overlayContent(raw, overlayOf(locale), kind) : raw;
}

/** The words owners type for each page (content/search/), as the search index gets them. */
export function searchWordsOf(locale: string): Record<string, string[]> {
	const base = baseOf(locale);
	const { pages } = readJson(`content/search/${base ?? locale}.json`) as { pages: Record<string, string[]> };
	return base ? overlaySearchWords(pages, overlayOf(locale)) : pages;
}

export function appealBlocksOf(locale: string): AppealBlocks {
	return appealBlocksSchema.parse(contentOf('appeal', locale));
}

export function uiStringsOf(locale: string): UiStrings {
	return uiStringsSchema.parse(contentOf('i18n', locale));
}

/** A locale's guide files: its own, or its base's (an overlay locale renders those through its terms). */
export function guideFiles(locale: string): string[] {
	return readdirSync(`content/guide/${baseOf(locale) ?? locale}`).filter((f) => f.endsWith('.mdx')).sort();
}

/**
 * A per-locale expectation of a test table; a locale written as an overlay expects its base's,
 * read through its terms (strings and regular expressions alike), so a new overlay needs no new rows.
 */
export function expectedIn<T>(table: Readonly<Record<string, T>>, locale: string): T {
	if (locale in table) return table[locale]!;
	const base = baseOf(locale);
	if (!base || !(base in table)) throw new Error(`no expectation for ${locale}`);
	const replace = termReplacer(overlayOf(locale).terms);
	const read = (value: unknown): unknown =>
		value instanceof RegExp ? new RegExp(replace(value.source), value.flags) : typeof value === 'string' ? replace(value) : Array.isArray(value) ? value.map(read) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, read(v)])) : value;
	return read(table[base]) as T;
}
