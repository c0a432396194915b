import { describe, expect, it } from 'vitest';
import { catalogue, decode, phrases, signalKinds, signalText, situations, toCalendarDate, toInstant, type Situation } from '../../src/domain/decoder/decode';
import { formatBanDate, formatInstant, handPicks, routes, wizardHref, wizardHrefFor } from '../../src/domain/decoder/decode-routes';
import { banReasons } from '../../src/domain/flow/reasons';
import { changeOnly, depths, failedStatus, graphError, metaTitles, valueOnly, wati, webhookBody, ycloud } from './decode-fixtures';

const at = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

describe('account_update events, at every depth an owner may copy', () => {
	const events: [string, object, Situation][] = [
		['ACCOUNT_VIOLATION', { event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'ADULT' } }, 'violation'],
		['ACCOUNT_RESTRICTION', { event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1800000000 }] }, 'restriction'],
		['DISABLED_UPDATE (disable)', { event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'DISABLE', waba_ban_date: 'January 2, 2027' } }, 'disabled'],
		['DISABLED_UPDATE (scheduled, as a list)', { event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: ['SCHEDULE_FOR_DISABLE'], waba_ban_date: 'January 2, 2027' } }, 'scheduled-disable'],
		['DISABLED_UPDATE (reinstated)', { event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'REINSTATE', waba_ban_date: 'January 2, 2027' } }, 'reinstated'],
		// Meta puts disconnection_info on PARTNER_REMOVED (research/meta-signals.md §2.1); ACCOUNT_OFFBOARDED is a device change or re-registration.
		['PARTNER_REMOVED (disconnected by the system)', { event: 'PARTNER_REMOVED', disconnection_info: { reason: 'ACCOUNT_DISCONNECTED', initiated_by: 'SYSTEM' } }, 'disconnected'],
		['PARTNER_REMOVED (primary inactive)', { event: 'PARTNER_REMOVED', disconnection_info: { reason: 'PRIMARY_INACTIVITY', initiated_by: 'SYSTEM' } }, 'not-a-ban'],
		['ACCOUNT_OFFBOARDED', { event: 'ACCOUNT_OFFBOARDED' }, 'not-a-ban'],
		['ACCOUNT_RECONNECTED', { event: 'ACCOUNT_RECONNECTED' }, 'not-a-ban'],
		['ACCOUNT_DELETED', { event: 'ACCOUNT_DELETED' }, 'not-a-ban'],
		...[
			'PARTNER_ADDED',
			'PARTNER_REMOVED',
			'PARTNER_APP_INSTALLED',
			'PARTNER_APP_UNINSTALLED',
			'PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE',
			'AD_ACCOUNT_LINKED',
			'MM_LITE_TERMS_SIGNED',
			'AUTH_INTL_PRICE_ELIGIBILITY_UPDATE',
			'BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE',
			'VOLUME_BASED_PRICING_TIER_UPDATE',
			'VERIFIED_ACCOUNT',
		].map((event): [string, object, Situation] => [event, { event, waba_info: { waba_id: '102290129340398', owner_business_id: '3457299094367234' } }, 'not-a-ban']),
	];
	const cases = events.flatMap(([name, value, situation]) => Object.entries(depths).map(([depth, wrap]) => [name, depth, wrap(value), situation] as const));

	it.each(cases)('%s, pasted as %s', (_name, _depth, paste, situation) => {
		const result = decode(paste);
		expect(result.situation).toBe(situation);
		expect(result.signals.some((s) => s.kind === 'event' && s.text)).toBe(true);
		expect(result.evidence.some((e) => e.includes('"event"'))).toBe(true);
	});

	it('covers every event of the reference', () => {
		expect(new Set(events.map(([name]) => name.split(' ')[0]))).toEqual(new Set(Object.keys(catalogue.event)));
	});

	it('keeps each restriction with its own end date and Meta’s remediation text as written', () => {
		const remediation = 'Review the WhatsApp Business Messaging Policy and remove the promotional content from your templates.';
		const result = decode(
			webhookBody({
				event: 'ACCOUNT_RESTRICTION',
				restriction_info: [
					{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1800000000, remediation },
					{ expiration: 1800086400, restriction_type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION' },
				],
			}),
		);
		expect(result.restrictions).toEqual([
			{ type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', endsAt: at(1800000000), remediation },
			{ type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', endsAt: at(1800086400) },
		]);
		expect(result.reason).toBeUndefined();
	});

	it('reads the ban date as a calendar date', () => {
		expect(decode(changeOnly({ event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'SCHEDULE_FOR_DISABLE', waba_ban_date: 'January 2, 2027' } })).disableDate).toBe('2027-01-02');
	});

	it('lets the disconnection reason decide: only ACCOUNT_DISCONNECTED started by SYSTEM can be enforcement', () => {
		for (const reason of Object.keys(catalogue.disconnection)) {
			for (const by of ['SYSTEM', 'USER']) {
				const result = decode(valueOnly({ event: 'PARTNER_REMOVED', disconnection_info: { reason, initiated_by: by } }));
				expect(result.situation, `${reason} by ${by}`).toBe(reason === 'ACCOUNT_DISCONNECTED' && by === 'SYSTEM' ? 'disconnected' : 'not-a-ban');
				expect(result.signals.find((s) => s.kind === 'disconnection')?.text).toBe(`disconnection.${reason}`);
			}
		}
	});
});

