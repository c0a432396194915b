import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, decode, situations } from '../../src/domain/decoder/decode';
import { routes, wizardHrefFor } from '../../src/domain/decoder/decode-routes';
import { webhookBody } from './decode-fixtures';

/** Issue #22: what owners really paste. */
const now = Date.parse('2026-12-07T00:00:00Z');
const codes = Object.keys(catalogue.code).map(Number).filter(Number.isInteger);
// 0-99 and 2xx are read only from a Graph error's own code field; in running text they are counts and HTTP statuses.
const inText = (c: number) => c >= 100 && !(c >= 200 && c < 300);
const change = (field: string, value: object) => JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '102290129340398', time: 1799395200, changes: [{ field, value }] }] });

describe('one line per error code, in the formats people paste', () => {
	const formats = [
		(c: number) => `${c}: Something failed`,
		(c: number) => `${c} - the message failed`,
		(c: number) => `Error **${c}** when sending`,
		(c: number) => 'Got `' + c + '` again',
		(c: number) => `(#${c}) failed`,
		(c: number) => `{"error": {"code": ${c}, "error_subcode": 2494010}}`,
	];
	it.each(codes.filter(inText))('%i', (c) => {
		for (const f of formats) expect(decode(f(c), { now }).code, f(c)).toBe(c);
		const situation = decode(`(#${c})`, { now }).situation;
		expect(situation).toBe(catalogue.code[String(c)]!.s);
	});

	it('reads digit separators as one code, not a shorter one', () => {
		for (const paste of ['Error code: 131,047', 'error 131 047', '131,047: Re-engagement message', '**131 026**']) expect(decode(paste).code, paste).toBe(paste.includes('026') ? 131026 : 131047);
		expect(decode('+852 6131 0311').code).toBeUndefined();
	});

	it('reads Meta’s titles after a code', () => {
		expect(decode('131026: Message Undeliverable').situation).toBe('not-a-ban');
		expect(decode('131047 – Re-engagement message').signals.map((s) => s.value)).toEqual(['131047']);
	});

	it('never reads a Graph error_subcode as the code (463 there is not the app’s 463)', () => {
		const r = decode(JSON.stringify({ error: { message: 'Invalid parameter', type: 'OAuthException', code: 100, error_subcode: 463, error_data: { details: 'x' }, fbtrace_id: 'A' } }));
		expect(r.code).toBe(100);
		expect(r.signals.some((s) => s.value === '463')).toBe(false);
		expect(r.situation).toBe('not-a-ban');
	});
});

describe('property: no input throws, no subcode is a code, every code found is read exactly', () => {
	it('no input throws', () => {
		fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => situations.includes(decode(s, { now }).situation)), { numRuns: 1500 });
		fc.assert(fc.property(fc.json(), (s) => situations.includes(decode(s, { now }).situation)), { numRuns: 500 });
	});
	it('a subcode is never read as a code', () => {
		fc.assert(
			fc.property(fc.constantFrom(...codes), fc.integer({ min: 100, max: 9_999_999 }), (code, sub) => {
				const r = decode(JSON.stringify({ error: { message: 'failed', code, error_subcode: sub, fbtrace_id: 'A' } }), { now });
				return r.code === code && (sub === code || !r.signals.some((s) => s.kind === 'code' && s.value === String(sub)));
			}),
			{ numRuns: 600 },
		);
	});
	it('every code found is the code written', () => {
		fc.assert(
			fc.property(fc.constantFrom(...codes.filter(inText)), fc.constantFrom('Error code: ', '(#', 'code=', '错误代码：'), fc.string({ maxLength: 30 }), (code, lead, tail) => {
				const r = decode(`${lead}${code}${lead === '(#' ? ')' : ''} ${tail.replace(/\d/g, '')}`, { now });
				return r.code === code;
			}),
			{ numRuns: 600 },
		);
	});
});

