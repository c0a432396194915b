import { contradictedFields, type ContradictionId } from './contradictions';
import { type Answers, type Field, type FormScreen, type OptionContext } from './flow';

export type ErrorCode =
	| 'required'
	| 'too-long'
	| 'phone'
	| 'phone-length'
	| 'digits'
	| 'url'
	| 'email'
	| 'choose'
	| `contradicts-${ContradictionId}`;

export interface FieldError {
	field: string;
	code: ErrorCode;
}

export type Checked = { ok: true; value: string } | { ok: false; code: ErrorCode };

/**
 * Text as typed or pasted, made comparable: full-width forms from Chinese input methods become
 * ASCII (NFKC), and the invisible direction and zero-width marks that copying from WhatsApp or a
 * contacts app carries along are dropped.
 */
export function plain(input: string): string {
	return input.normalize('NFKC').replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}

/**
 * An international phone number: spaces, dashes, dots and brackets are dropped, a leading 00
 * becomes +, and what remains must be + and 8 to 15 digits not starting with 0 (E.164).
 */
export function normalisePhone(input: string): Checked {
	// "+44 (0)20 …": the (0) is dialled only inside the country, so it is not part of the number.
	let text = plain(input).trim().replace(/^(\+\d{1,3})\s*\(0\)/, '$1').replace(/[\s\-.()]/g, '');
	if (text.startsWith('00')) text = `+${text.slice(2)}`;
	if (!/^\+\d+$/.test(text)) return { ok: false, code: 'phone' };
	const digits = text.slice(1);
	if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) return { ok: false, code: 'phone-length' };
	return { ok: true, value: text };
}

export function normaliseDigits(input: string): Checked {
	const text = plain(input).replace(/\s/g, '');
	return /^\d{5,25}$/.test(text) ? { ok: true, value: text } : { ok: false, code: 'digits' };
}

/** A web address; "example.com" is read as https://example.com. */
export function normaliseUrl(input: string): Checked {
	const text = plain(input).trim();
	const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
	try {
		const parsed = new URL(withScheme);
		const hostOk = /^[^.\s]+(\.[^.\s]+)+$/.test(parsed.hostname);
		if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && hostOk) return { ok: true, value: withScheme };
	} catch {
		// falls through to the error below
	}
	return { ok: false, code: 'url' };
}

export function normaliseEmail(input: string): Checked {
	const text = plain(input).trim();
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? { ok: true, value: text } : { ok: false, code: 'email' };
}

const checks = { phone: normalisePhone, digits: normaliseDigits, url: normaliseUrl, email: normaliseEmail };

function isBlank(value: unknown): boolean {
	return value === undefined || (typeof value === 'string' && plain(value).trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Whether the field must be answered in this case (some are required for some reasons only). */
export function isRequired(field: Field, ctx: OptionContext): boolean {
	return typeof field.required === 'function' ? field.required(ctx) : Boolean(field.required);
}

function checkField(field: Field, values: Answers, ctx: OptionContext): { error?: ErrorCode; value?: string | string[] } {
	const raw = values[field.id];
	if (field.kind === 'checkboxes') {
		const allowed = field.options?.(ctx) ?? [];
		let picked = (Array.isArray(raw) ? raw : []).filter((v) => allowed.includes(v));
		const exclusive = picked.find((v) => field.exclusive?.includes(v));
		if (exclusive) picked = [exclusive];
		const hasText = field.orText ? !isBlank(values[field.orText]) : false;
		if (isRequired(field, ctx) && picked.length === 0 && !hasText) return { error: 'choose' };
		return { value: picked };
	}
	if (field.kind === 'radios') {
		const picked = typeof raw === 'string' && (field.options?.(ctx) ?? []).includes(raw) ? raw : undefined;
		if (picked) return { value: picked };
		return isRequired(field, ctx) ? { error: 'choose' } : {};
	}
	const text = typeof raw === 'string' ? raw : '';
	if (isBlank(text)) return isRequired(field, ctx) ? { error: 'required' } : { value: '' };
	if (field.maxLength && text.length > field.maxLength) return { error: 'too-long' };
	if (!field.check) return { value: text };
	const checked = checks[field.check](text);
	if (!checked.ok) return { error: checked.code };
	// A phone number stays as the owner typed it (spaces and all), so it can be checked by eye against Meta's screen.
	return { value: field.check === 'phone' ? plain(text).trim() : checked.value };
}

/**
 * Validates one form screen. `values` are all the answers with this screen's edits, so a tick that
 * contradicts an earlier answer is caught here. Returns the errors in field order and the
 * normalised values.
 */
export function validateForm(
	screen: FormScreen,
	values: Answers,
	ctx: OptionContext,
): { errors: FieldError[]; values: Record<string, string | string[]> } {
	const errors: FieldError[] = [];
	const clean: Record<string, string | string[]> = {};
	for (const field of screen.fields) {
		const { error, value } = checkField(field, values, ctx);
		if (error) errors.push({ field: field.id, code: error });
		else if (value !== undefined) clean[field.id] = value;
	}
	const checked = screen.fields.map((f) => f.id).filter((id) => !errors.some((e) => e.field === id));
	for (const { field, id } of contradictedFields({ ...values, ...clean }, checked)) errors.push({ field, code: `contradicts-${id}` });
	errors.sort((a, b) => screen.fields.findIndex((f) => f.id === a.field) - screen.fields.findIndex((f) => f.id === b.field));
	return { errors, values: clean };
}

/** Ticking or unticking one checkbox; an exclusive choice ("we don't know") clears the others. */
export function toggleChoice(field: Field, current: readonly string[], value: string, checked: boolean): string[] {
	if (!checked) return current.filter((v) => v !== value);
	const exclusive = field.exclusive ?? [];
	if (exclusive.includes(value)) return [value];
	return [...current.filter((v) => !exclusive.includes(v) && v !== value), value];
}
