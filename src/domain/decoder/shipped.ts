import { catalogueData, localeScript, phrasesOf, type PhraseScript } from './catalogue';
import type { Catalogue, Table } from './engine';

/**
 * What the browser fetches on the first "Read it": the catalogue without what only the page's
 * table needs (Meta's titles), with the explanations of each value in the page's language and the
 * phrases of the page's script; other scripts' phrases come
 * apart, only for a paste written in them. Built at build time (pages/[locale]/decode/data.json.ts).
 */
export function shippedCatalogue(locale: string, signals: Record<string, string>): Catalogue & { signals: Record<string, string> } {
	const values = Object.fromEntries(
		Object.entries(catalogueData.values).map(([kind, table]) => [kind, Object.fromEntries(Object.entries(table).map(([v, { title: _title, ...k }]) => (void _title, [v, k])))]),
	) as Record<string, Table>;
	return { ...catalogueData, values, ...phrasesOf(localeScript[locale] ?? 'latn'), signals };
}

export const shippedPhrases = (script: PhraseScript) => phrasesOf(script);