describe('the catalogue holds every code and webhook value the facts file names (§7.3, §8.3)', () => {
	const facts = readFileSync('/work/shared/reference/meta-appeal-facts.md', 'utf8');
	const section = facts.slice(facts.indexOf('### 7.3'), facts.indexOf('## 8.')) + facts.slice(facts.indexOf('### 8.3'));
	it('codes', () => {
		for (const [c] of section.matchAll(/\b1[34]\d{4}\b|\b368\b/g)) expect(Object.keys(catalogue.code), c).toContain(c);
	});
	it('values', () => {
		const known = new Set(Object.values(catalogue).flatMap((t) => Object.keys(t)));
		for (const [v] of section.matchAll(/`([A-Z][A-Z0-9_]{3,})`/g)) expect(known.has(v.slice(1, -1)), v).toBe(true);
	});
});

describe('webhooks beyond account_update (shapes of Meta’s reference; one per field and value)', () => {
	const tpl = (event: string, reason = 'NONE') => change('message_template_status_update', { event, message_template_id: 594425479261596, message_template_name: 'order_update', message_template_language: 'en_US', reason });
	it.each([
		['APPROVED', 'not-a-ban'],
		['REJECTED', 'template'],
		['PAUSED', 'template'],
		['DISABLED', 'template'],
		['FLAGGED', 'not-a-ban'],
		['REINSTATED', 'not-a-ban'],
	])('message_template_status_update %s → %s, never an account ban', (event, situation) => {
		const r = decode(tpl(event, event === 'REJECTED' ? 'INCORRECT_CATEGORY' : 'NONE'), { now });
		expect(r.situation).toBe(situation);
		expect(r.signals.find((s) => s.kind === 'template')?.value).toBe(event);
		expect(wizardHrefFor('/en/appeal/', r)).toBeUndefined();
	});
	it('a template REJECTED keeps its reason', () => {
		expect(decode(tpl('REJECTED', 'INCORRECT_CATEGORY')).signals.find((s) => s.kind === 'templateReason')?.text).toBe('templateReason.INCORRECT_CATEGORY');
	});
	it('message_template_quality_update', () => {
		const r = decode(change('message_template_quality_update', { previous_quality_score: 'GREEN', new_quality_score: 'RED', message_template_id: 1, message_template_name: 'x', message_template_language: 'en_US' }));
		expect(r.signals.find((s) => s.kind === 'quality')?.value).toBe('RED');
		expect(r.situation).toBe('not-a-ban');
	});
	it('template_category_update, changed and its advance notice', () => {
		const changed = decode(change('template_category_update', { message_template_id: 1, message_template_name: 'x', message_template_language: 'en_US', previous_category: 'UTILITY', new_category: 'MARKETING' }));
		expect(changed.signals.find((s) => s.kind === 'category')?.text).toBe('category.MARKETING');
		const soon = decode(change('template_category_update', { message_template_id: 1, message_template_name: 'x', message_template_language: 'en_US', correct_category: 'MARKETING', category_update_timestamp: 1800000000 }));
		expect(soon.signals.find((s) => s.kind === 'category')?.text).toBe('category.soon');
	});
	it.each(['FLAGGED', 'UNFLAGGED', 'UPGRADE', 'DOWNGRADE', 'ONBOARDING'])('phone_number_quality_update %s is no ban and no template', (event) => {
		const r = decode(change('phone_number_quality_update', { display_phone_number: '85200000000', event, current_limit: 'TIER_1K' }));
		expect(r.situation).toBe('number-quality');
		expect(r.signals.some((s) => s.kind === 'template')).toBe(false);
	});
	it.each([
		['APPROVED', 'not-a-ban'],
		['REJECTED', 'review-rejected'],
		['PENDING', 'not-a-ban'],
		['DEFERRED', 'not-a-ban'],
	])('account_review_update %s → %s', (decision, situation) => {
		const r = decode(change('account_review_update', { decision }));
		expect(r.situation).toBe(situation);
		if (decision === 'REJECTED') expect(routes[r.situation].verdict).toBe('yes');
	});
	it('account_alerts: severity read, Meta’s description shown as written', () => {
		const r = decode(change('account_alerts', { entity_type: 'WABA', entity_id: '1', alert_info: { alert_severity: 'CRITICAL', alert_status: 'ACTIVE', alert_type: 'SOME_TYPE', alert_description: 'Your account is at risk.' } }));
		expect(r.situation).toBe('alert');
		expect(r.metaText).toEqual(['Your account is at risk.']);
	});
	it('business_capability_update is a limit, not a ban', () => {
		expect(decode(change('business_capability_update', { max_daily_conversation_per_phone: 1000, max_phone_numbers_per_business: 2 })).situation).toBe('not-a-ban');
	});
	it('a message status with an errors array', () => {
		const r = decode(change('messages', { statuses: [{ id: 'wamid.X', status: 'failed', errors: [{ code: 131047, title: 'Re-engagement message' }] }] }));
		expect([r.code, r.situation]).toEqual([131047, 'not-a-ban']);
		expect(wizardHrefFor('/en/appeal/', r)).toBeUndefined();
	});
});

