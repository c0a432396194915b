import { catalogueData, localeScript, phrasesOf, type PhraseScript } from './catalogue';
import type { Catalogue, Table } from './engine';

/**
 * What the browser fetches on the first "Read it": the catalogue without what only the page's
 * table needs (Meta's titles), with the explanations of each value in the page's language and the
 * phrases of the page's script; other scripts' phrases come
 * apart, only for a paste written in them. Built at build time (pages/[locale]/decode/data.json.ts).
 */
export function shippedCatalogue(locale: string, signals: Record<string, string>): Catalogue & { signals: Record<string, string> } {
	// Each value's explanation rides on the value (x), on the first value that shares it: the ids
	// said again as keys of `signals` cost about 550 B gz of the 8 KB (engine.ts explanationsOf).
	const given = new Set<string>();
	const values = Object.fromEntries(
		Object.entries(catalogueData.values).map(([kind, table]) => [
			kind,
			Object.fromEntries(
				Object.entries(table).map(([v, { title: _title, ...k }]) => {
					void _title;
					const id = k.t ?? `${kind}.${v}`;
					if (!Object.hasOwn(signals, id) || given.has(id)) return [v, k];
					given.add(id);
					return [v, { ...k, x: signals[id] }];
				}),
			),
		]),
	) as Record<string, Table>;
	const rest = Object.fromEntries(Object.entries(signals).filter(([id]) => !given.has(id)));
	return { ...catalogueData, values, ...phrasesOf(localeScript[locale] ?? 'latn'), signals: rest };
}

export const shippedPhrases = (script: PhraseScript) => phrasesOf(script);
