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
