import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import en from '../../content/i18n/en.json';
import zhCn from '../../content/i18n/zh-cn.json';
import zhTw from '../../content/i18n/zh-tw.json';
import { useBrowser, watchedPage } from './browser';
import { WizardDriver } from './wizard-driver';
import { done, seed, triaged, written } from './wizard-seed';

/**
 * One test per new path or screen of the wizard: each opens its screen directly (saved answers
 * seeded in localStorage, or a preset in the address) and acts like a visitor. axe runs once per
 * screen in wizard-screens.test.ts, not again on each path that passes it.
 * The other wizard tests are in wizard.test.ts.
 */

const baseUrl = inject('baseUrl');
const appeal = (locale: string, query = '') => new URL(`${locale}/appeal/${query}`, baseUrl).href;
const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 } };
const screens = en.wizard.screens as unknown as Record<string, { title: string; steps?: string[] }>;
const walked = (steps: number) => Object.fromEntries([['at-meta', done], ...Array.from({ length: steps }, (_, i) => [`walk-${i + 1}`, done])]);

async function open(options: { seed?: [string, Record<string, unknown>]; query?: string; locale?: string; clipboard?: boolean } = {}) {
	const { context, page, problems } = await watchedPage(browser(), {
		...phone,
		acceptDownloads: true,
		...(options.clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}),
	});
	if (options.seed) await seed(context, ...options.seed);
	const wizard = new WizardDriver(page);
	await page.goto(appeal(options.locale ?? 'en', options.query));
	return { context, page, problems, wizard };
}

async function heading(page: Page): Promise<string> {
	return ((await page.textContent('.wizard h1')) ?? '').trim();
}

type Act = [screen: string, value?: string];

describe('each new path, from its first screen to where it ends, in English', () => {
	it.each<[string, { seed?: [string, Record<string, unknown>]; query?: string }, Act[], string]>([
		['a number status is not a ban', {}, [['what-you-see', 'number-status']], 'outcome-number-status'],
		['a linked-device tool', {}, [['what-you-see', 'unofficial-tool'], ['connected-how', 'linked-device']], 'outcome-unofficial-tool'],
		['Meta’s Coexistence is official', {}, [['what-you-see', 'unofficial-tool'], ['connected-how', 'coexistence']], 'outcome-coexistence'],
		['a QR connection of unknown kind', {}, [['what-you-see', 'unofficial-tool'], ['connected-how', 'not-sure']], 'outcome-connection-unsure'],
		['the app’s timer, preset from the address', { query: '?situation=timed-restriction' }, [], 'outcome-timed-restriction'],
		['the app’s ban', {}, [['what-you-see', 'business-app'], ['business-app', 'app-ban']], 'outcome-app-ban'],
		['another app screen', {}, [['what-you-see', 'business-app'], ['business-app', 'not-sure']], 'outcome-app-screens'],
		['a paid unban offer', {}, [['what-you-see', 'scam-offer']], 'outcome-scam-offer'],
		['a review still In Review', { seed: ['meta-offers', { 'what-you-see': 'account-notice', policy: 'business-messaging-policy', notice: done, admin: 'yes' }] }, [['meta-offers', 'in-review']], 'outcome-in-review'],
		['only Acknowledge offered', { seed: ['meta-offers', { 'what-you-see': 'account-notice', policy: 'business-messaging-policy', notice: done, admin: 'yes' }] }, [['meta-offers', 'acknowledge-only']], 'outcome-acknowledge-only'],
		['no button, as an admin', { seed: ['meta-offers', { 'what-you-see': 'account-notice', policy: 'business-messaging-policy', notice: done, admin: 'yes' }] }, [['meta-offers', 'no-button']], 'outcome-no-review'],
		['no button on a temporary block', { seed: ['meta-offers', { 'what-you-see': 'temporary-block', policy: 'not-named', 'restriction-notice': done, admin: 'yes' }] }, [['meta-offers', 'no-button']], 'outcome-temporary-wait'],
	])('%s', async (_, start, acts, end) => {
		const { context, page, problems, wizard } = await open(start);
		for (const [screen, value] of acts) {
			if (value) await wizard.choose(screen, value);
			else {
				// Preset: the answer is already ticked on its screen.
				await wizard.expectScreen(screen);
				expect(await page.locator(`input[name="${screen}"]:checked`).count()).toBe(1);
				await wizard.continue();
			}
		}
		await wizard.expectScreen(end);
		expect(await heading(page)).toBe(screens[end]!.title);
		await context.close();
		expect(problems).toEqual([]);
	});
});