describe('restriction types', () => {
	it.each(Object.keys(catalogue.restriction))('%s', (type) => {
		const result = decode(webhookBody({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: type, expiration: 1800000000 }] }));
		// Issue #22: calling restrictions are Meta's quality measures on calling, not messaging bans
		// (was 'restriction' for all but the hidden call button); a restriction on utility templates is
		// not headlined as a timed ban of the account (was 'restriction').
		const expected = /CALLING/.test(type) ? 'calling-limit' : /UTILITY_TEMPLATES/.test(type) ? 'template-limit' : 'restriction';
		expect(decode(valueOnly({ restriction_info: [{ restriction_type: type, expiration: 1800000000 }] })).situation).toBe(expected);
		expect(result.situation).toBe(expected);
		expect(result.restrictions).toEqual([{ type, endsAt: at(1800000000) }]);
		expect(result.signals.find((s) => s.kind === 'restriction')?.text).toBeTruthy();
		// A utility-template restriction may point to misclassification: said in the text, never preset.
		expect(result.reason).toBeUndefined();
	});

	it('reads the older spelling with the same meaning', () => {
		const result = decode(valueOnly({ restriction_info: [{ restriction_type: 'RESTRICTION_ON_ADD_PHONE_NUMBER_ACTION', expiration: 1800000000 }] }));
		expect(result.signals[0]!.text).toBe('restriction.RESTRICTED_ADD_PHONE_NUMBER_ACTION');
	});

	it('reads a restriction name in running text, with no date', () => {
		const result = decode('Our provider says: RESTRICTED_CUSTOMER_INITIATED_MESSAGING since this morning');
		expect(result.situation).toBe('restriction');
		expect(result.restrictions).toEqual([{ type: 'RESTRICTED_CUSTOMER_INITIATED_MESSAGING' }]);
	});
});

describe('violation types', () => {
	it.each([
		['ALCOHOL', 'restricted-industry'],
		['ADULT', 'restricted-industry'],
		['SCAM', undefined],
	])('%s presets reason %s', (type, reason) => {
		const result = decode(webhookBody({ event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: type } }));
		expect(result.situation).toBe('violation');
		expect(result.violationType).toBe(type);
		expect(result.reason).toBe(reason);
		expect(routes[result.situation].wizard).not.toBe('scam-offer');
	});

	it('keeps an unknown violation type verbatim, says it is unknown, and guesses no reason', () => {
		const result = decode(webhookBody({ event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'Spam_Misleading-2026' } }));
		expect(result.violationType).toBe('Spam_Misleading-2026');
		expect(result.situation).toBe('violation');
		expect(result.reason).toBeUndefined();
		const signal = result.signals.find((s) => s.kind === 'violation')!;
		expect(signal.value).toBe('Spam_Misleading-2026');
		expect(signal.text).toBeUndefined();
	});
});

