import type { BanReason } from '../flow/reasons';
import { convertScript, type ScriptMap } from '../text/script-map';
import { findCodes, maxFields, readFields, textDates, textDays, toCalendarDate, toInstant, type Field } from './reader';

/**
 * Joins what the reader found (reader.ts) with the catalogue (data: content/decoder/, compiled by
 * catalogue.ts; in the browser, fetched as JSON) into one finding. Knows no value, code or phrase
 * of its own: adding one is a change to the data. Never throws, never guesses a reason, and keeps
 * values it does not know exactly as pasted.
 */

/** In order of weight: when a paste holds several signals, the first in this list is the headline. */
export const situations = [
	'app-ban',
	'disabled',
	'scheduled-disable',
	'review-rejected',
	'locked',
	'policy-block',
	'restriction',
	'app-restriction',
	'country-restriction',
	'violation',
	'template-limit',
	'calling-limit',
	'template',
	'disconnected',
	'alert',
	'ended',
	'reinstated',
	'app-warning',
	'number-quality',
	'not-a-ban',
	'unknown',
] as const;
export type Situation = (typeof situations)[number];

export const signalKinds = [
	'event',
	'state',
	'restriction',
	'violation',
	'disconnection',
	'initiator',
	'review',
	'template',
	'templateReason',
	'quality',
	'category',
	'phoneQuality',
	'alert',
	'capability',
	'status',
	'code',
	'app',
	'appType',
	'capping',
	'notice',
] as const;
export type SignalKind = (typeof signalKinds)[number];

export interface Signal {
	kind: SignalKind;
	/** As pasted: the value, the code's digits, or the words the app or Meta used. */
	value: string;
	/** The explanation's id in content/signals/<locale>.json; absent for a value we do not know. */
	text?: string;
	situation?: Situation;
}

export interface Restriction {
	type: string;
	/** ISO 8601 instant. */
	endsAt?: string;
	/** Meta's remediation text, as Meta wrote it. */
	remediation?: string;
	/** How many days it lasts, as a notice says ("for 30 days"), counted from the notice's day. */
	days?: number;
}

export interface Decoded {
	situation: Situation;
	/** Every situation the paste points to, the headline first: a paste with two labels says both. */
	situations: Situation[];
	/** The wizard's reason id, only where the signal names one plainly. */
	reason?: BanReason;
	/** Exactly as pasted. */
	violationType?: string;
	restrictions?: Restriction[];
	/** A calendar date (YYYY-MM-DD, or --MM-DD without a year), an ISO instant, or the text as given. */
	disableDate?: string;
	code?: number;
	/** Meta's own words that say what to do or what happened (remediation, an alert's description, a rejection's reason), as written. */
	metaText?: string[];
	/** True when the paste shows a notice from Meta (a webhook, a label, a notice's words), not only an API error. */
	notice?: boolean;
	/** Everything recognised, known or not, in the order found. */
	signals: Signal[];
	/** The fragments read, for "we read: …". Never stored, never put in a URL. */
	evidence: string[];
}

/** A known value: the situation it points to, a reason it names, an explanation id shared with others. */
export interface Known {
	s?: Situation;
	r?: BanReason;
	t?: string;
	/** Meta's English title (codes). */
	title?: string;
	/** The situation gives way to the values of this kind when the paste has one (an event to its restriction types). */
	yields?: SignalKind;
	/** In the data the browser fetches: the explanation itself, on the first value that has it (see explanationsOf). */
	x?: string;
}
export type Table = Record<string, Known>;

/** How a field is read: the kind of its value, or a role (a date, Meta's words), in a place. */
export interface FieldRule {
	kind?: SignalKind;
	role?: 'banDate' | 'end' | 'metaText' | 'active' | 'violationType' | 'type' | 'appType' | 'initiator' | 'code';
	/** The parent key must match (a regular expression's source). */
	in?: string;
	/** The object must be of this context (see Catalogue.contexts). */
	ctx?: string;
	/** Only upper-case names count (not placeholders such as "message.Event"). */
	word?: boolean;
	/** Only values the catalogue knows count (a generic key such as "state"). */
	knownOnly?: boolean;
	/** The situation of a value the catalogue does not know. */
	unknown?: Situation;
	/** A value that starts with this and is not listed takes the entry of `<prefix>*` (BIZ_COMMERCE_VIOLATION_…). */
	prefix?: string;
	/** Looked up as `<as><value>`: the same value means another thing under this key ("soon." for a coming change). */
	as?: string;
	/** Every value of this key means this (a limit's number). */
	fixed?: Known;
}

