import type { BanReason } from '../flow/reasons';

/**
 * Reads what an owner pasted (a webhook body or any part of it, a provider's event, an API error,
 * an error code, the WhatsApp app's English screens) and says what it is. It never throws, never
 * guesses a reason, and keeps values it does not know exactly as pasted.
 * Facts: meta-appeal-facts.md §7.1 and §7.3; shapes of Meta's account_update webhook, WATI,
 * YCloud, Graph API errors and message statuses. Explanations live in content/signals/.
 */

/** In order of weight: when a paste holds several signals, the first in this list is the headline. */
export const situations = [
	'app-ban',
	'disabled',
	'scheduled-disable',
	'locked',
	'policy-block',
	'restriction',
	'app-restriction',
	'country-restriction',
	'violation',
	'disconnected',
	'reinstated',
	'app-warning',
	'not-a-ban',
	'unknown',
] as const;
export type Situation = (typeof situations)[number];

export const signalKinds = ['event', 'state', 'restriction', 'violation', 'disconnection', 'initiator', 'code', 'app', 'appType', 'capping', 'notice'] as const;
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
}

export interface Decoded {
	situation: Situation;
	/** The wizard's reason id, only where the signal names one plainly. */
	reason?: BanReason;
	/** Exactly as pasted. */
	violationType?: string;
	restrictions?: Restriction[];
	/** A calendar date (YYYY-MM-DD), an ISO instant, or the text as given when it is neither. */
	disableDate?: string;
	code?: number;
	/** Everything recognised, known or not, in the order found. */
	signals: Signal[];
	/** The fragments read, for "we read: …". Never stored, never put in a URL. */
	evidence: string[];
}

/** A known value: the situation it points to, a reason it names, and a shared explanation id. */
interface Known {
	s?: Situation;
	r?: BanReason;
	t?: string;
}
type Table = Record<string, Known>;
// Without a prototype, a pasted "constructor" or "__proto__" is just an unknown value.
const table = (entries: Table): Table => Object.assign(Object.create(null) as Table, entries);

const industry: BanReason = 'restricted-industry';
const notABan: Known = { s: 'not-a-ban' };
const routine: Known = { s: 'not-a-ban', t: 'event.routine' };
const partnerGone: Known = { s: 'not-a-ban', t: 'event.partnerGone' };
const restricted: Known = { s: 'restriction' };

/** Meta's account_update events (reference "Updated: Apr 20, 2026"). */
const events: Table = table({
	ACCOUNT_VIOLATION: { s: 'violation' },
	ACCOUNT_RESTRICTION: restricted,
	DISABLED_UPDATE: {},
	ACCOUNT_OFFBOARDED: { s: 'disconnected' },
	ACCOUNT_RECONNECTED: notABan,
	ACCOUNT_DELETED: notABan,
	PARTNER_REMOVED: partnerGone,
	PARTNER_APP_UNINSTALLED: partnerGone,
	PARTNER_ADDED: routine,
	PARTNER_APP_INSTALLED: routine,
	PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE: routine,
	AD_ACCOUNT_LINKED: routine,
	MM_LITE_TERMS_SIGNED: routine,
	AUTH_INTL_PRICE_ELIGIBILITY_UPDATE: routine,
	BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE: routine,
	VOLUME_BASED_PRICING_TIER_UPDATE: routine,
});

const states: Table = table({
	SCHEDULE_FOR_DISABLE: { s: 'scheduled-disable' },
	DISABLE: { s: 'disabled' },
	REINSTATE: { s: 'reinstated' },
});

