/**
 * Pastes written from the documented shapes (meta-appeal-facts.md §7.3, reviews/facts-2026-12.md §4):
 * Meta's account_update webhook at every depth an owner may copy, the WATI and YCloud wrappers,
 * a WABA read through the Graph API, Graph API error bodies and message statuses. Ids are made up.
 */

export const wabaId = '102290129340398';

/** The whole webhook body Meta posts. */
export function webhookBody(value: object): string {
	return JSON.stringify({
		object: 'whatsapp_business_account',
		entry: [{ id: wabaId, time: 1799395200, changes: [{ field: 'account_update', value }] }],
	});
}
/** One entry, as some logs print it. */
export function entryOnly(value: object): string {
	return JSON.stringify({ id: wabaId, time: 1799395200, changes: [{ field: 'account_update', value }] }, null, 2);
}
/** One change. */
export function changeOnly(value: object): string {
	return JSON.stringify({ field: 'account_update', value });
}
/** Only the value. */
export function valueOnly(value: object): string {
	return JSON.stringify(value, null, 4);
}
export const depths = { webhookBody, entryOnly, changeOnly, valueOnly };

export const wati = (fields: object) => JSON.stringify({ eventType: 'accountUpdated', wabaId, ...fields });
export const ycloud = (account: object) =>
	JSON.stringify({
		id: 'evt_4kQ2mZr8',
		type: 'whatsapp.business_account.updated',
		apiVersion: 'v2',
		createTime: '2026-12-03T09:15:00.000Z',
		whatsappBusinessAccount: { id: wabaId, name: 'Corner Shop', ...account },
	});

/** A Graph API error response for `code`. */
export const graphError = (code: number, message: string) =>
	JSON.stringify({ error: { message: `(#${code}) ${message}`, type: 'OAuthException', code, error_data: { messaging_product: 'whatsapp', details: message }, fbtrace_id: 'AbCdEfGh123' } });

/** A message status webhook value whose send failed with `code`. */
export const failedStatus = (code: number, title: string) =>
	webhookBody({
		messaging_product: 'whatsapp',
		metadata: { display_phone_number: '85200000000', phone_number_id: '106540352242922' },
		statuses: [{ id: 'wamid.HBgLODUyMDAwMDAwMDAVAgARGBI', status: 'failed', timestamp: '1799395200', recipient_id: '85200000001', errors: [{ code, title, message: title, error_data: { details: title } }] }],
	});

/** Meta's titles as the error table gives them (Meta's error-codes page, Jun 18, 2026). */
export const metaTitles: Record<number, string> = {
	368: 'Temporarily blocked for policies violations',
	131031: 'Business Account locked',
	130497: 'Business account is restricted from messaging users in this country',
	131048: 'Spam rate limit hit',
	131049: 'This message was not delivered to maintain healthy ecosystem engagement.',
	131042: 'Business eligibility payment issue',
	131056: '(Business Account, Consumer Account) pair rate limit hit',
	131050: 'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.',
	139000: 'Flow blocked by integrity',
	141008: 'Request failed',
	141014: 'Request failed',
};
