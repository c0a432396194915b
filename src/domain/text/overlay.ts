/**
 * A locale written as a term overlay on another (content/overlays/<slug>.json): Hong Kong reads
 * Taiwan's text with about fifteen words changed (帳號 → 帳戶, 傳送 → 發送…). The overlay names
 * those replacements and, where a whole string must differ, the string; everything else is the
 * base locale's text. Nothing here knows a language: each rule is data.
 */

/** One replacement: every occurrence of `from` reads `to`. Longer `from`s win where they overlap. */
export type Term = readonly [from: string, to: string];

export interface Overlay {
	/** Replacements applied to every string of the base locale's content. */
	readonly terms: readonly Term[];
	/** Whole strings to use instead, by content kind ("i18n", "appeal", "signals") and dotted key path. */
	readonly strings?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
	/** Words owners type, added to the base locale's, by page (as content/search/<locale>.json). */
	readonly search?: Readonly<Record<string, readonly string[]>> | undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that applies the overlay's terms to one string, in one pass (a replacement is never replaced again). */
export function termReplacer(terms: readonly Term[]): (text: string) => string {
	if (terms.length === 0) return (text) => text;
	const map = new Map(terms);
	const pattern = new RegExp([...map.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
	return (text) => text.replace(pattern, (found) => map.get(found)!);
}

/** Every string inside a JSON-like value with the terms applied; keys, numbers, dates and shape unchanged. */
export function overlayValue<T>(value: T, replace: (text: string) => string): T {
	if (typeof value === 'string') return replace(value) as T;
	if (Array.isArray(value)) return value.map((v) => overlayValue(v, replace)) as T;
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, overlayValue(v, replace)])) as T;
	}
	return value;
}

/** Sets whole strings by dotted key path ("wizard.screens.business.fields.phone.placeholder"); a path that names no string is an error in the data. */
export function withStrings<T>(value: T, strings: Readonly<Record<string, string>> | undefined, where: string): T {
	if (!strings) return value;
	const copy = structuredClone(value) as Record<string, unknown>;
	for (const [path, text] of Object.entries(strings)) {
		const keys = path.split('.');
		const last = keys.pop()!;
		let node: unknown = copy;
		for (const key of keys) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
		if (!node || typeof node !== 'object' || typeof (node as Record<string, unknown>)[last] !== 'string') {
			throw new Error(`${where}: "${path}" names no string of the base locale`);
		}
		(node as Record<string, unknown>)[last] = text;
	}
	return copy as T;
}

/** One kind of content (a parsed JSON file of the base locale) as the overlay locale reads it. */
export function overlayContent<T>(base: T, overlay: Overlay, kind: string): T {
	return withStrings(overlayValue(base, termReplacer(overlay.terms)), overlay.strings?.[kind], `overlay strings.${kind}`);
}

/** Attributes whose values are read aloud or shown; ids and URLs are left as the base locale built them. */
const readAttributes = /(\s(?:alt|title|aria-label|placeholder|content)=")([^"]*)(")/g;

/**
 * Built HTML with the terms applied to its text and to the attributes people read, never to tag
 * names, ids, hrefs or what a script or style holds.
 */
export function overlayHtml(html: string, replace: (text: string) => string): string {
	let inRaw = false;
	return html
		.split(/(<[^>]*>)/)
		.map((part) => {
			if (part.startsWith('<')) {
				if (/^<(script|style)\b/i.test(part)) inRaw = true;
				else if (/^<\/(script|style)\b/i.test(part)) inRaw = false;
				return part.replace(readAttributes, (_, start: string, value: string, end: string) => start + replace(value) + end);
			}
			return inRaw ? part : replace(part);
		})
		.join('');
}

/** The words owners type for each page: the base's as they are and as the overlay writes them, and the overlay's own. */
export function overlaySearchWords(base: Readonly<Record<string, readonly string[]>>, overlay: Overlay): Record<string, string[]> {
	const replace = termReplacer(overlay.terms);
	const pages = new Set([...Object.keys(base), ...Object.keys(overlay.search ?? {})]);
	return Object.fromEntries(
		[...pages].map((page) => {
			const words = base[page] ?? [];
			return [page, [...new Set([...words, ...words.map(replace), ...(overlay.search?.[page] ?? [])])]];
		}),
	);
}
