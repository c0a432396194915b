import { describe, expect, it } from 'vitest';
import { normaliseDigits, normaliseEmail, normalisePhone, normaliseUrl, toggleChoice, validateForm } from '../../src/domain/flow/validate';
import { screenById, type FormScreen } from '../../src/domain/flow/flow';

describe('normalisePhone', () => {
	it.each([
		['+852 9123 4567', '+85291234567'],
		['00852-9123-4567', '+85291234567'],
		['+886 (2) 2345-6789', '+886223456789'],
		['+60 12-345 6789', '+60123456789'],
		['+86 138 0013 8000', '+8613800138000'],
		['  +1 (415) 555.0100 ', '+14155550100'],
		['\u202a+852 9123 4567\u202c', '+85291234567'],
		['\u200e+886 912 345 678', '+886912345678'],
		['＋８６ １３８ ００１３ ８０００', '+8613800138000'],
		['+44 (0)20 7946 0958', '+442079460958'],
	])('%s → %s', (input, expected) => {
		expect(normalisePhone(input)).toEqual({ ok: true, value: expected });
	});

	it.each([
		['91234567', 'phone'],
		['+852 abc', 'phone'],
		['+85 2', 'phone-length'],
		['+1234567890123456', 'phone-length'],
		['+0852 9123 4567', 'phone-length'],
		['', 'phone'],
		['++85291234567', 'phone'],
	])('rejects %j with %s', (input, code) => {
		expect(normalisePhone(input)).toEqual({ ok: false, code });
	});
});

describe('other checks', () => {
	it('accepts digits only, with spaces removed, full-width digits read as digits', () => {
		expect(normaliseDigits(' 1234 5678 9012 ')).toEqual({ ok: true, value: '123456789012' });
		expect(normaliseDigits('１２３４５６７')).toEqual({ ok: true, value: '1234567' });
		expect(normaliseDigits('12a45')).toEqual({ ok: false, code: 'digits' });
	});
	it('reads a bare domain as https', () => {
		expect(normaliseUrl('example.com')).toEqual({ ok: true, value: 'https://example.com' });
		expect(normaliseUrl('http://shop.example.hk/a')).toEqual({ ok: true, value: 'http://shop.example.hk/a' });
		expect(normaliseUrl('javascript:alert(1)')).toEqual({ ok: false, code: 'url' });
		expect(normaliseUrl('not a site')).toEqual({ ok: false, code: 'url' });
	});
	it('checks an email address', () => {
		expect(normaliseEmail(' a@b.co ')).toEqual({ ok: true, value: 'a@b.co' });
		expect(normaliseEmail('a@b')).toEqual({ ok: false, code: 'email' });
	});
});

describe('validateForm', () => {
	const business = screenById('business') as FormScreen;
	const ctx = { reason: 'promotional-volume' as const };

	it('lists every error in field order and keeps going', () => {
		const { errors } = validateForm(business, { phone: '123', wabaId: 'abc', website: 'nope', email: 'x' }, ctx);
		expect(errors).toEqual([
			{ field: 'businessName', code: 'required' },
			{ field: 'displayName', code: 'required' },
			{ field: 'phone', code: 'phone' },
			{ field: 'wabaId', code: 'digits' },
			{ field: 'website', code: 'url' },
			{ field: 'email', code: 'email' },
		]);
	});

	it('the WhatsApp Business Account ID may be left empty', () => {
		const { errors } = validateForm(business, { businessName: 'Acme', displayName: 'Acme HK', phone: '+85291234567' }, ctx);
		expect(errors).toEqual([]);
	});

	it('what the business does and sells is required for a restricted industry and template categories only', () => {
		const about = screenById('about') as FormScreen;
		expect(validateForm(about, {}, { reason: 'restricted-industry' }).errors).toEqual([{ field: 'sells', code: 'required' }]);
		expect(validateForm(about, {}, { reason: 'template-misclassification' }).errors).toEqual([{ field: 'sells', code: 'required' }]);
		expect(validateForm(about, {}, ctx).errors).toEqual([]);
	});

	it('returns normalised values when valid, and optional fields may be empty', () => {
		const { errors, values } = validateForm(
			business,
			{ businessName: 'Acme', displayName: 'Acme HK', phone: '00852 9123 4567', wabaId: '1234567890' },
			ctx,
		);
		expect(errors).toEqual([]);
		// The phone is checked, then kept as typed (issue 24.7: spaces make it easy to compare by eye).
		expect(values).toMatchObject({ phone: '00852 9123 4567', wabaId: '1234567890', website: '', email: '' });
		expect(validateForm(business, { businessName: 'Acme', displayName: 'Acme HK', phone: '＋852 ９１２３ ４５６７ ' }, ctx).values['phone']).toBe('+852 9123 4567');
	});

	it('a field of invisible marks only is empty', () => {
		const { errors } = validateForm(business, { businessName: '\u200e\u200f', displayName: 'a', phone: '+85291234567', wabaId: '12345' }, ctx);
		expect(errors).toEqual([{ field: 'businessName', code: 'required' }]);
	});

	it('rejects text over the limit', () => {
		const { errors } = validateForm(business, { businessName: 'x'.repeat(201), displayName: 'a', phone: '+85291234567', wabaId: '12345' }, ctx);
		expect(errors).toEqual([{ field: 'businessName', code: 'too-long' }]);
	});

	it('accepts free text instead of a ticked box, and keeps "we don\'t know" alone', () => {
		const wentWrong = screenById('went-wrong') as FormScreen;
		expect(validateForm(wentWrong, {}, ctx).errors).toEqual([{ field: 'wentWrong', code: 'choose' }]);
		expect(validateForm(wentWrong, { wentWrongOther: 'We resent a campaign' }, ctx).errors).toEqual([]);
		const { values } = validateForm(wentWrong, { wentWrong: ['sent-too-often', 'dont-know'] }, ctx);
		expect(values['wentWrong']).toEqual(['dont-know']);
	});

	it('drops checkbox values the reason does not offer', () => {
		const form = screenById('went-wrong') as FormScreen;
		const { values } = validateForm(form, { wentWrong: ['dont-know'], actions: ['frequency-reduced', 'templates-resubmitted'] }, ctx);
		expect(values['actions']).toEqual(['frequency-reduced']);
	});
});

describe('toggleChoice', () => {
	const field = { id: 'optIn', kind: 'checkboxes' as const, exclusive: ['dont-know', 'not-applicable'] };
	it('an exclusive answer clears the others and is cleared by them, including the other exclusive one', () => {
		expect(toggleChoice(field, ['a', 'b'], 'dont-know', true)).toEqual(['dont-know']);
		expect(toggleChoice(field, ['dont-know'], 'a', true)).toEqual(['a']);
		expect(toggleChoice(field, ['dont-know'], 'not-applicable', true)).toEqual(['not-applicable']);
		expect(toggleChoice(field, ['a', 'b'], 'a', false)).toEqual(['b']);
	});
});
