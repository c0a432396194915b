/**
 * The reader: turns a paste (JSON, broken JSON, a provider's wrapper, a log, loose text) into
 * fields, codes and dates, knowing nothing of what they mean. The catalogue (catalogue.ts, data in
 * content/decoder/) says which keys are worth keeping and what the values mean; engine.ts joins them.
 * Never throws on text; bounded in depth, fields and time.
 */

export interface Field {
	/** Normalised: lower case, letters and digits only ("waba_ban_state" → "wababanstate"). */
	key: string;
	value: string | number;
	/** The object the field is in (fields of one restriction share it). */
	obj: number;
	/** The key of the object (or list) the field is in, normalised. */
	parent: string;
	/** The fragment as pasted, for "we read". */
	raw: string;
}

const maxDepth = 64;
// Past this many fields a paste only repeats itself; reading on would cost time, not add meaning.
export const maxFields = 2000;
export const normKey = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, '');
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
 * A tolerant scanner for JSON, JavaScript object literals and "key: value" text, whole or cut off,
 * pretty-printed or not: no recursion, nesting capped, strings skipped with indexOf. Keeps the
 * fields whose key is in `wanted`.
 */
function scan(text: string, wanted: ReadonlySet<string>, out: Field[], count: { ids: number }): void {
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
		while (k < n && text.charCodeAt(k) <= 32 && text.charCodeAt(k) !== 10) k++;
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
			let raw = quoted ? text.slice(from + 1, to - 1) : text.slice(from, to);
			// A value without quotes runs to the end of its line in "key: value" text.
			if (!quoted && key !== undefined && prev === 58 && top.id === 0) {
				const end = text.indexOf('\n', to);
				raw = text.slice(from, end < 0 ? n : end).replace(/[\s,;]+$/, '');
				to = from + raw.length;
			}
			const value = quoted ? (escaped ? unescape(raw) : raw) : /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
			out.push({ key: owner, value, obj: top.id, parent: top.key, raw: text.slice(key === undefined ? from : keyFrom, to) });
		}
		key = undefined;
		prev = 34;
		i = to;
	}
}