describe('can you appeal, and who files', () => {
	it.each([
		['agency', 'not-admin'],
		['rented', 'rented-number'],
		['not-sure', 'admin-unsure'],
	])('admin answer %s explains who files, then goes on to what Meta offers', async (admin, info) => {
		const { context, page, problems, wizard } = await open({
			seed: ['admin', { 'what-you-see': 'account-notice', policy: 'business-messaging-policy', notice: done }],
		});
		await wizard.choose('admin', admin);
		await wizard.expectScreen(info);
		expect(await heading(page)).toBe(screens[info]!.title);
		await wizard.continue();
		await wizard.choose('meta-offers', 'no-button');
		await wizard.expectScreen('no-button-not-admin');
		await wizard.continue();
		await wizard.expectScreen('reason');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('a review that came back Unchanged says what is left, and a text can still be written', async () => {
		const { context, wizard } = await open({ seed: ['meta-offers', { 'what-you-see': 'account-notice', policy: 'business-messaging-policy', notice: done, admin: 'yes' }] });
		await wizard.choose('meta-offers', 'unchanged');
		await wizard.expectScreen('review-unchanged');
		await wizard.continue();
		await wizard.expectScreen('reason');
		await context.close();
	});

	it('"I haven\'t looked yet" shows where to look, then asks again', async () => {
		const { context, page, wizard } = await open({ seed: ['meta-offers', { 'what-you-see': 'account-notice', policy: 'business-messaging-policy', notice: done, admin: 'yes' }] });
		await wizard.choose('meta-offers', 'not-looked');
		await wizard.expectScreen('look-first');
		expect(await page.locator('.wizard ol li').count()).toBe(screens['look-first']!.steps!.length);
		await wizard.continue();
		await wizard.expectScreen('meta-offers');
		expect(await page.locator('input[name="meta-offers"]:checked').count()).toBe(0);
		await context.close();
	});

	it('the notice is read first: a policy must be picked, and a disable date becomes the deadline shown on the next screens', async () => {
		const { context, page, wizard } = await open();
		await wizard.choose('what-you-see', 'account-notice');
		await wizard.expectScreen('notice');
		await wizard.continue();
		await page.waitForSelector('.error-summary');
		await wizard.check('input[name="policy"][value="business-messaging-policy"]');
		await wizard.fill({ disableDate: '2 January 2027' });
		await wizard.continue();
		await wizard.expectScreen('admin');
		expect(await page.textContent('.deadline')).toContain('2 January 2027');
		await context.close();
	});
});

describe('from the text to Meta', () => {
	it('the result leads an admin to the walk, and "I\'m already at Meta\'s dialog" skips to its last step', async () => {
		const { context, page, wizard } = await open({ seed: ['result', { ...written, result: undefined }] });
		await wizard.expectScreen('result');
		// The scam warning and "submit once" are on every path that writes an appeal.
		expect(await page.locator('.safety').count()).toBe(1);
		await wizard.continue();
		await wizard.expectScreen('at-meta');
		await page.click(`button:text-is("${en.wizard.skipToDialog}")`);
		await wizard.expectScreen('walk-6');
		expect(await heading(page)).toBe(screens['walk-6']!.title);
		await context.close();
	});

	it.each([1, 2, 3, 4, 5, 6])('walk step %i has the Copy button in view on a phone, Business Support Home in a new tab, and copies the text', async (step) => {
		const { context, page, problems, wizard } = await open({ seed: [`walk-${step}`, { ...written, ...walked(step - 1) }], clipboard: true });
		await wizard.expectScreen(`walk-${step}`);
		const copy = page.locator('.copy-bar button.primary');
		const box = await copy.boundingBox();
		expect(box && box.y >= 0 && box.y + box.height <= phone.viewport.height).toBe(true);
		expect(await page.getAttribute(`a[href="https://business.facebook.com/business-support-home"]`, 'target')).toBe('_blank');
		// Step 4 names no label: today's label is not confirmed.
		expect(await page.locator('.wizard .label-to-find').count()).toBe(step === 4 ? 0 : 1);
		await copy.click();
		await page.waitForSelector('.copy-bar .status:not(:empty)');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('Harbour Tea House');
		// The same text the result screen shows.
		await page.goto(appeal('en', '?step=result'));
		await wizard.expectScreen('result');
		expect(await wizard.appealText()).toBe(copied);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('a case still offered goes from the owner\'s own text to Meta, past no letter forms, and the walk copies that text', async () => {
		const stillOffered = { ...triaged, reason: 'ai-assistant', policy: 'business-solution-terms', 'ai-case': 'still-offering' };
		const { context, page, problems, wizard } = await open({ seed: ['ai-still-offering', stillOffered], clipboard: true });
		await wizard.expectScreen('ai-still-offering');
		await page.fill('#appeal-text', 'Our own words for the review.');
		await wizard.continue();
		await wizard.expectScreen('at-meta');
		await wizard.continue();
		await wizard.expectScreen('walk-1');
		await page.click('.copy-bar button.primary');
		await page.waitForSelector('.copy-bar .status:not(:empty)');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Our own words for the review.');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('the last step leads to "after you submit"', async () => {
		const { context, page, wizard } = await open({ seed: ['walk-6', { ...written, ...walked(5) }] });
		await wizard.expectScreen('walk-6');
		await wizard.continue();
		await wizard.expectScreen('after-submit');
		expect(await heading(page)).toBe(screens['after-submit']!.title);
		await context.close();
	});
});

describe('check your answers', () => {
	it.each(['zh-cn', 'zh-tw'])('in %s lists several ticked answers with 、, as the letter does', async (locale) => {
		const answers: Record<string, unknown> = { ...written, optIn: ['checkout-checkbox', 'in-store'], actions: ['frequency-reduced', 'content-reviewed'] };
		delete answers['check'];
		delete answers['result'];
		const { context, page, problems, wizard } = await open({ seed: ['check', answers], locale });
		await wizard.expectScreen('check');
		const values = await page.$$eval('.summary-value', (dd) => dd.map((d) => d.textContent ?? ''));
		const options = (JSON.parse(await readFile(`content/i18n/${locale}.json`, 'utf8')) as typeof en).wizard.options;
		expect(values).toContain([options.optIn['checkout-checkbox'], options.optIn['in-store']].join('、'));
		expect(values).toContain([options.actions['frequency-reduced'], options.actions['content-reviewed']].join('、'));
		await context.close();
		expect(problems).toEqual([]);
	});
});

describe('the hand-off', () => {
	it.each(['agency', 'rented', 'not-sure'])('admin answer %s: the text to copy and download, what to ask, then the walk if they see the button', async (admin) => {
		const answers = { ...written, admin, 'not-admin': done, 'rented-number': done, 'admin-unsure': done };
		const { context, page, problems, wizard } = await open({ seed: ['result', answers], clipboard: true });
		await wizard.expectScreen('result');
		const text = await wizard.appealText();
		await wizard.continue();
		await wizard.expectScreen('hand-off');
		expect(await page.$$eval('.wizard ol li', (li) => li.length)).toBe(en.wizard.screens['hand-off'].ask.length);
		await page.click('.wizard-form .text-actions button.primary');
		await page.waitForSelector('.wizard-form .text-actions .status:not(:empty)');
		// What to ask comes first, then the appeal text whole (issue 24.7).
		const h = en.wizard.screens['hand-off'];
		const message = `${h.askTitle}\n${h.ask.map((a, i) => `${i + 1}. ${a}`).join('\n')}\n\n${h.letterTitle}\n\n${text}`;
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('.wizard-form .text-actions .actions button:nth-child(2)')]);
		expect(await readFile((await download.path())!, 'utf8')).toBe(message);
		await wizard.continue();
		await wizard.expectScreen('at-meta');
		await context.close();
		expect(problems).toEqual([]);
	});
});

describe('arriving', () => {
	it('answers saved by the previous version resume, with a notice, at the first new question', async () => {
		const { context, page, wizard } = await open();
		await wizard.expectScreen('what-you-see');
		const old = { 'what-you-see': 'temporary-block', 'temporary-block': 'yes', reason: 'promotional-volume', admin: 'yes', 'have-ready': done, 'walk-1': done };
		await page.evaluate((v) => localStorage.setItem('whatsapp-appeal-wizard', v), JSON.stringify({ version: 1, savedAt: Date.now(), current: 'walk-2', answers: old }));
		await page.goto(appeal('en'));
		await wizard.expectScreen('restriction-notice');
		expect(await page.textContent('.notice')).toContain(en.wizard.notice.updated);
		await wizard.choose('restriction-notice', 'not-named', 'policy');
		await wizard.expectScreen('business');
		await context.close();
	});

	it.each(['en', 'zh-cn', 'zh-tw'])('%s: a home card opens its first new question, with the preset as one line and "change" to the question, in that language', async (locale) => {
		const strings = (locale === 'en' ? en : locale === 'zh-cn' ? zhCn : zhTw).wizard;
		const { context, page, wizard } = await open({ locale, query: '?situation=account-notice&reason=unknown-id' });
		await wizard.expectScreen('notice');
		const line = (await page.textContent('.wizard .preset')) ?? '';
		expect(line).toContain(strings.options['what-you-see-short']['account-notice']);
		await page.click(`.wizard .preset a:text-is("${strings.preset.change}")`);
		await wizard.expectScreen('what-you-see');
		expect(await page.isChecked('input[name="what-you-see"][value="account-notice"]')).toBe(true);
		expect(await page.locator('.wizard .preset').count()).toBe(0);
		await wizard.choose('what-you-see', 'scam-offer');
		await wizard.expectScreen('outcome-scam-offer');
		expect(await page.getAttribute('html', 'lang')).toBe({ en: 'en', 'zh-cn': 'zh-CN', 'zh-tw': 'zh-TW' }[locale]);
		await context.close();
	});
});

describe('without JavaScript', () => {
	it('the fallback has the order: templates, the steps at Meta, after you submit; the templates page asks first whether this is the right path', async () => {
		const { context, page } = await watchedPage(browser(), { javaScriptEnabled: false });
		await page.goto(appeal('en'));
		const titles = await page.$$eval('.appeal-fallback h2', (h) => h.map((e) => e.textContent?.trim()));
		const n = en.wizard.noscript;
		expect(titles).toEqual([n.templatesTitle, n.stepsTitle, n.afterTitle]);
		expect(await page.textContent('.fallback-steps > li:last-child h3')).toBe(screens['walk-6']!.title);
		await page.goto(appeal('en', 'templates/'));
		expect(await page.$$eval('.appeal-templates h2', (h) => h.map((e) => e.textContent?.trim()))).toEqual([n.situationsTitle, n.templatesTitle]);
		await context.close();
	});
});