describe('message statuses without an error (issue #22: sent, delivered, read are no ban)', () => {
	const status = (value: string, extra: Record<string, unknown> = {}) =>
		change('messages', { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' }, statuses: [{ id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=', status: value, timestamp: '1750030073', recipient_id: '16505551234', ...extra }] });
	it.each(['sent', 'delivered', 'read'])('%s is a delivery status, not a ban, and sends no one to appeal', (value) => {
		const r = decode(status(value, { pricing: { billable: true, pricing_model: 'PMP', category: 'marketing', type: 'regular' } }));
		expect(r.situation).toBe('not-a-ban');
		expect(r.signals.find((x) => x.kind === 'status')).toMatchObject({ value, text: 'status.ok' });
		expect(r.notice).toBeUndefined();
		expect(wizardHrefFor('/en/appeal/', r)).toBeUndefined();
	});
	it('deleted (the customer deleted the message) is not a ban', () => {
		expect(decode(status('deleted')).situation).toBe('not-a-ban');
	});
	it('failed without errors is known but says nothing about the account: neither ban nor no-ban', () => {
		const r = decode(status('failed'));
		expect(r.situation).toBe('unknown');
		expect(r.signals.find((x) => x.kind === 'status')?.text).toBe('status.failed');
	});
	it('failed with an error: the code decides, as before', () => {
		expect(decode(status('failed', { errors: [{ code: 131026, title: 'Message undeliverable' }] })).code).toBe(131026);
		expect(decode(status('failed', { errors: [{ code: 368, title: 'Temporarily blocked for policies violations' }] })).situation).toBe('policy-block');
	});
	it('a "status" key elsewhere is not a message status', () => {
		expect(decode(JSON.stringify({ status: 'read' })).signals.filter((x) => x.kind === 'status')).toEqual([]);
		expect(decode(JSON.stringify({ data: [{ status: 'CONNECTED', quality_rating: 'GREEN' }] })).situation).toBe('unknown');
	});
});