// A key: a whole word (never from inside one), matched without giving back letters. Written as
// /([A-Za-z_][\w$]*)\s*:/ it tried every start inside a long word and every shorter length at
// each: a 300 KB word (a pasted token or image) took minutes.
const anyKey = /["']?(?<![\w$])(?=([A-Za-z_][\w$]*))\1["']?\s*[:：]/g;

/**
 * Fields of the paste whose key is wanted. A long paste (a log) is read only around those keys,
 * from the start of a line some way before each to some way after it.
 */
export function readFields(text: string, wanted: ReadonlySet<string>): Field[] {
	const out: Field[] = [];
	// Object ids stay unique across the parts read.
	const count = { ids: 0 };
	if (text.length < 200_000) {
		scan(text, wanted, out, count);
		return out;
	}
	const span = 4096;
	let from = -1;
	let to = -1;
	let looked = 0;
	for (const m of text.matchAll(anyKey)) {
		if (!wanted.has(normKey(m[1]!))) continue;
		// The line's start, looked for only so far back: a minified log is one line, and searching it
		// back to its start for every key made a 1 MB paste take seconds.
		const lo = Math.max(0, m.index - span);
		if (lo > to) {
			const back = Math.max(0, lo - span);
			const newline = text.slice(back, lo + 1).lastIndexOf('\n');
			const start = newline < 0 && back ? lo : back + newline + 1;
			if (start > to) {
				if (to > from) scan(text.slice(from, to), wanted, out, count);
				from = start;
			}
		}
		to = Math.min(text.length, m.index + span);
		if (out.length >= maxFields || ++looked > 50 * maxFields) break;
	}
	if (to > from) scan(text.slice(from, to), wanted, out, count);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Codes in running text

export interface FoundCode {
	code: number;
	raw: string;
	/** Read only from digits grouped like a number (131,047), or from a line's first word: kept only when the catalogue knows the code. */
	weak?: boolean;
}

// A code's digits, plain or grouped in thousands (131,047 / 131 047 / 131.047).
const digits = String.raw`(\d{3}[,.\u00a0\u202f ]\d{3}(?![\d,.]?\d)|\d{3,6})`;
// "(#368)", "#368".
const hashCode = new RegExp(String.raw`(\()?#${digits}(?![\d,.]?\d)(\))?`, 'g');
// After a word such as error, code, 错误, 錯誤 (on lower-cased text): "Error code: 131049", "code=131042", '"code": 131049'.
const wordCode = new RegExp(String.raw`(error|code|err|錯誤|错误|代码|代碼)(?:[\s_-]*(?:code|码|碼|代码|代碼))?["'*\x60]*[\s:：#=(]*["'*\x60]*${digits}(?![\d.,-]\d|\d)`, 'g');
// A line that starts with a code and goes on with a colon, a dash or words: "131026: Message Undeliverable", "- 131047 – Re-engagement".
const lineCode = new RegExp(String.raw`(?:^|\n)[\t >*+-]*(?:\*\*|__|\x60)?${digits}(?:\*\*|__|\x60)?\s*(?:[:：|–—-]|\s+\(?[a-z])`, 'g');
// A code set off in Markdown: **131047**, `131047`.
const markedCode = new RegExp(String.raw`(\*\*|\x60)\s*#?${digits}\s*\1`, 'g');

const toNumber = (s: string) => Number(s.replace(/\D/g, ''));

/** Codes written in running text (lower-cased), in order. Subcode fields are never read: "subcode" is not "code". */
export function findCodes(lower: string, source: string, limit = 24): FoundCode[] {
	const out: FoundCode[] = [];
	const push = (m: RegExpMatchArray, group: string, weak: boolean) => {
		if (out.length < limit) out.push({ code: toNumber(group), raw: source.slice(m.index!, m.index! + m[0].length).trim(), weak: weak || /\D/.test(group) });
	};
	const whole = lower.length < 40 && lower.match(new RegExp(String.raw`^[\s*\x60(#]*${digits}[\s*\x60)]*$`));
	if (whole) push(whole, whole[1]!, /\D/.test(whole[1]!));
	for (const m of lower.matchAll(hashCode)) {
		// "(#368)", or "#368" opening a line or a quoted message; not "&#368;", "abc#368" or "Order #368".
		const opening = /(^|[\n"'[{:：*\x60])\s*$/.test(lower.slice(Math.max(0, m.index - 40), m.index));
		if (m[1] || m[3] || opening) push(m, m[2]!, false);
	}
	for (const m of lower.matchAll(wordCode)) {
		if (out.length >= limit) break;
		const before = lower[m.index - 1] ?? '';
		// "subcode", "barcode", "zipcode" are other words; "error_subcode" is a subcode.
		if (m[1]!.length > 2 && /[a-z]/.test(before)) continue;
		push(m, m[2]!, false);
	}
	for (const m of lower.matchAll(lineCode)) push(m, m[1]!, true);
	for (const m of lower.matchAll(markedCode)) push(m, m[2]!, true);
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

/**
 * A date as Meta writes it: "January 2, 2027", "2 January 2027", "2027-01-02", "2027年1月2日"; a
 * calendar date (YYYY-MM-DD), no time zone. "1月2日" without a year gives "--01-02" (ISO's form of a
 * day without its year), which the page shows as the month and day alone.
 */
export function toCalendarDate(value: string): string | undefined {
	const text = value.trim();
	let y: number, m: number, d: number;
	const iso = text.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
	const words = text.match(/^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/) ?? text.match(/^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/);
	const han = text.match(/^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]$/);
	if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	else if (words) {
		const [name, day] = /^\d/.test(words[1]!) ? [words[2]!, words[1]!] : [words[1]!, words[2]!];
		[y, m, d] = [Number(words[3]), months.indexOf(name.slice(0, 3).toLowerCase()) + 1, Number(day)];
	} else if (han) [y, m, d] = [Number(han[1] ?? 2000), Number(han[2]), Number(han[3])];
	else return undefined;
	if (!validDay(y, m, d)) return undefined;
	return han && !han[1] ? `--${pad(m)}-${pad(d)}` : `${y}-${pad(m)}-${pad(d)}`;
}

/** Dates written in notice text (NFKC-folded), in order, each as it was written: "March 3, 2027", "3 March 2027", "2027-03-03", "2027/3/3", "2027年3月3日", "3月3日". */
export const textDates =
	/\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2},? \d{4}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,? \d{4}\b|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]/gi;

/**
 * How long a restriction lasts, in notice text (NFKC-folded, lower case, Simplified): "for 30 days",
 * "a 7-day block", 「30 天」, 「三十天」. Not a window to act in ("within 30 days", 「30 天内申请」).
 * The number of days, or undefined.
 */
export function textDays(folded: string): number | undefined {
	const m = folded.match(/\bfor (\d{1,3})[ -]days?\b|\b(\d{1,3})[ -]day (?:block|restriction|ban|limit)|(?<![\d月])(\d{1,3}|[一二三四五六七八九十]{1,3})\s*天(?!\s*(?:内|以内|之内)?\s*(?:申请|提出|复审|审查|审核))/);
	if (!m) return undefined;
	const raw = m[1] ?? m[2] ?? m[3]!;
	const n = /\d/.test(raw) ? Number(raw) : hanNumber(raw);
	return n > 0 && n <= 365 ? n : undefined;
}

const hanDigits = '一二三四五六七八九';
/** 一 … 九十九 as a number (三十 = 30, 十五 = 15). */
function hanNumber(s: string): number {
	const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
	const t = s.includes('十') ? (tens ? hanDigits.indexOf(tens) + 1 : 1) : 0;
	const o = ones ? hanDigits.indexOf(ones) + 1 : 0;
	return t * 10 + o;
}
