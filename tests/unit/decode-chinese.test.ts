import { describe, expect, it } from 'vitest';
import { decode } from '../../src/domain/decoder/decode';

/** Issue #22 points 3 and 6: the app's screens and Meta's notices in Chinese, with dates and durations written the Chinese way. */
const now = Date.parse('2026-12-07T12:00:00Z');
const texts = (paste: string) => decode(paste, { now }).signals.map((s) => s.text);

describe('the app’s ban screen in Traditional Chinese (WhatsApp’s zh_TW Help Center, both wordings)', () => {
	const screens = ['您的電話號碼已遭禁止使用 WhatsApp,請聯絡客戶服務以獲取協助。', '您的電話號碼已被禁止使用 WhatsApp,請聯絡客戶服務以獲取協助。'];
	it.each(screens.flatMap((s) => [s, s.replace(',', '，')]))('%s', (paste) => {
		const r = decode(paste, { now });
		expect(r.situation).toBe('app-ban');
		expect(texts(paste)).toContain('app.number-banned');
	});
	it('in Simplified characters, full width or cut short', () => {
		for (const paste of ['您的电话号码已被禁止使用 WhatsApp，请联系客服', '您的電話號碼已遭禁止使用ＷｈａｔｓＡｐｐ', '电话号码已被禁止使用WhatsApp']) expect(decode(paste, { now }).situation, paste).toBe('app-ban');
	});
	it('does not read the Help Center article’s other sentences as a ban', () => {
		expect(decode('關於 WhatsApp 帳號禁用', { now }).situation).toBe('unknown');
	});
});

describe('the app’s “not allowed” and “temporarily banned” screens in Chinese', () => {
	// No stored Chinese copy of these two screens was found (see phrases/zh-cn.json): these are the
	// sentences as a mainland or Taiwan owner would paste them from the app or its mail.
	it.each([
		['此账号不允许使用 WhatsApp。如果你认为这是我们的失误，可以申请审核。'],
		['此帐号不能使用WhatsApp'],
		['這個帳號無法使用 WhatsApp'],
		['此帳號不允許使用 WhatsApp。若你認為這是錯誤，可以要求審查。'],
		['此賬號不允許使用ＷｈａｔｓＡｐｐ'],
		['您的账号已被禁止使用 WhatsApp，请联系客服获取帮助。'],
		['你的帳號已遭禁止使用 WhatsApp'],
	])('%s is the app’s ban', (paste) => {
		const r = decode(paste, { now });
		expect(r.situation).toBe('app-ban');
		expect(r.situations).not.toContain('app-restriction');
	});
	it.each([
		['你暂时被禁止使用 WhatsApp，因为你可能违反了我们的服务条款。你可以在以下时间后再次使用 WhatsApp：23:59:12'],
		['您已被暂时禁止使用 WhatsApp'],
		['你暫時遭到禁止使用 WhatsApp，因為你可能違反了我們的服務條款。'],
		['你暫時被禁止使用ＷｈａｔｓＡｐｐ'],
	])('%s is a timed ban, never the permanent one', (paste) => {
		const r = decode(paste, { now });
		expect(r.situation).toBe('app-restriction');
		expect(r.situations).not.toContain('app-ban');
		expect(texts(paste)).toContain('app.temporarily-banned');
	});
	it('does not read an owner’s own words about a number, which name no WhatsApp screen, as the app’s timed ban', () => {
		for (const paste of ['我的 API 号码被暂时封禁了', '您的帳號已暫時停權']) expect(decode(paste, { now }).situations, paste).not.toContain('app-restriction');
	});
	it('does not read a connection error or a blocked contact as a ban', () => {
		for (const paste of ['WhatsApp 暂时无法使用，请稍后重试。', '无法连接，请稍后重试', '此联系人已被你屏蔽', '暫時無法使用 WhatsApp']) expect(decode(paste, { now }).situation, paste).toBe('unknown');
	});
});

describe('Meta’s notices written in Taiwan usage', () => {
	it('a disable notice with Taiwan words', () => {
		const paste = '您的 WhatsApp Business 帳號已遭停用，因為違反了《WhatsApp 商業訊息政策》。您可以申請審查。';
		expect(decode(paste, { now }).situation).toBe('disabled');
		expect(texts(paste)).toEqual(expect.arrayContaining(['notice.disabled', 'notice.violated-policy', 'notice.request-review']));
	});
	it('a scheduled disable is not a disable, and its date is the day it will happen', () => {
		for (const paste of ['您的 WhatsApp Business 帳號將於 2027年1月5日停用，請在那之前申請審查。', '你的 WhatsApp Business 账号将于2027年1月5日停用']) {
			const r = decode(paste, { now });
			expect(r.situation, paste).toBe('scheduled-disable');
			expect(r.disableDate, paste).toBe('2027-01-05');
		}
	});
});

describe('dates written the Chinese way', () => {
	it.each([
		['账号已被停用（2026年12月7日）', '2026-12-07'],
		['帳號已遭停用 2026 年 12 月 7 日', '2026-12-07'],
		['账号已被停用：２０２６年１２月７日', '2026-12-07'],
		['账号已被停用 12月7日', '--12-07'],
		['账号已被停用 12月7号', '--12-07'],
		['帳號已被停用 2026/12/7', '2026-12-07'],
		['账号已被停用 2026-12-07', '2026-12-07'],
	])('%s → %s', (paste, date) => {
		expect(decode(paste, { now }).disableDate).toBe(date);
	});
	it('an impossible day is not read as a date', () => {
		expect(decode('账号已被停用 2026年2月30日', { now }).disableDate).toBe('2026年2月30日');
	});
});

describe('durations and ends of a restriction', () => {
	const english = 'Your WhatsApp Business Account has been restricted from messaging because it violated the WhatsApp Business Messaging Policy. This restriction will last for 30 days.';
	it('“for 30 days” and 「30 天」 are read into the restriction', () => {
		for (const [paste, days] of [
			[english, 30],
			['你的 WhatsApp Business 账户受限，为期 30 天。', 30],
			['您的 WhatsApp Business 帳號受到限制，為期七天。', 7],
			['帳號受限 三十天', 30],
			['Your account has been restricted from messaging: a 7-day block on sending any messages.', 7],
		] as const) {
			const r = decode(paste, { now });
			expect(r.situation, paste).toBe('restriction');
			expect(r.restrictions?.[0]?.days, paste).toBe(days);
		}
	});
	it('a window to appeal in is not how long the restriction lasts', () => {
		expect(decode('Your account has been restricted from messaging. You can request a review within 30 days.', { now }).restrictions).toBeUndefined();
		expect(decode('账户受限。你可以在 30 天内申请复审。', { now }).restrictions).toBeUndefined();
		expect(decode('账户受限 12月7日', { now }).restrictions?.[0]?.days).toBeUndefined();
	});
	it('a restriction whose end date is past has ended; one still to come has not', () => {
		expect(decode('帳號受限，至 2026年1月5日', { now }).situation).toBe('ended');
		const coming = decode('账户受限，至 2027年1月5日', { now });
		expect(coming.situation).toBe('restriction');
		expect(coming.restrictions?.[0]?.endsAt).toBe('2027-01-05T00:00:00.000Z');
	});
});
