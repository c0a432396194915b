import { describe, expect, it } from 'vitest';
import { catalogue, decode } from '../../src/domain/decoder/decode';

/**
 * Issue #22, remaining codes: each as owners paste it, a Graph API error body and a "code: title" line.
 * Titles and messages are Meta's (research/meta-signals.md §1); where Meta publishes no English
 * title (130403, 131063, 131064, 134011), the message is Meta's description.
 */
const added: [number, string, 'enforcement' | 'not-a-ban'][] = [
	[130403, 'Unable to deliver the message. This business has blocked the end user on WhatsApp', 'not-a-ban'],
	[131037, 'WhatsApp provided number needs display name approval before message can be sent.', 'not-a-ban'],
	[131063, 'Your template is categorized as Marketing, but marketing templates are currently disabled for your Cloud API configuration.', 'not-a-ban'],
	[131064, 'Message failed to send because this account has reached its messaging limit due to template classification violations.', 'enforcement'],
	[133005, 'Two step verification PIN Mismatch', 'not-a-ban'],
	[133006, 'Phone number re-verification needed', 'not-a-ban'],
	[133008, 'Too Many two step verification PIN Guesses', 'not-a-ban'],
	[133009, 'Two step verification PIN Guessed Too Fast', 'not-a-ban'],
	[133010, 'Phone number Not Registered', 'not-a-ban'],
	[133016, 'Account register deregister rate limit exceeded', 'not-a-ban'],
	[134011, 'Message failed to send because WhatsApp Payments terms of service acceptance is pending for this WhatsApp Business Account.', 'not-a-ban'],
];

describe('issue #22 codes, as pasted', () => {
	it.each(added)('%i', (code, message, severity) => {
		const pastes = [
			JSON.stringify({ error: { code, message, error_subcode: 2494010, fbtrace_id: 'AbCdEfGh123' } }),
			JSON.stringify({ error: { message, type: 'OAuthException', code } }, null, 2),
			`${code}: ${message}`,
		];
		for (const paste of pastes) {
			const r = decode(paste);
			expect(r.code, paste).toBe(code);
			expect(r.situation === 'not-a-ban' ? 'not-a-ban' : 'enforcement', paste).toBe(severity);
			expect(r.situation, paste).toBe(catalogue.code[String(code)]!.s);
		}
	});

	// Meta's titles; 200 has none, its message is Meta's. 230 stands for the 200-299 range.
	const small: [number, string][] = [
		[0, 'AuthException'],
		[3, 'API Method'],
		[4, 'API Too Many Calls'],
		[10, 'Permission Denied'],
		[33, 'Parameter value is not valid'],
		[200, 'Provide valid app ID'],
		[230, 'API Permission'],
	];
	it.each(small)('%i, only from a Graph error body', (code, message) => {
		for (const paste of [JSON.stringify({ error: { code, message, error_subcode: 2494010 } }), JSON.stringify({ error: { message, type: 'OAuthException', code: String(code) } }, null, 2)]) {
			const r = decode(paste);
			expect(r.code, paste).toBe(code);
			expect(r.situation, paste).toBe('not-a-ban');
			expect(r.signals.find((s) => s.kind === 'code')?.text, paste).toBeDefined();
		}
		// In running text, a small number is a count or an HTTP status, not a code.
		for (const paste of [`${code}: ${message}`, `error ${code}`, `(#${code}) ${message}`, JSON.stringify({ statuses: [{ errors: [{ code, title: message }] }] })]) expect(decode(paste).code, paste).toBeUndefined();
	});

	it('a Graph error code outside the catalogue and below 100 is not read', () => {
		expect(decode(JSON.stringify({ error: { code: 17, message: 'User request limit reached' } })).code).toBeUndefined();
		expect(decode(JSON.stringify({ error: { code: 368, error_subcode: 4, message: 'blocked' } })).code).toBe(368);
		// Meta's own message repeats the code; a range code is not replaced by another one in the message.
		expect(decode(JSON.stringify({ error: { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4 } })).code).toBe(4);
		expect(decode(JSON.stringify({ error: { code: 230, message: 'see (#131031)' } })).code).toBe(230);
	});

	it('a subcode is never the code', () => {
		const r = decode(JSON.stringify({ error: { code: 100, error_subcode: 133010, message: 'Invalid parameter' } }));
		expect(r.code).toBe(100);
		expect(r.signals.map((s) => s.value)).not.toContain('133010');
	});

	it('template status UNARCHIVED is known and not a ban', () => {
		const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '102290129340398', time: 1799395200, changes: [{ field: 'message_template_status_update', value: { event: 'UNARCHIVED', message_template_id: 594425479261596, message_template_name: 'order_update', message_template_language: 'en_US', reason: 'NONE' } }] }] });
		const r = decode(body);
		expect(r.situation).toBe('not-a-ban');
		expect(r.signals.find((s) => s.kind === 'template')).toMatchObject({ value: 'UNARCHIVED', text: 'template.UNARCHIVED' });
	});
});