const restrictionTypes: Table = table({
	RESTRICTED_ADD_PHONE_NUMBER_ACTION: restricted,
	// The older spelling in Meta's first example.
	RESTRICTION_ON_ADD_PHONE_NUMBER_ACTION: { s: 'restriction', t: 'restriction.RESTRICTED_ADD_PHONE_NUMBER_ACTION' },
	RESTRICTED_BIZ_INITIATED_MESSAGING: restricted,
	RESTRICTED_CUSTOMER_INITIATED_MESSAGING: restricted,
	RESTRICTED_BIZ_INITIATED_AND_USER_INITIATED_CALLING: restricted,
	RESTRICTED_BUSINESS_INITIATED_CALLING: restricted,
	RESTRICTED_USER_INITIATED_CALLING: restricted,
	// Low pick-up rate: quality, not policy.
	RESTRICTED_USER_INITIATED_CALLING_CALL_BUTTON_HIDDEN: notABan,
	RESTRICTED_UTILITY_TEMPLATES: restricted,
	RESTRICTED_DIRECT_SEND_UTILITY_TEMPLATES: restricted,
});

/** The values seen in Meta's and providers' examples; the full list was never retrieved. */
const violationTypes: Table = table({
	ALCOHOL: { s: 'violation', r: industry },
	ADULT: { s: 'violation', r: industry },
	// Severe harm; not the "someone offers to unban you" situation.
	SCAM: { s: 'violation' },
});

const disconnections: Table = table({
	ACCOUNT_DISCONNECTED: { s: 'disconnected' },
	BUSINESS_DOWNGRADE: notABan,
	CHANGE_NUMBER: notABan,
	COMPANION_INACTIVITY: notABan,
	PRIMARY_INACTIVITY: notABan,
	USER_RE_REGISTERED: notABan,
});
const initiators: Table = table({ SYSTEM: {}, USER: {} });

/** Cloud API error codes (Meta's error-codes page, Jun 18, 2026), plus 463 from unofficial clients. */
const codes: Table = table({
	368: { s: 'policy-block' },
	131031: { s: 'locked' },
	130497: { s: 'country-restriction', r: industry },
	131048: notABan,
	131049: notABan,
	131042: notABan,
	131056: notABan,
	131050: notABan,
	139000: { s: 'violation' },
	// One provider only; not in Meta's table.
	141008: { s: 'locked' },
	141014: { s: 'disabled' },
	463: { s: 'app-restriction' },
});

/** The WhatsApp app's and WhatsApp Web's enforcement types (an open set). */
const appTypes: Table = table({
	DEFAULT: notABan,
	BIZ_QUALITY: { s: 'app-restriction' },
	WEB_COMPANION_ONLY: { s: 'app-restriction', t: 'appType.companions' },
	RESTRICT_ALL_COMPANIONS: { s: 'app-restriction', t: 'appType.companions' },
});
/** Commerce categories that name an item on the Business Messaging Policy's restricted list. */
const listedGoods = /^(ALCOHOL|TOBACCO|ADULT|ANIMALS|BODY_PARTS_FLUIDS|DATING|DRUGS|DRUGS_ONLY_OTC|GAMBLING|HEALTHCARE|REAL_FAKE_CURRENCY|WEAPONS)$/;

function appType(value: string): Known {
	const goods = value.match(/^BIZ_COMMERCE_VIOLATION_(\w+)$/)?.[1];
	return appTypes[value] ?? { s: 'app-restriction', ...(goods && listedGoods.test(goods) ? { r: industry } : {}) };
}

const capping: Table = table({
	NONE: notABan,
	FIRST_WARNING: { s: 'app-warning', t: 'capping.warning' },
	SECOND_WARNING: { s: 'app-warning', t: 'capping.warning' },
	CAPPED: { s: 'app-restriction' },
});

/**
 * English wording of the app, WhatsApp Web and Meta's screens, and Meta's error titles (how they
 * read is in decode-wording.ts). `match` runs on the lower-cased paste; Meta's Title Case labels
 * (`exact`) on the paste as it is.
 */
