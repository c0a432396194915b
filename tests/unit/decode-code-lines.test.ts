import { describe, expect, it } from 'vitest';
import { catalogue, decode, type Situation } from '../../src/domain/decoder/decode';

/**
 * Issue #22, "one line per error code": every code the decoder knows, pasted the way owners paste
 * it in a chat or a log (`131026: Message Undeliverable`), must read as exactly that code and the
 * situation written here. The situations are this table's own (from meta-appeal-facts.md §7.3 and
 * what Meta's description says), not read from the catalogue under test.
 *
 * Titles are Meta's English titles on its Cloud API error-code page. Checked on 7 Dec 2026 against
 * copies of that page (botbee, niswey, whatstool, yaeris, manychat, quickreply) and Meta's own
 * webhook sample (130429 "Rate limit hit"): marked `meta`. Marked `unverified`: the title as
 * providers and SDKs quote it, but not seen in a copy of Meta's table here. `message`: Meta gives no
 * title we could find, so the line carries Meta's description. `provider`: not in Meta's table at
 * all (one provider's code, the app's 463, and 132008, which no copy of Meta's table we saw lists).
 */
type Source = 'meta' | 'unverified' | 'message' | 'provider';
const lines: [code: number, title: string, situation: Situation, source: Source][] = [
	// Integrity: enforcement, or a lock that may be a wrong PIN.
	[368, 'Temporarily blocked for policies violations', 'policy-block', 'meta'],
	[130497, 'Business account is restricted from messaging users in this country', 'country-restriction', 'meta'],
	[131031, 'Account has been locked', 'locked', 'meta'],
	[131064, 'Message failed to send because this account has reached its messaging limit due to template classification violations.', 'template-limit', 'message'],
	[139000, 'Flow blocked by integrity', 'violation', 'unverified'],
	// Throttling and per-user limits: not a ban.
	[130429, 'Rate limit hit', 'not-a-ban', 'meta'],
	[80007, 'Rate limit issues', 'not-a-ban', 'meta'],
	[131048, 'Spam rate limit hit', 'not-a-ban', 'meta'],
	[131056, '(Business Account, Consumer Account) pair rate limit hit', 'not-a-ban', 'meta'],
	[133016, 'Account register deregister rate limit exceeded', 'not-a-ban', 'meta'],
	[131049, 'Meta chose not to deliver.', 'not-a-ban', 'meta'],
	// Everyday sending errors: not a ban.
	[100, 'Invalid parameter', 'not-a-ban', 'meta'],
	[190, 'Access token has expired', 'not-a-ban', 'meta'],
	[131000, 'Something went wrong', 'not-a-ban', 'unverified'],
	[131005, 'Access denied', 'not-a-ban', 'unverified'],
	[131008, 'Required parameter is missing', 'not-a-ban', 'unverified'],
	[131009, 'Parameter value is not valid', 'not-a-ban', 'unverified'],
	[131016, 'Service unavailable', 'not-a-ban', 'unverified'],
	[131021, 'Recipient cannot be sender', 'not-a-ban', 'unverified'],
	[131026, 'Message Undeliverable', 'not-a-ban', 'meta'],
	// Not on Meta's current page; the API still answers with these words ((#131030) …), from its older table.
	[131030, 'Recipient phone number not in allowed list', 'not-a-ban', 'unverified'],
	[131037, 'WhatsApp provided number needs display name approval before message can be sent', 'not-a-ban', 'meta'],
	[131042, 'Business eligibility payment issue', 'not-a-ban', 'unverified'],
	[131045, 'Incorrect certificate', 'not-a-ban', 'unverified'],
	[131047, 'Re-engagement message', 'not-a-ban', 'meta'],
	[131050, 'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.', 'not-a-ban', 'message'],
	[131051, 'Unsupported message type', 'not-a-ban', 'unverified'],
	[131052, 'Media download error', 'not-a-ban', 'unverified'],
	[131053, 'Media upload error', 'not-a-ban', 'unverified'],
	[131057, 'Account in maintenance mode', 'not-a-ban', 'unverified'],
	[131063, 'Your template is categorized as Marketing, but marketing templates are currently disabled for your Cloud API configuration.', 'not-a-ban', 'message'],
	[130403, 'Unable to deliver the message. This business has blocked the end user on WhatsApp', 'not-a-ban', 'message'],
	[134011, 'Message failed to send because WhatsApp Payments terms of service acceptance is pending for this WhatsApp Business Account.', 'not-a-ban', 'message'],
	[135000, 'Generic user error', 'not-a-ban', 'unverified'],
	// Templates and Flows: the template's problem, not the account's.
	[132000, 'Template Param Count Mismatch', 'not-a-ban', 'unverified'],
	[132001, 'Template does not exist', 'not-a-ban', 'unverified'],
	[132005, 'Template Hydrated Text Too Long', 'not-a-ban', 'unverified'],
	[132007, 'Template Format Character Policy Violated', 'template', 'unverified'],
	[132012, 'Template Parameter Format Mismatch', 'not-a-ban', 'unverified'],
	[132015, 'Template is Paused', 'template', 'unverified'],
	[132016, 'Template is Disabled', 'template', 'unverified'],
	[132068, 'Flow is blocked', 'not-a-ban', 'unverified'],
	[132069, 'Flow is throttled', 'not-a-ban', 'unverified'],
	// Registration.
	[133005, 'Two step verification PIN Mismatch', 'not-a-ban', 'unverified'],
	[133006, 'Phone number re-verification needed', 'not-a-ban', 'unverified'],
	[133008, 'Too Many two step verification PIN Guesses', 'not-a-ban', 'unverified'],
	[133009, 'Two step verification PIN Guessed Too Fast', 'not-a-ban', 'unverified'],
	[133010, 'Phone number Not Registered', 'not-a-ban', 'unverified'],
	// Not Meta's: how they are pasted, with the words that come with them.
	[132008, 'the template could not be sent', 'not-a-ban', 'provider'],
	[141008, 'the account is locked', 'locked', 'provider'],
	[141014, 'WABA banned', 'disabled', 'provider'],
	[463, 'NackCallerReachoutTimelocked', 'app-restriction', 'provider'],
];

