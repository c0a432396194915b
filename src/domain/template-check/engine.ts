/**
 * The template check's reader: what in a pasted WhatsApp message template reads as marketing,
 * authentication or a transaction, by Meta's published template category guidelines, with every
 * finding quoted from the paste. Pure: the rules are data (content/template-check/rules.json),
 * passed in, so the browser fetches them on first use and tests read them from the file.
 *
 * The category, in order (decide):
 * 1. any marketing signal (offer, call to buy, promotional opener, shopping button) → MARKETING:
 *    Meta classes a template that mixes utility and marketing content as marketing, and moves an
 *    approved UTILITY template to MARKETING when its content is promotional;
 * 2. otherwise one-time-passcode wording → AUTHENTICATION: only authentication templates may
 *    carry a passcode;
 * 3. otherwise a tie to a transaction (an order, booking, payment, account) → UTILITY: a utility
 *    template must name the transaction or account it is about;
 * 4. otherwise MARKETING, with the signal `no-tie`: without that tie Meta's guidelines leave no
 *    other category.
 * Restricted-industry words (the Business Messaging Policy's list) are reported and change no category.
 */

export type Category = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
export type SignalKind = 'marketing' | 'authentication' | 'transaction' | 'restricted';
export type Script = 'en' | 'hans' | 'hant';

export interface SignalRule {
	id: string;
	kind: SignalKind;
	/** A key of Rules.sources. */
	source: string;
	words: Readonly<Record<Script, readonly string[]>>;
}

export interface Rules {
	/** The day the rules were checked against their sources (YYYY-MM-DD). */
	asOf: string;
	sources: Readonly<Record<string, string>>;
	signals: readonly SignalRule[];
}

export interface Signal {
	id: string;
	/** Exactly as it stands in the pasted text. */
	quote: string;
}

export interface Checked {
	category: Category;
	signals: Signal[];
	/** True when the paste was a template's JSON and its texts were read from its components. */
	json: boolean;
}

/** At most this many findings are listed: a long paste gets the first ones. */
export const maxSignals = 30;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordChar = /[\p{L}\p{N}_]/u;

/** One matcher per signal: its words, longest first; Latin words only at word edges, case-insensitive. */
function matcher(rule: SignalRule): RegExp | undefined {
	const latin = [...rule.words.en].sort((a, b) => b.length - a.length).map((w) => {
		// "% off" is quoted with its number: "10% off".
		const start = wordChar.test(w[0] ?? '') ? '(?<![\\p{L}\\p{N}_])' : w.startsWith('%') ? '(?:\\d+(?:[.,]\\d+)?\\s?)?' : '';
		const end = wordChar.test(w.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : '';
		return start + escapeRegExp(w) + end;
	});
	const han = [...new Set([...rule.words.hans, ...rule.words.hant])].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const all = [...latin, ...han];
	return all.length ? new RegExp(all.join('|'), 'giu') : undefined;
}

const compiled = new WeakMap<Rules, { rule: SignalRule; re: RegExp | undefined }[]>();
function matchers(rules: Rules) {
	let list = compiled.get(rules);
	if (!list) {
		list = rules.signals.map((rule) => ({ rule, re: matcher(rule) }));
		compiled.set(rules, list);
	}
	return list;
}

/** The texts of a template as the Message Templates API gives it (components: HEADER, BODY, FOOTER text; BUTTONS' texts). */
function templateTexts(value: unknown): string[] | undefined {
	const found: string[] = [];
	const visit = (node: unknown, depth: number): void => {
		if (depth > 8 || !node || typeof node !== 'object') return;
		if (Array.isArray(node)) {
			for (const item of node) visit(item, depth + 1);
			return;
		}
		const record = node as Record<string, unknown>;
		if (typeof record.text === 'string') found.push(record.text);
		for (const key of ['components', 'buttons', 'data', 'cards']) visit(record[key], depth + 1);
	};
	visit(value, 0);
	return found.length ? found : undefined;
}

function readTexts(text: string): { texts: string[]; json: boolean } {
	const trimmed = text.trim();
	if (/^[[{]/.test(trimmed)) {
		try {
			const texts = templateTexts(JSON.parse(trimmed));
			if (texts) return { texts, json: true };
		} catch {
			// Not JSON after all: read it as a template body.
		}
	}
	return { texts: [text], json: false };
}

/** The category Meta's rules give these findings (see the file's comment). */
export function decide(kinds: ReadonlySet<SignalKind>): Category {
	if (kinds.has('marketing')) return 'MARKETING';
	if (kinds.has('authentication')) return 'AUTHENTICATION';
	if (kinds.has('transaction')) return 'UTILITY';
	return 'MARKETING';
}

export function checkTemplateWith(rules: Rules, text: string): Checked {
	const input = typeof text === 'string' ? text : '';
	const { texts, json } = readTexts(input);
	const signals: Signal[] = [];
	const kinds = new Set<SignalKind>();
	const seen = new Set<string>();
	for (const part of texts) {
		const taken: [number, number][] = [];
		for (const { rule, re } of matchers(rules)) {
			if (!re) continue;
			re.lastIndex = 0;
			for (const m of part.matchAll(re)) {
				const start = m.index ?? 0;
				const end = start + m[0].length;
				if (taken.some(([a, b]) => start < b && end > a)) continue;
				taken.push([start, end]);
				const quote = m[0];
				// A JSON string with escapes may not hold the quote as typed: only what stands in the paste is quoted.
				if (json && !input.includes(quote)) continue;
				kinds.add(rule.kind);
				const key = `${rule.id}\u0000${quote.toLowerCase()}`;
				if (seen.has(key) || signals.length >= maxSignals) continue;
				seen.add(key);
				signals.push({ id: rule.id, quote });
			}
		}
	}
	const category = decide(kinds);
	if (!kinds.has('marketing') && !kinds.has('authentication') && !kinds.has('transaction')) {
		const first = texts.map((t) => t.split('\n').map((line) => line.trim()).find((line) => line && input.includes(line))).find(Boolean);
		signals.unshift({ id: 'no-tie', quote: first ?? '' });
	}
	return { category, signals, json };
}