export interface Phrase {
	kind: 'app' | 'code' | 'notice';
	id: string;
	/** A regular expression's source, on folded text (exact: on the paste as it is, width folded). */
	match: string;
	exact?: boolean;
	s?: Situation;
	/** What a date near this phrase is: a disable date or a restriction's end. */
	date?: 'disable' | 'end';
	r?: BanReason;
}

/** The catalogue as data (compiled by catalogue.ts; the browser fetches it). */
export interface Catalogue {
	/** Normalised key → how to read it (the first rule whose place fits). */
	fields: Record<string, FieldRule[]>;
	/** A context is given to an object by one of these keys in it, or by the webhook field named before it. */
	contexts: Record<string, string[]>;
	fieldContexts: Record<string, string>;
	/** Kind → value → meaning. Codes are under "code". */
	values: Partial<Record<SignalKind, Table>>;
	phrases: Phrase[];
	/** Simplified and Traditional forms of the phrases' characters (ScriptMap), to fold a paste to Simplified. */
	fold?: ScriptMap;
}

// ---------------------------------------------------------------------------------------------

const clip = (s: string) => (s.length > 140 ? `${s.slice(0, 139)}…` : s);
const lookup = (t: Table | undefined, v: string): Known | undefined => (t && Object.hasOwn(t, v) ? t[v] : undefined);

/** The explanation id of a known value, or undefined. */
export function textOf(cat: Catalogue, kind: SignalKind, value: string): string | undefined {
	const table = cat.values[kind];
	const wild = table && Object.keys(table).find((k) => k.endsWith('*') && value.startsWith(k.slice(0, -1)));
	const key = lookup(table, value) ? value : wild;
	const known = key ? lookup(table, key) : undefined;
	return known ? (known.t ?? `${kind}.${key}`) : undefined;
}

/**
 * The explanations of a fetched catalogue by id, as the page looks them up: the data carries each
 * value's explanation on the value itself (x), not again under its id, and the rest (phrases,
 * fixed rules) under `signals` (shipped.ts).
 */
export function explanationsOf(cat: Pick<Catalogue, 'values'> & { signals: Record<string, string> }): Record<string, string> {
	const out = { ...cat.signals };
	for (const [kind, table] of Object.entries(cat.values)) for (const [v, k] of Object.entries(table ?? {})) if (k.x !== undefined) out[k.t ?? `${kind}.${v}`] = k.x;
	return out;
}

/** Width, case, quotes and spaces folded; with a fold map, Traditional characters written Simplified. */
export function foldText(text: string, fold?: ScriptMap): string {
	let t = text.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”„]/g, '"').replace(/\s+/g, ' ');
	if (fold && /[\u3400-\u9fff]/.test(t)) t = convertScript(t, 'Hant', 'Hans', fold);
	return t;
}

export interface Options {
	/** Now, in milliseconds (tests set it): a restriction that ended before it is over. */
	now?: number;
}