// Below 100 and 200-299 are counts and HTTP statuses in running text: their everyday form is the
// Graph error body Meta returns, with Meta's title in the message. 230 stands for the range.
const graph: [code: number, title: string, situation: Situation][] = [
	[0, 'AuthException', 'not-a-ban'],
	[3, 'API Method', 'not-a-ban'],
	[4, 'API Too Many Calls', 'not-a-ban'],
	[10, 'Permission Denied', 'not-a-ban'],
	[33, 'Parameter value is not valid', 'not-a-ban'],
	[200, 'Provide valid app ID', 'not-a-ban'],
	[230, 'API Permission', 'not-a-ban'],
];

const codeSignals = (paste: string) => decode(paste).signals.filter((s) => s.kind === 'code').map((s) => s.value);

describe('one line per error code', () => {
	it('covers every code in the catalogue, and no code twice', () => {
		const listed = [...lines.map(([c]) => String(c)), ...graph.map(([c]) => (c === 230 ? '200-299' : String(c)))];
		expect(new Set(listed).size).toBe(listed.length);
		expect(listed.sort()).toEqual(Object.keys(catalogue.code).sort());
	});

	it.each(lines)('%i: %s', (code, title, situation) => {
		const paste = `${code}: ${title}`;
		const r = decode(paste);
		expect(r.code).toBe(code);
		expect(codeSignals(paste)).toEqual([String(code)]);
		expect(r.situation).toBe(situation);
	});

	it.each(graph)('%i (%s), in a Graph error body', (code, title, situation) => {
		const paste = JSON.stringify({ error: { message: `(#${code}) ${title}`, type: 'OAuthException', code, fbtrace_id: 'AbCdEfGh123' } });
		const r = decode(paste);
		expect(r.code).toBe(code);
		expect(codeSignals(paste)).toEqual([String(code)]);
		expect(r.situation).toBe(situation);
	});

	it('the catalogue’s English titles are Meta’s where it has one', () => {
		const meta = new Map<string, string>([...lines.filter(([, , , s]) => s !== 'provider' && s !== 'message').map(([c, t]) => [String(c), t] as const), ...graph.map(([c, t]) => [c === 230 ? '200-299' : String(c), t] as const)]);
		const differ = Object.entries(catalogue.code).flatMap(([c, k]) => (k.title !== undefined && k.title.replace(/\.$/, '') !== meta.get(c)?.replace(/\.$/, '') ? [`${c}: ${k.title} ≠ ${meta.get(c)}`] : []));
		expect(differ).toEqual([]);
	});
});