describe('provider wrappers and the Graph API', () => {
	it('WATI accountUpdated: violationInfo, banInfo and restriction_info with ISO expirations', () => {
		const result = decode(
			wati({
				event: 'ACCOUNT_RESTRICTION',
				violationInfo: { violation_type: 'ALCOHOL' },
				restriction_info: [
					{ restriction_type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', expiration: '2027-04-19T13:59:20+0000' },
					{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: '2027-04-19T13:59:20+0000' },
				],
			}),
		);
		expect(result.situation).toBe('restriction');
		expect(result.reason).toBe('restricted-industry');
		expect(result.restrictions?.map((r) => r.endsAt)).toEqual(['2027-04-19T13:59:20.000Z', '2027-04-19T13:59:20.000Z']);
	});

	it('WATI banInfo', () => {
		const result = decode(wati({ event: 'DISABLED_UPDATE', banInfo: { waba_ban_state: 'DISABLE', waba_ban_date: 'December 9, 2026' } }));
		expect(result.situation).toBe('disabled');
		expect(result.disableDate).toBe('2026-12-09');
	});

	it('WATI’s documented placeholders are no values', () => {
		const result = decode(wati({ event: 'message.Event', violationInfo: { violation_type: 'message.ViolationType' }, banInfo: { waba_ban_state: 'message.WabaBanState' } }));
		expect(result.signals).toEqual([]);
		expect(result.situation).toBe('unknown');
	});

	it('YCloud whatsapp.business_account.updated: updateEvent, banState, banDate, violationType, restrictions[]', () => {
		const scheduled = decode(ycloud({ updateEvent: 'DISABLED_UPDATE', banState: 'SCHEDULE_FOR_DISABLE', banDate: 'January 2, 2027', violationType: 'SCAM' }));
		expect(scheduled.situation).toBe('scheduled-disable');
		expect(scheduled.disableDate).toBe('2027-01-02');
		expect(scheduled.violationType).toBe('SCAM');
		expect(scheduled.reason).toBeUndefined();
		const restricted = decode(ycloud({ updateEvent: 'ACCOUNT_RESTRICTION', restrictions: [{ restrictionType: 'RESTRICTED_CUSTOMER_INITIATED_MESSAGING', expiration: '2027-01-15T08:00:00.000Z' }] }));
		expect(restricted.restrictions).toEqual([{ type: 'RESTRICTED_CUSTOMER_INITIATED_MESSAGING', endsAt: '2027-01-15T08:00:00.000Z' }]);
	});

	it('a WABA read through the Graph API (ban_state, banState, violationType)', () => {
		expect(decode(JSON.stringify({ id: '102290129340398', name: 'Corner Shop', ban_state: 'DISABLE' })).situation).toBe('disabled');
		const ycloudRead = decode(JSON.stringify({ id: '102290129340398', banState: 'SCHEDULE_FOR_DISABLE', banDate: 'December 9, 2022', violationType: 'SCAM', removedReason: 'ACCOUNT_DISCONNECTED', removedInitiatedBy: 'USER' }));
		expect(ycloudRead.situation).toBe('scheduled-disable');
		expect(ycloudRead.signals.map((s) => s.kind)).toEqual(['state', 'violation', 'disconnection', 'initiator']);
	});

	it('keeps an unknown ban state verbatim', () => {
		const result = decode(wati({ banInfo: { waba_ban_state: 'banned' } }));
		expect(result.signals).toEqual([{ kind: 'state', value: 'banned' }]);
	});
});

describe('error codes', () => {
	const expected: Record<string, Situation> = {
		368: 'policy-block',
		131031: 'locked',
		130497: 'country-restriction',
		131048: 'not-a-ban',
		131049: 'not-a-ban',
		131042: 'not-a-ban',
		131056: 'not-a-ban',
		131050: 'not-a-ban',
		139000: 'violation',
		141008: 'locked',
		141014: 'disabled',
		463: 'app-restriction',
		// Issue #22: the everyday sending errors, each "not a ban", or a template's problem.
		...Object.fromEntries(
			[100, 190, 131005, 131047, 131026, 131000, 131016, 135000, 131008, 131009, 131021, 131051, 132000, 132005, 132008, 132012, 132001, 131030, 131045, 131057, 131052, 131053, 130429, 80007, 132068, 132069].map((c) => [c, 'not-a-ban' as Situation]),
		),
		132007: 'template',
		132015: 'template',
		132016: 'template',
		// Issue #22, remaining codes: only 131064 (template misclassification) is enforcement.
		131064: 'template-limit',
		...Object.fromEntries([130403, 131037, 131063, 133005, 133006, 133008, 133009, 133010, 133016, 134011].map((c) => [c, 'not-a-ban' as Situation])),
		// Read only from a Graph error's own code field (0-99 and 2xx are counts and HTTP statuses in running text).
		...Object.fromEntries(['0', '3', '4', '10', '33', '200', '200-299'].map((c) => [c, 'not-a-ban' as Situation])),
	};

	it('covers every code of the reference', () => {
		expect(Object.keys(expected).sort()).toEqual(Object.keys(catalogue.code).sort());
	});

	it.each(Object.entries(metaTitles))('%s in a Graph API error body and in a message status', (code, title) => {
		for (const paste of [graphError(Number(code), title), failedStatus(Number(code), title)]) {
			const result = decode(paste);
			expect(result.code).toBe(Number(code));
			expect(result.situation).toBe(expected[code]);
			expect(result.reason).toBe(code === '130497' ? 'restricted-industry' : undefined);
		}
	});

	it.each([
		['131031', 131031],
		['  368\n', 368],
		['(#368)', 368],
		['#131048', 131048],
		['(#131031) Business Account locked', 131031],
		['#131031 Business Account locked', 131031],
		['{"message": "#368 Temporarily blocked for policy violations"}', 368],
		['Error #131031', 131031],
		['error 130497', 130497],
		['Error code: 131049', 131049],
		['code=131042', 131042],
		['错误 131031', 131031],
		['错误代码：368', 368],
		['錯誤碼：131031', 131031],
		['發送失敗，錯誤 131056', 131056],
		['{"code": "131050"}', 131050],
		['send failed, status 463', 463],
		['{"statusCode": 463, "message": "account restricted"}', 463],
	])('reads %j as %i', (paste, code) => {
		expect(decode(paste).code).toBe(code);
	});

	it.each([
		'+852 6131 0311',
		'Call 1310 3136 8000',
		'WABA ID 102290129340398 phone number id 106540352242922',
		'{"id": "131031", "phone_number": "852131031", "wa_id": "368"}',
		'wamid.HBgLODUyMTMxMDMxMDMxFQIAERgSMTMxMDMx',
		'barcode 131031',
		'&#368; &#131031;',
		'Order 131031 shipped',
		'Order #368 shipped',
		'Ticket #131031 opened',
		'WhatsApp code: 368-123',
		'Error 85261310311',
	])('finds no code in %j', (paste) => {
		expect(decode(paste).code).toBeUndefined();
	});

	it('keeps an unknown code, says it is unknown and guesses nothing', () => {
		// 132000 (the old fixture) is in the catalogue now; 133999 is in no table we know.
		const result = decode('(#133999) Number of parameters does not match');
		expect(result.code).toBe(133999);
		expect(result.signals).toEqual([{ kind: 'code', value: '133999' }]);
		expect(result.situation).toBe('unknown');
	});

	it('prefers a known code to an unknown one', () => {
		expect(decode('error 100, then (#131031) Business Account locked').code).toBe(131031);
	});

	it('reads Meta’s English titles without the code', () => {
		for (const [code, title] of Object.entries(metaTitles)) {
			if (code.startsWith('141')) continue;
			expect(decode(title).code, title).toBe(Number(code));
		}
	});
});

describe('the WhatsApp app and unofficial clients', () => {
	it.each([
		['Your account is restricted right now', 'app-restriction'],
		['WhatsApp Web is restricted for your account right now', 'app-restriction'],
		['Your account on linked devices is restricted right now', 'app-restriction'],
		['You won’t be able to start new chats and use some other features for now.', 'app-restriction'],
		['Your account may be restricted soon', 'app-warning'],
		['This account is not allowed to use WhatsApp', 'app-ban'],
		["This account can't use WhatsApp", 'app-ban'],
		['[baileys] NackCallerReachoutTimelocked', 'app-restriction'],
		['error 463 sending to 85291234567', 'app-restriction'],
	])('%j → %s', (paste, situation) => {
		expect(decode(paste).situation).toBe(situation);
	});

	it('reads a commerce category from the app’s text and names the reason only for a listed good', () => {
		const alcohol = decode('Your account is restricted right now. Recent activity may not have followed the WhatsApp Business Messaging Policy on buying, selling, or promoting the exchange of alcohol.');
		expect(alcohol.situation).toBe('app-restriction');
		expect(alcohol.reason).toBe('restricted-industry');
		expect(decode('Recent activity on your account may be a sign of sending spam. Your account is restricted right now').reason).toBeUndefined();
	});

	it('reads an unofficial client’s timelock with its end time', () => {
		const waha = decode(JSON.stringify({ me: { id: '85291234567@c.us', reachoutTimelock: { enforcementType: 'BIZ_QUALITY', isActive: true, timeEnforcementEnds: 1800000000 } } }));
		expect(waha.situation).toBe('app-restriction');
		expect(waha.restrictions).toEqual([{ type: 'BIZ_QUALITY', endsAt: at(1800000000) }]);
		expect(waha.reason).toBeUndefined();
		const baileys = decode(JSON.stringify({ is_active: true, time_enforcement_ends: '1798675200', enforcement_type: 'BIZ_COMMERCE_VIOLATION_ALCOHOL' }));
		expect(baileys.reason).toBe('restricted-industry');
		expect(baileys.restrictions).toEqual([{ type: 'BIZ_COMMERCE_VIOLATION_ALCOHOL', endsAt: at(1798675200) }]);
		// Supplements are not on the Business Messaging Policy's restricted list.
		expect(decode(JSON.stringify({ is_active: true, enforcement_type: 'BIZ_COMMERCE_VIOLATION_SUPPLEMENTS' })).reason).toBeUndefined();
		const over = decode(JSON.stringify({ reachoutTimelock: { enforcementType: 'BIZ_QUALITY', isActive: false } }));
		expect(over.situation).toBe('not-a-ban');
		expect(over.restrictions).toBeUndefined();
	});

	it.each([
		['CAPPED', 'app-restriction'],
		['FIRST_WARNING', 'app-warning'],
		['SECOND_WARNING', 'app-warning'],
		['NONE', 'not-a-ban'],
	])('new-chat quota %s → %s', (status, situation) => {
		expect(decode(JSON.stringify({ messageCapping: { cappingStatus: status, totalQuota: 1000, usedQuota: 640 } })).situation).toBe(situation);
	});
});

describe('Meta’s English labels', () => {
	it('reads Business Support Home’s labels as written, not every lower-case mention', () => {
		expect(decode('WhatsApp accounts\nCorner Shop\nAccount disabled').situation).toBe('disabled');
		expect(decode('Assets restricted').situation).toBe('policy-block');
		expect(decode('is my account disabled?').situation).toBe('unknown');
	});
});

describe('which signal leads', () => {
	it('a disable outweighs a violation, a restriction outweighs a violation', () => {
		expect(decode(webhookBody({ event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'DISABLE' }, violation_info: { violation_type: 'ALCOHOL' } })).situation).toBe('disabled');
		const both = [webhookBody({ event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'ALCOHOL' } }), webhookBody({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1800000000 }] })].join('\n');
		const result = decode(both);
		expect(result.situation).toBe('restriction');
		expect(result.reason).toBe('restricted-industry');
	});

	it('a bare DISABLED_UPDATE says nothing about which way', () => {
		expect(decode(valueOnly({ event: 'DISABLED_UPDATE' })).situation).toBe('unknown');
	});

	it('an unknown event is kept, with no explanation and no situation', () => {
		const result = decode(valueOnly({ event: 'ACCOUNT_SOMETHING_NEW' }));
		expect(result.signals).toEqual([{ kind: 'event', value: 'ACCOUNT_SOMETHING_NEW' }]);
		expect(result.situation).toBe('unknown');
	});
});

