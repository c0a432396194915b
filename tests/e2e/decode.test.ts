import { contentOf } from '../unit/content';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { axeViolations } from './axe';
import localeConfig from '../../content/locales.json';

const baseUrl = inject('baseUrl');
const basePath = inject('basePath').replace(/\/?$/, '/');
const browser = useBrowser();
const locales = localeConfig.locales.map((l) => l.slug);

// A Graph API error with a phone number and a token in it: neither may reach a URL.
const paste = JSON.stringify({
	error: { message: '(#130497) Business account is restricted from messaging users in this country', type: 'OAuthException', code: 130497, fbtrace_id: 'AbCdEfGh123' },
	to: '85291234567',
	access_token: 'EAAGm0PX4ZCpsBAdecodertest',
});

async function read(page: Page, text: string) {
	await page.fill('#decoder-input', text);
	await page.click('.decoder-form button[type="submit"]');
	await page.waitForSelector('[data-decode-result]:not([hidden]) h2');
}

async function wizardLink(page: Page): Promise<URL> {
	const href = await page.getAttribute('[data-decode-result] a.button.primary', 'href');
	return new URL(href!, page.url());
}

describe('the decoder page', () => {
	it.each(locales)('%s: a paste shows what it is and continues into the wizard with the situation and reason, sending nothing', async (locale) => {
		const { context, page, problems } = await watchedPage(browser());
		await page.goto(new URL(`${locale}/decode/`, baseUrl).href);
		await read(page, paste);

		// The result takes the focus, so keyboard and screen-reader users land on it.
		expect(await page.evaluate(() => document.activeElement?.matches('[data-decode-result]'))).toBe(true);
		const result = page.locator('[data-decode-result]');
		expect(await result.locator('.decode-evidence code').allTextContents()).toContain('(#130497)');
		expect(await result.locator('.decode-found code').allTextContents()).toContain('130497');
		// Its meaning in this language, from the fetched data (each value carries its own explanation).
		const signals = (contentOf('signals', locale) as { signals: Record<string, string> }).signals;
		expect(await result.locator('.decode-found span').allTextContents()).toContain(signals['code.130497']);

		const link = await wizardLink(page);
		expect(link.origin).toBe(new URL(baseUrl).origin);
		expect(link.pathname).toBe(`${basePath}${locale}/appeal/`);
		// Issue #22: an API error alone is no notice from Meta, so only the reason it names is preset
		// (was situation=account-notice as well).
		expect([...link.searchParams]).toEqual([['reason', 'restricted-industry']]);
		for (const a of await result.locator('a').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href))) {
			expect(a).not.toMatch(/85291234567|EAAGm0PX4ZCpsBA|fbtrace/);
		}

		// One click on an example reads it: a timed restriction, with its end date in this language.
		await page.click('button[data-paste] >> nth=0');
		await page.waitForFunction(() => document.querySelector('[data-decode-result] a.button.primary')?.getAttribute('href')?.includes('temporary-block'));
		expect([...(await wizardLink(page)).searchParams]).toEqual([['situation', 'temporary-block']]);
		expect(await result.locator('ul').first().textContent()).toMatch(/2027/);

		// Nothing was stored.
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
		const guide = await result.locator('a.button:not(.primary)').getAttribute('href');
		expect((await page.goto(new URL(guide!, page.url()).href))?.status()).toBe(200);
		await context.close();
		expect(problems).toEqual([]);
	});

	it.each(locales)('%s: what it cannot read offers the wizard’s first answers by hand, and markup stays text', async (locale) => {
		const { context, page, problems } = await watchedPage(browser());
		await page.goto(new URL(`${locale}/decode/`, baseUrl).href);
		await page.click('.decoder-form button[type="submit"]');
		expect(await page.getAttribute('#decoder-input', 'aria-invalid')).toBe('true');
		expect(await page.isVisible('[data-decode-error]')).toBe(true);

		await read(page, '{"violation_info": {"violation_type": "X<img src=x onerror=window.pwned=1>"}} 我的账号被封了');
		expect(await page.locator('[data-decode-result] img').count()).toBe(0);
		expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
		expect(await page.locator('.decode-found code').allTextContents()).toContain('X<img src=x onerror=window.pwned=1>');

		await read(page, 'Bonjour, je ne sais pas');
		const picks = await page.locator('[data-decode-result] ul a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href)));
		expect(picks.map((u) => u.searchParams.get('situation'))).toEqual(['account-notice', 'temporary-block', 'number-status', 'unofficial-tool', 'delivery-only', 'scam-offer', 'timed-restriction', 'app-ban', 'not-sure']);
		for (const u of picks) expect([...u.searchParams.keys()]).toEqual(['situation']);
		await context.close();
		expect(problems).toEqual([]);
	});

	// Every kind of result the page shows: dates and Meta's remediation, two findings at once with
	// Meta's words, a "not a ban", and what it cannot read with the hand picks.
	const states = [
		JSON.stringify({ event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1800000000, remediation: 'Remove the promotional content.' }] }),
		'Account disabled\nAssets restricted',
		JSON.stringify({ field: 'account_alerts', value: { entity_type: 'WABA', alert_info: { alert_severity: 'CRITICAL', alert_type: 'X', alert_description: 'Your account is restricted.' } } }),
		JSON.stringify({ field: 'account_update', value: { event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'SCHEDULE_FOR_DISABLE', waba_ban_date: 'January 2, 2027' } } }),
		'131047: Re-engagement message',
		JSON.stringify({ field: 'messages', value: { statuses: [{ id: 'wamid.X', status: 'delivered', timestamp: '1750030073', recipient_id: '16505551234' }] } }),
		'你暂时被禁止使用 WhatsApp。此帳號不允許使用 WhatsApp',
		'Bonjour',
	];
	it.each(locales)('%s: axe finds nothing on the page with each kind of result', async (locale) => {
		const { context, page } = await watchedPage(browser(), { bypassCSP: true });
		await page.goto(new URL(`${locale}/decode/`, baseUrl).href);
		for (const state of states) {
			await read(page, state);
			expect(await axeViolations(page), state).toEqual([]);
		}
		await context.close();
	});

	it.each(locales)('%s: axe finds nothing on the list of what the page reads, groups open', async (locale) => {
		const { context, page } = await watchedPage(browser(), { bypassCSP: true });
		await page.goto(new URL(`${locale}/decode/list/`, baseUrl).href);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	// Issue #22, "the page on a phone": the box first with the privacy line under it, in the first
	// screen; the list of what the page reads collapsed by group, each row a stacked card.
	it.each(locales)('%s: on a 390×844 phone the box comes first and the list stacks its rows, groups closed', async (locale) => {
		const { context, page, problems } = await watchedPage(browser(), { viewport: { width: 390, height: 844 } });
		await page.goto(new URL(`${locale}/decode/`, baseUrl).href);
		const box = (await page.locator('#decoder-input').boundingBox())!;
		const submit = (await page.locator('.decoder-form button[type="submit"]').boundingBox())!;
		const privacy = (await page.locator('.privacy').boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		expect(submit.y + submit.height).toBeLessThanOrEqual(844);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(privacy.y).toBeGreaterThan(box.y);
		expect(await page.locator('.decoder-table').count()).toBe(0);

		await page.goto(new URL(`${locale}/decode/list/`, baseUrl).href);
		const groups = page.locator('.decoder-table details');
		expect(await groups.count()).toBeGreaterThan(5);
		expect(await groups.evaluateAll((ds) => ds.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
		await page.click('.decoder-table summary >> nth=0');
		const [value, meaning] = await Promise.all([page.locator('.decoder-table tbody tr >> nth=0').locator('td').nth(0).boundingBox(), page.locator('.decoder-table tbody tr >> nth=0').locator('td').nth(1).boundingBox()]);
		// Stacked: the meaning under the value, both the card's full width, nothing wider than the screen.
		expect(meaning!.y).toBeGreaterThanOrEqual(value!.y + value!.height - 1);
		expect(Math.abs(meaning!.width - value!.width)).toBeLessThan(2);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
		expect(problems).toEqual([]);
	});

	it.each(locales)('%s: without JavaScript, the page lists what it knows in a table', async (locale) => {
		const { context, page, problems } = await watchedPage(browser(), { javaScriptEnabled: false });
		await page.goto(new URL(`${locale}/decode/`, baseUrl).href);
		expect(await page.isVisible('#decoder-input')).toBe(false);
		// Issue #22: the list is a page of its own, linked from the decoder page, its groups
		// collapsed (it made the decoder page 16,000–19,000 px tall on a phone).
		const list = await page.getAttribute('.decoder-list-link a', 'href');
		await page.goto(new URL(list!, page.url()).href);
		await page.click('.decoder-table summary >> nth=0');
		expect(await page.isVisible('.decoder-table table')).toBe(true);
		const values = await page.locator('.decoder-table td code').allTextContents();
		for (const v of ['ACCOUNT_RESTRICTION', 'SCHEDULE_FOR_DISABLE', 'RESTRICTED_BIZ_INITIATED_MESSAGING', '131031', '368', '130497']) expect(values).toContain(v);
		const meanings = await page.locator('.decoder-table td[data-signal]').allTextContents();
		expect(meanings.every((m) => m.trim().length > 0)).toBe(true);
		await context.close();
		expect(problems).toEqual([]);
	});
});
