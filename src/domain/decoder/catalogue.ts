import * as OpenCC from 'opencc-js';
import data from '../../../content/decoder/catalogue.json';
import localeList from '../../../content/locales.json';
import en from '../../../content/decoder/phrases/en.json';
import zhCn from '../../../content/decoder/phrases/zh-cn.json';
import zhTw from '../../../content/decoder/phrases/zh-tw.json';
import { signalKinds, type Catalogue, type Phrase, type SignalKind, type Table } from './engine';

/**
 * The catalogue compiled from its data (content/decoder/catalogue.json and phrases/<locale>.json),
 * at build time and in tests: never in the browser, which fetches the result as JSON
 * (pages/[locale]/decode/data.json.ts, pages/decode-phrases/[script].json.ts). Chinese phrases are
 * written Simplified, and the characters they use get a small Traditional → Simplified map, so a
 * paste in either script matches either locale's wording.
 */

export type PhraseData = { phrases: (Phrase & { shown?: string })[] };
/** Phrase files by the script they are written in: a page loads its own, and another only when the paste is in it. */
export const phraseFiles: Readonly<Record<'latn' | 'han', readonly PhraseData[]>> = { latn: [en as PhraseData], han: [zhCn as PhraseData, zhTw as PhraseData] };
export type PhraseScript = keyof typeof phraseFiles;
/** Which phrase file a locale's page loads first, by the script content/locales.json gives it. */
export const localeScript: Readonly<Record<string, PhraseScript>> = Object.fromEntries(localeList.locales.map((l) => [l.slug, l.script === 'Latn' ? 'latn' : 'han']));

let converters: { toHans: (s: string) => string; toHant: (s: string) => string; toHk: (s: string) => string } | undefined;
function opencc() {
	converters ??= { toHans: OpenCC.Converter({ from: 'tw', to: 'cn' }), toHant: OpenCC.Converter({ from: 'cn', to: 'tw' }), toHk: OpenCC.Converter({ from: 'cn', to: 'hk' }) };
	return converters;
}
/** Taiwan's 帳號 is 账号 in mainland text; opencc's tables say 帐 (as pages' search does, scripts/pagefind.mjs). */
const usage: [string, string][] = [['帳', '帐']];

const strip = (p: Phrase & { shown?: string }): Phrase => {
	const { shown, ...rest } = p;
	void shown;
	return rest;
};

/** The phrases of one script, ready to match, with the fold map their characters need. */
export function phrasesOf(script: PhraseScript): Pick<Catalogue, 'phrases' | 'fold'> {
	const phrases = phraseFiles[script].flatMap((f) => f.phrases.map(strip));
	if (script !== 'han') return { phrases };
	const { toHans, toHant, toHk } = opencc();
	const pairs = new Map<string, string>(usage);
	const hans = phrases.map((p) => {
		// Whole words too: 复审 is 複審 in Taiwan, which the single character 复 does not tell.
		const simplified = [...toHans(p.match)];
		for (const variant of [toHant(toHans(p.match)), toHk(toHans(p.match))].map((v) => [...v])) {
			if (variant.length === simplified.length) variant.forEach((c, i) => c !== simplified[i] && pairs.set(c, simplified[i]!));
		}
		for (const c of p.match.match(/\p{Script=Han}/gu) ?? []) {
			const s = toHans(c);
			if (s !== c && [...s].length === 1) pairs.set(c, s);
			const t = toHant(s);
			if (t !== s && [...t].length === 1) pairs.set(t, s);
		}
		return { ...p, match: toHans(p.match) };
	});
	const rows = [...pairs].filter(([t, s]) => t !== s);
	return { phrases: hans, fold: { Hans: rows.map(([, s]) => s).join(''), Hant: rows.map(([t]) => t).join('') } };
}

type Data = Omit<Catalogue, 'phrases' | 'fold'>;
const base = data as unknown as Data & { $comment?: string };

/** Values, codes and field rules: the same in every language. */
export const catalogueData: Data & { values: Record<SignalKind, Table> } = {
	fields: base.fields,
	contexts: base.contexts,
	fieldContexts: base.fieldContexts,
	values: Object.fromEntries(signalKinds.map((k) => [k, base.values[k] ?? {}])) as Record<SignalKind, Table>,
};

/** The whole catalogue: every script's phrases (what `decode` uses in tests and at build time). */
export function fullCatalogue(): Catalogue {
	const latn = phrasesOf('latn');
	const han = phrasesOf('han');
	return { ...catalogueData, phrases: [...latn.phrases, ...han.phrases], ...(han.fold ? { fold: han.fold } : {}) };
}

/** The table of one kind. */
export const valuesOf = (kind: SignalKind): Table => catalogueData.values[kind] ?? {};

/** Every phrase with how the page writes it, by file (locale), for the table. */
export const phraseEntries = (['en', 'zh-cn', 'zh-tw'] as const).flatMap((locale) =>
	({ en, 'zh-cn': zhCn, 'zh-tw': zhTw })[locale].phrases.map((p) => ({ locale, ...(p as Phrase & { shown?: string }) })),
);