describe('dates', () => {
	it.each([
		[1800000000, '2027-01-15T08:00:00.000Z'],
		['1800000000', '2027-01-15T08:00:00.000Z'],
		[1800000000123, '2027-01-15T08:00:00.123Z'],
		['2027-01-15T08:00:00Z', '2027-01-15T08:00:00.000Z'],
		['2027-01-15T08:00:00.000Z', '2027-01-15T08:00:00.000Z'],
		['2027-01-15T16:00:00+0800', '2027-01-15T08:00:00.000Z'],
		['2027-01-15T03:00:00-05:00', '2027-01-15T08:00:00.000Z'],
		['2027-01-15 08:00', '2027-01-15T08:00:00.000Z'],
	])('expiration %j is the instant %s', (value, iso) => {
		expect(toInstant(value)).toBe(iso);
	});

	it.each(['tomorrow', '2027-02-30T00:00:00Z', '2027-01-15T25:00:00Z', '12', '-1800000000', '99999999999999'])('%j is no instant', (value) => {
		expect(toInstant(value)).toBeUndefined();
	});

	it.each([
		['January 2, 2027', '2027-01-02'],
		['Jan 2, 2027', '2027-01-02'],
		['December 31 2026', '2026-12-31'],
		['2027-01-02', '2027-01-02'],
	])('ban date %j is the day %s', (value, day) => {
		expect(toCalendarDate(value)).toBe(day);
	});

	it('keeps a ban date it cannot read as it was given', () => {
		expect(toCalendarDate('February 30, 2027')).toBeUndefined();
		expect(decode(wati({ banInfo: { waba_ban_state: 'DISABLE', waba_ban_date: '下周一' } })).disableDate).toBe('下周一');
	});

	it('shows a ban date as the same day in every time zone, and an instant in the visitor’s', () => {
		const zones = ['Pacific/Kiritimati', 'Asia/Hong_Kong', 'UTC', 'America/New_York', 'Pacific/Pago_Pago'];
		for (const lang of ['en', 'zh-CN', 'zh-TW']) {
			const days = new Set(zones.map((z) => formatBanDate('2027-01-02', lang, z)));
			expect(days.size, lang).toBe(1);
			expect([...days][0]).toMatch(/2027/);
		}
		expect(formatBanDate('2027-01-02', 'en', 'Pacific/Pago_Pago')).toContain('January 2');
		const instants = new Set(zones.map((z) => formatInstant('2027-01-02T00:00:00.000Z', 'en', z)));
		expect(instants.size).toBeGreaterThan(2);
		expect(formatInstant('2027-01-02T00:00:00.000Z', 'en', 'Pacific/Pago_Pago')).toContain('January 1');
		expect(formatBanDate('next Monday', 'en')).toBe('next Monday');
	});
});