export const phrases: readonly { kind: 'app' | 'code' | 'notice'; id: string; match: RegExp; exact?: boolean; s?: Situation }[] = [
	{ kind: 'app', id: 'banned', match: /this account (?:is not allowed to|can[’']?t|cannot) use whatsapp/, s: 'app-ban' },
	{ kind: 'app', id: 'restricted-now', match: /restricted (?:for your account )?right now|won[’']?t be able to start new chats/, s: 'app-restriction' },
	{ kind: 'app', id: 'restricted-soon', match: /may be restricted soon/, s: 'app-warning' },
	{ kind: 'app', id: 'commerce', match: /buying, selling,? or promoting the exchange of/, s: 'app-restriction' },
	{ kind: 'code', id: '463', match: /nackcallerreachouttimelocked|reach-?out[ -]time-?lock/ },
	{ kind: 'code', id: '368', match: /blocked for polic(?:y|ies) violations?/ },
	{ kind: 'code', id: '131031', match: /business account (?:is )?locked|account has been locked/ },
	{ kind: 'code', id: '130497', match: /restricted from messaging users in (?:this|certain) countr/ },
	{ kind: 'code', id: '131048', match: /spam rate limit hit/ },
	{ kind: 'code', id: '131049', match: /healthy ecosystem engagement/ },
	{ kind: 'code', id: '131042', match: /eligibility payment issue/ },
	{ kind: 'code', id: '131056', match: /pair rate limit hit/ },
	{ kind: 'code', id: '131050', match: /stop(?:ped)? (?:receiving )?marketing messages/ },
	{ kind: 'code', id: '139000', match: /blocked by integrity/ },
	{ kind: 'notice', id: 'account-disabled', match: /\bAccount disabled\b/, exact: true, s: 'disabled' },
	{ kind: 'notice', id: 'assets-restricted', match: /\bAssets restricted\b/, exact: true, s: 'policy-block' },
];

export const catalogue: Readonly<Record<'event' | 'state' | 'restriction' | 'violation' | 'disconnection' | 'initiator' | 'code' | 'appType' | 'capping', Table>> = {
	event: events,
	state: states,
	restriction: restrictionTypes,
	violation: violationTypes,
	disconnection: disconnections,
	initiator: initiators,
	code: codes,
	appType: appTypes,
	capping,
};

/** The explanation id of a known value, or undefined. Wording (app, notice) is found by `phrases`. */
export function signalText(kind: SignalKind, value: string): string | undefined {
	if (kind === 'appType' && value.startsWith('BIZ_COMMERCE_VIOLATION_')) return 'appType.commerce';
	const known = (catalogue as Record<string, Table>)[kind]?.[value];
	return known ? (known.t ?? `${kind}.${value}`) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading structure

interface Field {
	key: string;
	value: string | number;
	/** The object the field is in (fields of one restriction share it). */
	obj: number;
	/** The fragment as pasted, for "we read". */
	raw: string;
}

const maxDepth = 64;
// Past this many fields a paste only repeats itself; reading on would cost time, not add meaning.
const maxFields = 2000;
const normKey = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, '');
// Letters, digits and _ $ . + - make a bare word or number.
const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 46 || c === 43 || c === 45;
const wordChars = new Uint8Array(128).map((_, c) => (isWord(c) ? 1 : 0));

function unescape(raw: string): string {
	try {
		return JSON.parse(`"${raw}"`) as string;
	} catch {
		return raw;
	}
}

/**
 * The keys the reading below looks at, normalised (lower case, letters and digits only). Error
 * codes are read from the text (hashCode, wordCode), in a field or not.
 */
const wanted = new Set(
	'event updateevent wababanstate banstate state wababandate bandate violationtype restrictiontype type expiration expiresat timeenforcementends remediation reason removedreason initiatedby removedinitiatedby enforcementtype isactive cappingstatus'.split(' '),
);
// A paste (or the part of a long one) without one of these keys holds no structure worth reading.
const structured = /(?:event|ban[ _]?state|ban[ _]?date|violation|restriction|expiration|expires_?at|remediation|disconnection|removed|initiated|enforcement|capping|is_?active)\w*["']?\s*[:：]/i;

/** Common keys count only in their place ("type" of a restriction, "reason" of a disconnection). */
function useful(key: string, parent: string): boolean {
	if (key === 'type') return /^restriction/.test(parent);
	if (key === 'reason') return parent === 'disconnectioninfo';
	return true;
}

/**
 * A tolerant scanner for JSON, JavaScript object literals and "key: value" text, whole or cut off,
 * pretty-printed or not: no recursion, nesting capped, strings skipped with indexOf.
 */
function scan(text: string, out: Field[], count: { ids: number }): void {
	const stack = [{ id: 0, key: '', arr: false }];
	const keys = new Map<string, string>();
	const n = text.length;
	let beyond = 0;
	let key: string | undefined;
	let keyFrom = 0;
	let prev = 0;
	let eol = -1;
	let slash = -1;
	let i = 0;
	while (i < n && out.length < maxFields) {
		const c = text.charCodeAt(i);
		// A token is a string (from and to include its quotes) or a bare word.
		const from = i;
		let to: number;
		let quoted = false;
		let escaped = false;
		if (c === 123 || c === 91) {
			const top = stack[stack.length - 1]!;
			if (stack.length >= maxDepth) beyond++;
			else stack.push({ id: c === 123 ? ++count.ids : top.id, key: key ?? (top.arr || c === 91 ? top.key : ''), arr: c === 91 });
			key = undefined;
			prev = c;
			i++;
			continue;
		} else if (c === 125 || c === 93) {
			if (beyond) beyond--;
			else if (stack.length > 1) stack.pop();
			key = undefined;
			prev = c;
			i++;
			continue;
		} else if (c === 34 || (c === 39 && (prev === 0 || prev === 123 || prev === 91 || prev === 44 || prev === 58 || prev === 40))) {
			// A string ends at its quote or, as JSON allows no raw line break, at the line's end.
			if (eol < i) {
				eol = text.indexOf('\n', i);
				if (eol < 0) eol = n;
			}
			let j = text.indexOf(c === 34 ? '"' : "'", i + 1);
			while (j > 0 && j < eol) {
				let slashes = 0;
				while (text.charCodeAt(j - 1 - slashes) === 92) slashes++;
				if (slashes % 2 === 0) break;
				escaped = true;
				j = text.indexOf(c === 34 ? '"' : "'", j + 1);
			}
			if (j < 0 || j > eol) {
				// Cut off: the rest of the line belongs to the broken string, not to its key.
				key = undefined;
				prev = c;
				i = eol;
				continue;
			}
			if (slash < i) {
				slash = text.indexOf('\\', i);
				if (slash < 0) slash = n;
			}
			if (slash < j) escaped = true;
			quoted = true;
			to = j + 1;
		} else if (c < 128 && wordChars[c]) {
			let j = i + 1;
			for (let d = text.charCodeAt(j); j < n && d < 128 && wordChars[d]; d = text.charCodeAt(++j));
			to = j;
		} else {
			if (c === 44) key = undefined;
			if (c > 32) prev = c;
			i++;
			continue;
		}
		// A key when a colon follows, else a value.
		let k = to;
		while (k < n && text.charCodeAt(k) <= 32) k++;
		const next = text.charCodeAt(k);
		if (next === 58 || next === 0xff1a) {
			const raw = quoted ? text.slice(from + 1, to - 1) : text.slice(from, to);
			let norm = keys.get(raw);
			if (norm === undefined) keys.set(raw, (norm = normKey(raw)));
			key = norm;
			keyFrom = from;
			prev = 58;
			i = k + 1;
			continue;
		}
		const top = stack[stack.length - 1]!;
		const owner = key ?? (top.arr ? top.key : undefined);
		if (owner !== undefined && wanted.has(owner)) {
			const raw = quoted ? text.slice(from + 1, to - 1) : text.slice(from, to);
			const value = quoted ? (escaped ? unescape(raw) : raw) : /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
			if (useful(owner, top.key)) out.push({ key: owner, value, obj: top.id, raw: text.slice(key === undefined ? from : keyFrom, to) });
		}
		key = undefined;
		prev = 34;
		i = to;
	}
}

/**
 * Fields of the paste, or none when it has no key worth reading. A long paste (a log) is read only
 * around those keys, from the start of a line some way before each to some way after it.
 */
function readFields(text: string): Field[] {
	const out: Field[] = [];
	// Object ids stay unique across the parts read.
	const count = { ids: 0 };
	if (!structured.test(text)) return out;
	if (text.length < 200_000) {
		scan(text, out, count);
		return out;
	}
	const span = 4096;
	let from = -1;
	let to = -1;
	for (const m of text.matchAll(new RegExp(structured, 'gi'))) {
		// The line's start, looked for only so far back: a minified log is one line, and searching it
		// back to its start for every key made a 1 MB paste take seconds.
		const lo = Math.max(0, m.index - span);
		const back = Math.max(0, lo - span);
		const newline = text.slice(back, lo + 1).lastIndexOf('\n');
		const start = newline < 0 && back ? lo : back + newline + 1;
		if (start > to) {
			if (to > from) scan(text.slice(from, to), out, count);
			from = start;
		}
		to = Math.min(text.length, m.index + span);
		if (out.length >= maxFields) break;
	}
	if (to > from) scan(text.slice(from, to), out, count);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function validDay(y: number, m: number, d: number): boolean {
	return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const pad = (n: number) => String(n).padStart(2, '0');

/** An `expiration`: Unix seconds (or milliseconds), or ISO text with or without a zone. */
export function toInstant(value: string | number): string | undefined {
	let ms: number | undefined;
	const text = String(value).trim();
	if (/^\d{9,13}$/.test(text)) {
		const n = Number(text);
		ms = n > 1e11 ? n : n * 1000;
	} else {
		const m = text.match(/^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d\d:?\d\d)?$/i);
		if (!m) return undefined;
		const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
		if (!validDay(y, mo, d) || h > 23 || mi > 59) return undefined;
		// Meta and providers write UTC; text without a zone is read as UTC too.
		const zone = m[8] && m[8].toUpperCase() !== 'Z' ? m[8].replace(':', '') : '+0000';
		const offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * (zone[0] === '-' ? -1 : 1);
		ms = Date.UTC(y, mo - 1, d, h, mi, Number(m[6] ?? 0), Number((m[7] ?? '0').slice(0, 3).padEnd(3, '0'))) - offset * 60_000;
	}
	const year = new Date(ms).getUTCFullYear();
	return year >= 2000 && year <= 2200 ? new Date(ms).toISOString() : undefined;
}

/** A ban date such as "January 2, 2027" or "2027-01-02": a calendar date, no time zone. */
export function toCalendarDate(value: string): string | undefined {
	const text = value.trim();
	let y: number, m: number, d: number;
	const iso = text.match(/^(\d{4})-(\d\d)-(\d\d)$/);
	const words = text.match(/^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/);
	if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	else if (words) [y, m, d] = [Number(words[3]), months.indexOf(words[1]!.slice(0, 3).toLowerCase()) + 1, Number(words[2])];
	else return undefined;
	return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading text

const tokenKinds = ['event', 'state', 'restriction'] as const;
// Upper-case names with an underscore, looked up in the catalogue: event, state and restriction
// names are particular enough to recognise in running text.
const names = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
// An error code "(#368)", "#368", or after a word such as error, code, 错误, 錯誤 (on lower-cased text).
const hashCode = /(\()?#(\d{3,6})(?!\d)(\))?/g;
// Also a JSON or object field: "code": 131049, "error_code": "368", errorCode=131031.
const wordCode = /(error|code|err|錯誤|错误|代码|代碼)(?:[\s_-]*(?:code|码|碼|代码|代碼))?["']?[\s:：#=(]*["']?(\d{3,6})(?![\d.,-]\d|\d)/g;

const clip = (s: string) => (s.length > 140 ? `${s.slice(0, 139)}…` : s);

export function decode(input: unknown): Decoded {
	const text = typeof input === 'string' ? input : '';
	const signals: Signal[] = [];
	const evidence: string[] = [];
	const seen = new Set<string>();
	const reasons: BanReason[] = [];
	let violationType: string | undefined;
	let disableDate: string | undefined;
	let code: number | undefined;

	const add = (kind: SignalKind, value: string, fragment: string, known?: Known, textId = signalText(kind, value)): boolean => {
		// Wording is one signal per phrase, whatever words matched; values are one per value.
		const id = `${kind}:${kind === 'app' || kind === 'notice' ? textId : value}`;
		const again = seen.has(id);
		if (fragment && evidence.length < 24 && !(again && fragment === value) && !evidence.includes(clip(fragment))) evidence.push(clip(fragment));
		if (again) return false;
		seen.add(id);
		const entry = known ?? (catalogue as Record<string, Table>)[kind]?.[value];
		signals.push({ kind, value, ...(textId ? { text: textId } : {}), ...(entry?.s ? { situation: entry.s } : {}) });
		if (entry?.r) reasons.push(entry.r);
		return true;
	};
	const addCode = (n: number, fragment: string) => {
		// Below 100 and 2xx: counts and HTTP successes, not error codes.
		if (!Number.isSafeInteger(n) || n < 100 || (n >= 200 && n < 300)) return;
		if (code === undefined || (!codes[code] && codes[n])) code = n;
		add('code', String(n), fragment);
	};

	const groups = new Map<number, { type?: string; endsAt?: string; remediation?: string; app?: string; inactive?: boolean }>();
	const group = (f: Field) => {
		let g = groups.get(f.obj);
		if (!g) groups.set(f.obj, (g = {}));
		return g;
	};
	let initiator: string | undefined;

	let fields: Field[] = [];
	try {
		fields = readFields(text);
	} catch {
		// Out of memory on an absurd paste: read what the text scan finds.
	}
	for (const f of fields) {
		const raw = f.raw;
		const value = typeof f.value === 'string' ? f.value.trim() : f.value;
		// Placeholders of providers' docs ("<BAN_STATE>", "message.Event") are no values.
		const str = typeof value === 'string' && value && value.length <= 100 && value[0] !== '<' && !value.startsWith('message.') ? value : undefined;
		const word = str && /^[A-Z][A-Z0-9_]{1,80}$/.test(str) ? str : undefined;
		switch (f.key) {
			case 'event':
			case 'updateevent':
				if (word) add('event', word, raw);
				break;
			case 'wababanstate':
			case 'banstate':
				if (str) add('state', str, raw);
				break;
			case 'state':
				if (word && states[word]) add('state', word, raw);
				break;
			case 'wababandate':
			case 'bandate':
				if (typeof value === 'string' && value && !disableDate) {
					disableDate = toCalendarDate(value) ?? toInstant(value) ?? clip(value);
					if (raw) evidence.push(clip(raw));
				} else if (typeof value === 'number' && !disableDate) disableDate = toInstant(value);
				break;
			case 'violationtype':
				if (str) {
					violationType ??= str;
					add('violation', str, raw, violationTypes[str] ?? { s: 'violation' });
				}
				break;
			case 'restrictiontype':
			case 'type':
				if (str) {
					group(f).type = str;
					add('restriction', str, raw, restrictionTypes[str] ?? restricted);
				}
				break;
			case 'expiration':
			case 'expiresat':
			case 'timeenforcementends':
				if (value !== 0 && value !== '0') {
					const endsAt = toInstant(value);
					if (endsAt) group(f).endsAt = endsAt;
				}
				break;
			case 'remediation':
				if (typeof value === 'string' && value.trim()) group(f).remediation = value.trim();
				break;
			case 'reason':
			case 'removedreason':
				if (str) add('disconnection', str, raw, disconnections[str] ?? { s: 'disconnected' });
				break;
			case 'initiatedby':
			case 'removedinitiatedby':
				if (str) {
					initiator = str;
					add('initiator', str, raw);
				}
				break;
			case 'enforcementtype':
				if (str) {
					group(f).app = str;
					add('appType', str, raw, appType(str));
				}
				break;
			case 'isactive':
				if (value === 'false') group(f).inactive = true;
				break;
			case 'cappingstatus':
				if (str) add('capping', str, raw);
				break;
		}
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

	// Values in running text: event and state names, codes, and the English wording.
	let named = 0;
	for (const m of text.matchAll(names)) {
		if (++named > maxFields) break;
		const v = m[0];
		const kind = v.startsWith('BIZ_') ? (v === 'BIZ_QUALITY' || v.startsWith('BIZ_COMMERCE_VIOLATION_') ? 'appType' : undefined) : tokenKinds.find((k) => v.length > 8 && catalogue[k][v]);
		if (kind && add(kind, v, v, kind === 'appType' ? appType(v) : undefined) && kind === 'restriction' && !restrictions.some((r) => r.type === v)) restrictions.push({ type: v });
	}
	// Lower-casing keeps offsets for the text owners paste; where it does not, evidence is lower case.
	const lower = text.toLowerCase();
	const source = lower.length === text.length ? text : lower;
	const whole = text.length < 24 && text.match(/^\s*\(?#?\s*(\d{3,6})\s*\)?\s*$/);
	if (whole) addCode(Number(whole[1]), text.trim());
	for (const m of lower.matchAll(hashCode)) {
		if (evidence.length > 20) break;
		// "(#368)", or "#368" opening a line or a quoted message; not "&#368;", "abc#368" or "Order #368".
		const opening = /(^|[\n"'[{:：])\s*$/.test(lower.slice(Math.max(0, m.index - 40), m.index));
		if (m[1] || m[3] || opening) addCode(Number(m[2]), source.slice(m.index, m.index + m[0].length));
	}
	for (const m of lower.matchAll(wordCode)) {
		if (evidence.length > 20) break;
		if (m[1]!.length > 2 && /[a-z]/.test(lower[m.index - 1] ?? '')) continue;
		addCode(Number(m[2]), source.slice(m.index, m.index + m[0].length));
	}
	const status = lower.match(/\bstatus(?:[\s_-]*code)?["']?[\s:=(]*463\b/);
	if (status) addCode(463, source.slice(status.index, status.index! + status[0].length));
	for (const p of phrases) {
		const m = (p.exact ? text : lower).match(p.match);
		if (!m) continue;
		const fragment = p.exact ? m[0] : source.slice(m.index, m.index! + m[0].length);
		if (p.kind === 'code') addCode(Number(p.id), fragment);
		else add(p.kind, fragment, fragment, { ...(p.s ? { s: p.s } : {}) }, `${p.kind}.${p.id}`);
	}
	// The app's commerce wording names its category of goods; only a listed good names the reason.
	const goods = seen.has('app:app.commerce') && lower.match(/exchange of ([a-z ,-]{3,60})/)?.[1];
	if (goods && /alcohol|tobacco|adult|gambling|drug|weapon|firearm|animal|dating|currency|medic|health|body parts/.test(goods)) reasons.push(industry);

	// The disconnection's reason decides over the bare event. Meta: ACCOUNT_DISCONNECTED is
	// enforcement or the owner deleting the account; started by USER, it is the latter.
	const reasonGiven = signals.some((s) => s.kind === 'disconnection');
	for (const s of signals) {
		if (reasonGiven && s.value === 'ACCOUNT_OFFBOARDED') delete s.situation;
		if (initiator === 'USER' && s.kind === 'disconnection' && s.situation === 'disconnected') s.situation = 'not-a-ban';
	}

	let situation: Situation = 'unknown';
	for (const s of signals) if (s.situation && situations.indexOf(s.situation) < situations.indexOf(situation)) situation = s.situation;

	return {
		situation,
		...(reasons[0] ? { reason: reasons[0] } : {}),
		...(violationType !== undefined ? { violationType } : {}),
		...(restrictions.length ? { restrictions } : {}),
		...(disableDate ? { disableDate } : {}),
		...(code !== undefined ? { code } : {}),
		signals,
		evidence,
	};
}