export function decodeWith(cat: Catalogue, input: unknown, options: Options = {}): Decoded {
	const text = typeof input === 'string' ? input : '';
	const now = options.now ?? Date.now();
	const signals: Signal[] = [];
	const evidence: string[] = [];
	const metaText: string[] = [];
	const seen = new Set<string>();
	const yielding: [Signal, SignalKind][] = [];
	const reasons: BanReason[] = [];
	let violationType: string | undefined;
	let disableDate: string | undefined;
	let code: number | undefined;
	let codeKnown = false;
	let notice = false;
	const codes = cat.values.code ?? {};

	const add = (kind: SignalKind, value: string, fragment: string, known?: Known, textId?: string): Signal | undefined => {
		// Wording is one signal per phrase, whatever words matched; values are one per value.
		const id = `${kind}:${textId && (kind === 'app' || kind === 'notice') ? textId : value}`;
		const again = seen.has(id);
		if (fragment && evidence.length < 24 && !(again && fragment === value) && !evidence.includes(clip(fragment))) evidence.push(clip(fragment));
		if (again) return undefined;
		seen.add(id);
		const t = textId === '' ? undefined : (textId ?? (known ? (known.t ?? `${kind}.${value}`) : undefined));
		const signal: Signal = { kind, value, ...(t ? { text: t } : {}), ...(known?.s ? { situation: known.s } : {}) };
		signals.push(signal);
		if (known?.yields) yielding.push([signal, known.yields]);
		if (known?.r) reasons.push(known.r);
		// An error code, who started a change and a message's delivery status are no notice from Meta.
		if (kind !== 'code' && kind !== 'initiator' && kind !== 'status' && known) notice = true;
		return signal;
	};
	// A range entry ("200-299") stands for every code in it that has no entry of its own.
	const ranges = Object.entries(codes).flatMap(([k, v]) => {
		const m = /^(\d+)-(\d+)$/.exec(k);
		return m ? [[Number(m[1]), Number(m[2]), v] as const] : [];
	});
	const addCode = (n: number, fragment: string, field = false) => {
		if (!Number.isSafeInteger(n) || n < 0) return;
		const known = lookup(codes, String(n)) ?? (field ? ranges.find(([a, b]) => n >= a && n <= b)?.[2] : undefined);
		// Below 100 and 2xx are counts and HTTP successes in running text; only a Graph error's own
		// "code" field makes them codes, and only those the catalogue knows.
		if ((n < 100 || (n >= 200 && n < 300)) && !(field && known)) return;
		if (code === undefined || (!codeKnown && known)) {
			code = n;
			codeKnown = !!known;
		}
		add('code', String(n), fragment, known);
	};

	// ---- Fields, object by object
	let fields: Field[] = [];
	try {
		fields = readFields(text, new Set([...Object.keys(cat.fields), ...Object.values(cat.contexts).flat(), 'field']));
	} catch {
		// Out of memory on an absurd paste: read what the text scan finds.
	}
	const byObj = new Map<number, Field[]>();
	for (const f of fields) {
		let list = byObj.get(f.obj);
		if (!list) byObj.set(f.obj, (list = []));
		list.push(f);
	}
	const ctxOf = new Map<number, string>();
	let fieldCtx = '';
	for (const f of fields) {
		if (f.key === 'field' && typeof f.value === 'string') fieldCtx = cat.fieldContexts[f.value] ?? fieldCtx;
		if (!ctxOf.has(f.obj)) {
			const keys = new Set(byObj.get(f.obj)!.map((x) => x.key));
			const own = Object.entries(cat.contexts).find(([, sig]) => sig.some((k) => keys.has(k)))?.[0];
			ctxOf.set(f.obj, own ?? fieldCtx);
		}
	}

	const groups = new Map<number, { type?: string; endsAt?: string; remediation?: string; app?: string; inactive?: boolean }>();
	const group = (f: Field) => {
		let g = groups.get(f.obj);
		if (!g) groups.set(f.obj, (g = {}));
		return g;
	};
	let initiator: string | undefined;
	for (const f of fields) {
		const rules = Object.hasOwn(cat.fields, f.key) ? cat.fields[f.key]! : [];
		const ctx = ctxOf.get(f.obj) ?? '';
		const rule = rules.find((r) => (!r.in || new RegExp(r.in).test(f.parent)) && (!r.ctx || r.ctx === ctx));
		if (!rule) continue;
		const raw = f.raw;
		const value = typeof f.value === 'string' ? f.value.trim() : f.value;
		// Placeholders of providers' docs ("<BAN_STATE>", "message.Event") are no values.
		const str = typeof value === 'string' && value && value.length <= 100 && value[0] !== '<' && !value.startsWith('message.') ? value : undefined;
		const word = str && /^[A-Z][A-Z0-9_]{1,80}$/.test(str) ? str : undefined;
		const v = rule.word ? word : str ?? (typeof value === 'number' ? String(value) : undefined);
		switch (rule.role) {
			case 'banDate':
				if (!disableDate && value !== '' && value !== 0) {
					disableDate = typeof value === 'number' ? toInstant(value) : (toCalendarDate(value) ?? toInstant(value) ?? clip(value));
					if (raw) evidence.push(clip(raw));
				}
				continue;
			case 'end':
				if (value !== 0 && value !== '0') {
					const endsAt = toInstant(value);
					if (endsAt) group(f).endsAt = endsAt;
				}
				continue;
			case 'metaText':
				if (typeof value === 'string' && value.trim()) {
					if (/^restriction/.test(f.parent) || groups.has(f.obj)) group(f).remediation = value.trim();
					else if (metaText.length < 8 && !metaText.includes(value.trim())) metaText.push(clip(value.trim()));
				}
				continue;
			case 'active':
				if (String(value) === 'false') group(f).inactive = true;
				continue;
			case 'code':
				if (typeof value === 'number' || /^\d{1,6}$/.test(String(value))) addCode(Number(value), raw, true);
				continue;
		}
		if (!v || !rule.kind) continue;
		const name = (rule.as ?? '') + v;
		const pre = rule.prefix && v.startsWith(rule.prefix) ? `${rule.prefix}*` : undefined;
		let known = rule.fixed ?? lookup(cat.values[rule.kind], name) ?? (pre ? lookup(cat.values[rule.kind], pre) : undefined);
		if (rule.knownOnly && !known) continue;
		const textId = known ? (known.t ?? `${rule.kind}.${lookup(cat.values[rule.kind], name) ? name : (pre ?? name)}`) : '';
		if (!known && rule.unknown) known = { s: rule.unknown };
		if (rule.role === 'violationType') violationType ??= v;
		if (rule.role === 'type' || rule.role === 'appType') {
			const g = group(f);
			if (rule.role === 'type') g.type = v;
			else g.app = v;
		}
		if (rule.role === 'initiator') initiator = v;
		add(rule.kind, v, raw, known, textId);
	}

	const restrictions: Restriction[] = [];
	for (const g of groups.values()) {
		const type = g.type ?? g.app;
		// An account has a handful of restriction types; a long paste only repeats them.
		if (!type || restrictions.length >= 20) continue;
		if (g.inactive && g.app) {
			// The app reports the type of a lock that is no longer on.
			const s = signals.find((x) => x.kind === 'appType' && x.value === g.app);
			if (s) s.situation = 'not-a-ban';
			continue;
		}
		if (g.app === 'DEFAULT') continue;
		restrictions.push({ type, ...(g.endsAt ? { endsAt: g.endsAt } : {}), ...(g.remediation ? { remediation: g.remediation } : {}) });
		if (g.remediation) evidence.push(clip(g.remediation));
	}

	// ---- Names in running text: event, state and restriction names are particular enough.
	let named = 0;
	for (const m of text.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)) {
		if (++named > maxFields) break;
		const v = m[0];
		if (v.startsWith('BIZ_')) {
			const known = lookup(cat.values.appType, v) ?? (v.startsWith('BIZ_COMMERCE_VIOLATION_') ? lookup(cat.values.appType, 'BIZ_COMMERCE_VIOLATION_*') : undefined);
			if (known) add('appType', v, v, known, known.t ?? (v.startsWith('BIZ_COMMERCE_') ? 'appType.BIZ_COMMERCE_VIOLATION_*' : `appType.${v}`));
			continue;
		}
		const kind = v.length > 8 ? (['event', 'state', 'restriction'] as const).find((k) => lookup(cat.values[k], v)) : undefined;
		if (kind && add(kind, v, v, lookup(cat.values[kind], v)) && kind === 'restriction' && !restrictions.some((r) => r.type === v)) restrictions.push({ type: v });
	}

	// ---- Codes in running text
	const lower = text.toLowerCase();
	// Lower-casing keeps offsets for the text owners paste; where it does not, evidence is lower case.
	const source = lower.length === text.length ? text : lower;
	for (const c of findCodes(lower, source)) if (!c.weak || lookup(codes, String(c.code))) addCode(c.code, c.raw);
	const status = lower.match(/\bstatus(?:[\s_-]*code)?["']?[\s:=(]*463\b/);
	if (status) addCode(463, source.slice(status.index, status.index! + status[0].length));

	// ---- Phrases: the app's screens, Meta's notices and labels, error titles
	const folded = foldText(text.length > 200_000 ? text.slice(0, 200_000) : text, cat.fold);
	const exactText = text.length > 200_000 ? text.slice(0, 200_000).normalize('NFKC') : text.normalize('NFKC');
	let dateFor: Phrase['date'];
	for (const p of cat.phrases) {
		let m: RegExpMatchArray | null = null;
		try {
			m = (p.exact ? exactText : folded).match(new RegExp(p.match, 'u'));
		} catch {
			continue;
		}
		if (!m) continue;
		if (p.kind === 'code') {
			addCode(Number(p.id), m[0]);
			continue;
		}
		add(p.kind, m[0], m[0], { ...(p.s ? { s: p.s } : {}), ...(p.r ? { r: p.r } : {}) }, `${p.kind}.${p.id}`);
		dateFor ??= p.date;
	}
	// A date in a notice's words: what it is comes from the phrase that leads.
	if (dateFor) {
		const d = folded.match(textDates)?.[0];
		const day = d && toCalendarDate(d.replace(/\s+/g, ' ').replace(/ (\d{4})$/, ' $1').replace(/^(\w+)\.? (\d+),? /, '$1 $2, '));
		if (d && dateFor === 'disable' && !disableDate) {
			disableDate = day ?? d;
			evidence.push(clip(d));
		} else if (dateFor === 'end' && !restrictions.length) {
			// "for 30 days", 「30 天」: how long, counted from the notice, whose own date the paste may lack.
			const days = textDays(folded);
			const t = signals.find((x) => x.kind === 'notice' && x.situation === 'restriction');
			if (d || days) restrictions.push({ type: t?.value ?? d ?? '', ...(day && !day.startsWith('--') ? { endsAt: `${day}T00:00:00.000Z` } : {}), ...(days ? { days } : {}) });
			if (d) evidence.push(clip(d));
		}
	}

	// ---- Adjustments a single value cannot make
	// The disconnection's reason decides over the bare event. Meta: ACCOUNT_DISCONNECTED is
	// enforcement or the owner deleting the account; started by USER, it is the latter.
	for (const [signal, kind] of yielding) if (signals.some((s) => s.kind === kind && s.situation)) delete signal.situation;
	for (const s of signals) {
		if (initiator === 'USER' && s.kind === 'disconnection' && s.situation === 'disconnected') s.situation = 'not-a-ban';
	}
	// A restriction whose every end has passed is over.
	const ends = restrictions.map((r) => (r.endsAt ? Date.parse(r.endsAt) : NaN));
	if (ends.length && ends.every((e) => e < now)) for (const s of signals) if (s.situation === 'restriction' || s.situation === 'template-limit' || s.situation === 'calling-limit') s.situation = 'ended';

	const found = [...new Set(signals.flatMap((s) => (s.situation ? [s.situation] : [])))].sort((a, b) => situations.indexOf(a) - situations.indexOf(b));
	// A "not a ban" next to a finding that is one says nothing more.
	const all = found.length > 1 ? found.filter((s) => s !== 'not-a-ban') : found;
	const situation: Situation = all[0] ?? 'unknown';
	return {
		situation,
		situations: all.length ? all : ['unknown'],
		...(reasons[0] ? { reason: reasons[0] } : {}),
		...(violationType !== undefined ? { violationType } : {}),
		...(restrictions.length ? { restrictions } : {}),
		...(disableDate ? { disableDate } : {}),
		...(code !== undefined ? { code } : {}),
		...(metaText.length ? { metaText } : {}),
		...(notice ? { notice } : {}),
		signals,
		evidence,
	};
}