describe('broken and hostile input', () => {
	const body = webhookBody({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1800000000 }] });

	it('never throws on any truncation of a body, and reads what survives', () => {
		for (let cut = 0; cut <= body.length; cut++) expect(() => decode(body.slice(0, cut))).not.toThrow();
		const typeEnds = body.indexOf('MESSAGING"') + 'MESSAGING"'.length;
		expect(decode(body.slice(0, typeEnds)).situation).toBe('restriction');
		expect(decode(body.slice(0, typeEnds - 3)).restrictions?.[0]?.type).not.toBe('RESTRICTED_BIZ_INITIATED_MESSAGI');
	});

	it.each([
		['markup', '<script>alert("x")</script><img src=x onerror=alert(1)>'],
		['a closing script tag in a value', '{"event": "</script><script>alert(1)</script>"}'],
		['unbalanced brackets', '}}}]]]{"event": "ACCOUNT_VIOLATION"'],
		['deep nesting', `${'['.repeat(200_000)}{"event": "ACCOUNT_VIOLATION"}`],
		['deep objects', `${'{"a":'.repeat(100_000)}1`],
		['an open quote', `"${'x'.repeat(100_000)}`],
		['control characters', '\u0000\u0001\u0002{"event":\u0000"ACCOUNT_VIOLATION"}'],
		['lone surrogates', '\ud800{"event": "\udfffACCOUNT"}'],
		['escapes', String.raw`{"event": "\u0041CCOUNT_VIOLATION", "bad": "\x"}`],
		['prototype keys', '{"__proto__": {"event": "ACCOUNT_VIOLATION"}, "constructor": "DISABLE", "toString": 368}'],
	])('survives %s', (_name, paste) => {
		const result = decode(paste);
		expect(situations).toContain(result.situation);
		for (const e of result.evidence) expect(e.length).toBeLessThanOrEqual(140);
	});

	it('treats names of JavaScript’s own object members as unknown values', () => {
		const result = decode(wati({ violationInfo: { violation_type: 'toString' }, banInfo: { waba_ban_state: '__proto__' }, event: 'CONSTRUCTOR' }));
		expect(result.situation).toBe('violation');
		expect(result.violationType).toBe('toString');
		expect(result.signals.every((s) => s.text === undefined)).toBe(true);
	});

	it('reads JSON escapes as JSON does', () => {
		expect(decode(String.raw`{"event": "\u0041CCOUNT_VIOLATION"}`).situation).toBe('violation');
	});

	it('returns a result for anything that is not text', () => {
		for (const value of [undefined, null, 42, {}, []]) expect(decode(value).situation).toBe('unknown');
	});

	it('reads a long log around the keys that matter, each object on its own', () => {
		const line = `${failedStatus(131049, metaTitles[131049]!)}\n`;
		const noise = line.repeat(Math.ceil(150_000 / line.length));
		const event = (type: string, expiration: number) => `${webhookBody({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: type, expiration }] })}\n`;
		const log = `${noise}${event('RESTRICTED_BIZ_INITIATED_MESSAGING', 1800000000)}${noise}${noise}${event('RESTRICTED_ADD_PHONE_NUMBER_ACTION', 1800086400)}${noise}`;
		expect(log.length).toBeGreaterThan(200_000);
		const result = decode(log);
		expect(result.restrictions).toEqual([
			{ type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', endsAt: at(1800000000) },
			{ type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', endsAt: at(1800086400) },
		]);
		expect(result.code).toBe(131049);
	});

	it('reads a megabyte of webhooks minified onto one line (the bench prints how long it takes)', () => {
		const one = JSON.parse(body) as unknown;
		const paste = JSON.stringify(Array(Math.ceil(1_048_576 / body.length)).fill(one));
		expect(paste.length).toBeGreaterThan(1_000_000);
		expect(paste).not.toContain('\n');
		expect(decode(paste).situation).toBe('restriction');
	});

	it('returns for a megabyte of mixed paste (the bench prints how long it takes)', () => {
		const piece = `${failedStatus(131049, metaTitles[131049]!)}\nLorem ipsum "quoted" don't {a: 1} error code: 12, #ab\n`;
		const paste = `${piece.repeat(Math.ceil(1_048_576 / piece.length))}${body}`;
		expect(paste.length).toBeGreaterThan(1_000_000);
		const result = decode(paste);
		expect(result.situation).toBe('restriction');
		expect(result.evidence.length).toBeLessThanOrEqual(24);
	});
});