describe('severity and hand-off (issue #22 points 5, 7, 8)', () => {
	it('two labels say both, the worst first', () => {
		const r = decode('Account disabled\nAssets restricted');
		expect(r.situations).toEqual(['disabled', 'policy-block']);
		expect(decode('Account issues').situation).toBe('violation');
	});
	it('calling restrictions are about calls, with Meta’s remediation kept', () => {
		const r = decode(webhookBody({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_USER_INITIATED_CALLING_CALL_BUTTON_HIDDEN', expiration: 1800000000, remediation: 'Improve your pickup rate.' }] }), { now });
		expect(r.situation).toBe('calling-limit');
		expect(routes[r.situation].verdict).toBe('calls');
		expect(r.restrictions?.[0]?.remediation).toBe('Improve your pickup rate.');
	});
	it('a restriction whose end has passed has ended', () => {
		expect(decode(webhookBody({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1700000000 }] }), { now }).situation).toBe('ended');
	});
	it('utility templates only is not a yes', () => {
		const r = decode(webhookBody({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_UTILITY_TEMPLATES', expiration: 1800000000 }] }), { now });
		expect(routes[r.situation].verdict).toBe('partial');
	});
	it('131031 alone presets no notice', () => {
		expect(wizardHrefFor('/en/appeal/', decode('(#131031) Business Account locked'))).toBe('/en/appeal/');
	});
});

describe('plain notice text, in English and Chinese (issue #22 points 3 and 6)', () => {
	it('an English restriction notice', () => {
		const r = decode(
			'Your WhatsApp Business Account has been restricted from messaging because it violated the WhatsApp Business Messaging Policy. This restriction will last for 30 days. You can request a review in Business Support Home.',
			{ now },
		);
		expect(r.situation).toBe('restriction');
		expect(r.signals.map((s) => s.text)).toEqual(expect.arrayContaining(['notice.restricted-messaging', 'notice.violated-policy', 'notice.request-review']));
	});
	it('a short zh-CN notice, and the same words in Traditional characters', () => {
		for (const paste of ['你的 WhatsApp Business 账号已被停用，因为违反了《WhatsApp 商业消息政策》。你可以申请复审。', '你的 WhatsApp Business 帳號已被停用，因為違反了《WhatsApp 商業消息政策》。你可以申請複審。']) {
			const r = decode(paste, { now });
			expect(r.situation, paste).toBe('disabled');
			expect(r.signals.map((s) => s.text)).toEqual(expect.arrayContaining(['notice.disabled', 'notice.violated-policy', 'notice.request-review']));
		}
	});
	it('full-width text is folded', () => {
		expect(decode('ＹＯＵＲ ＰＨＯＮＥ ＮＵＭＢＥＲ ＩＳ ＢＡＮＮＥＤ ＦＲＯＭ ＵＳＩＮＧ ＷＨＡＴＳＡＰＰ').situation).toBe('app-ban');
		expect(decode("You're temporarily banned from WhatsApp").situation).toBe('app-restriction');
	});
	it('dates in their own formats, labelled by what they are', () => {
		expect(decode('Your account will be disabled on March 3, 2027 unless you appeal.').disableDate).toBe('2027-03-03');
		expect(decode('你的 WhatsApp Business 账号已被停用（2027年3月3日）').disableDate).toBe('2027-03-03');
		expect(decode('账号已被停用 3月3日').disableDate).toBe('--03-03');
	});
});

describe('hand-off after 131031 (issue #22.8, #24.4): a lock that may be a wrong two-step PIN presets no notice', () => {
	const pastes = [
		'(#131031) Business Account locked',
		'131031: Account has been locked',
		JSON.stringify({ error: { message: '(#131031) Account has been locked', type: 'OAuthException', code: 131031, error_data: { messaging_product: 'whatsapp', details: 'The two-step pin included in the request is incorrect.' }, fbtrace_id: 'A' } }),
		change('messages', { statuses: [{ id: 'wamid.X', status: 'failed', errors: [{ code: 131031, title: 'Business Account locked' }] }] }),
	];
	it.each(pastes)('%s', (paste) => {
		const r = decode(paste, { now });
		expect(r.code).toBe(131031);
		const href = wizardHrefFor('/en/appeal/', r);
		expect(href === undefined ? '' : new URL(href, 'https://x.test').searchParams.get('situation')).not.toBe('account-notice');
		expect(href ?? '').not.toContain('situation=');
	});
	it('a notice next to it still presets what the notice showed', () => {
		const href = wizardHrefFor('/en/appeal/', decode('(#131031) Business Account locked\nAccount disabled', { now }));
		expect(new URL(href!, 'https://x.test').searchParams.get('situation')).toBe('account-notice');
	});
});