describe('the way into the wizard', () => {
	it('maps every situation to a wizard answer id of the contract and a guide page', () => {
		const contract = ['account-notice', 'temporary-block', 'number-status', 'unofficial-tool', 'delivery-only', 'scam-offer', 'not-sure', 'timed-restriction', 'app-ban'];
		expect(Object.keys(routes).sort()).toEqual([...situations].sort());
		for (const route of Object.values(routes)) if (route.wizard) expect(contract).toContain(route.wizard);
		expect([...handPicks].sort()).toEqual([...contract].sort());
	});

	it('passes only the situation and reason ids, never the paste', () => {
		const paste = '{"error": {"message": "(#130497) Business account is restricted from messaging users in this country", "code": 130497}, "to": "85291234567", "token": "EAAGm0PX4ZCpsBA"}';
		// Issue #22: an API error alone is no notice, so the wizard gets the reason the code names and
		// no "Meta notified me" preset (was situation=account-notice).
		const href = wizardHrefFor('/unban/zh-tw/appeal/', decode(paste))!;
		expect(href).toBe('/unban/zh-tw/appeal/?reason=restricted-industry');
		const notice = webhookBody({ event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'ALCOHOL' } });
		expect(wizardHrefFor('/unban/zh-tw/appeal/', decode(notice))).toBe('/unban/zh-tw/appeal/?situation=account-notice&reason=restricted-industry');
		const url = new URL(href, 'https://example.org');
		expect([...url.searchParams.keys()]).toEqual(['reason']);
		expect(banReasons).toContain(url.searchParams.get('reason'));
		expect(wizardHref('/en/appeal/', 'timed-restriction')).toBe('/en/appeal/?situation=timed-restriction');
		expect(wizardHref('/en/appeal/', undefined)).toBeUndefined();
	});

	it('sets a reason only from the reason table, never a guess', () => {
		const named = new Set(Object.values(catalogue).flatMap((t) => Object.values(t).flatMap((k) => (k.r ? [k.r] : []))));
		expect([...named]).toEqual(['restricted-industry']);
	});
});

describe('the catalogue', () => {
	it('gives every known value and phrase an explanation id', () => {
		for (const kind of Object.keys(catalogue) as (keyof typeof catalogue)[]) {
			for (const id of Object.keys(catalogue[kind])) expect(signalText(kind, id), `${kind} ${id}`).toMatch(/^\w+\.[\w-]+$/);
		}
		for (const p of phrases) expect(signalKinds).toContain(p.kind);
		expect(signalText('appType', 'BIZ_COMMERCE_VIOLATION_WEAPONS')).toBe('appType.commerce');
		expect(signalText('event', 'NOT_AN_EVENT')).toBeUndefined();
	});
});
