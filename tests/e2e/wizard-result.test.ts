import { describe, expect, inject, it } from 'vitest';
import type { Request } from 'playwright-core';
import localeConfig from '../../content/locales.json';
import en from '../../content/appeal/en.json';
import { shownAppeal } from '../../src/domain/letter/appeal';
import { appealBlocksSchema } from '../../src/domain/letter/appeal-schema';
import { useBrowser, watchedPage } from './browser';
import { axeViolations } from './axe';
import { WizardDriver } from './wizard-driver';
import { seed, triaged, written } from './wizard-seed';

/** The last mile on a phone, and what the wizard page loads only when it is needed. */

const baseUrl = inject('baseUrl');
const appeal = (locale: string, query = '') => new URL(`${locale}/appeal/${query}`, baseUrl).href;
const browser = useBrowser();
const phone = { width: 390, height: 844 };
const locales = localeConfig.locales.map((l) => l.slug);
const supportHome = 'https://business.facebook.com/business-support-home';
const laterParts = /\/appeal\/(strings|letter)\.json$|\/_astro\/later-views\./;

async function openResult(locale: string, options: { clipboard?: boolean } = {}) {
	const watched = await watchedPage(browser(), {
		viewport: phone,
		bypassCSP: true,
		...(options.clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}),
	});
	await seed(watched.context, 'result', written);
	const requests: string[] = [];
	watched.page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
	await watched.page.goto(appeal(locale, '?step=result'));
	const wizard = new WizardDriver(watched.page);
	await wizard.expectScreen('result');
	return { ...watched, wizard, requests };
}

function inView(box: { y: number; height: number } | null): boolean {
	return box !== null && box.y >= 0 && box.y + box.height <= phone.height;
}

describe('the result screen on a 390×844 phone', () => {
	it.each(locales)('%s: the letter\'s first lines, Copy and Business Support Home are in view without scrolling, and Copy copies the text shown', async (locale) => {
		const { context, page, problems, wizard } = await openResult(locale, { clipboard: true });
		const letter = await page.locator('#appeal-text').boundingBox();
		expect(letter !== null && letter.y >= 0 && letter.y + 60 <= phone.height, 'the letter starts below the first screen').toBe(true);
		const copy = page.locator('.wizard .text-actions button.primary');
		const link = page.locator(`.wizard .text-actions a[href="${supportHome}"]`);
		expect(inView(await copy.boundingBox()), 'Copy below the first screen').toBe(true);
		expect(inView(await link.boundingBox()), 'Business Support Home below the first screen').toBe(true);
		expect(await link.getAttribute('target')).toBe('_blank');
		expect(await link.getAttribute('rel')).toContain('noopener');
		await copy.click();
		await page.waitForSelector('.wizard .text-actions .status:not(:empty)');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await wizard.appealText());
		const violations = await axeViolations(page);
		await context.close();
		expect(violations).toEqual([]);
		expect(problems).toEqual([]);
	});

	it.each(locales)('%s: on paper, the text comes under a heading, the date and where to paste it', async (locale) => {
		const { context, page, wizard } = await openResult(locale);
		await page.emulateMedia({ media: 'print' });
		const heading = page.locator('.print-heading');
		await heading.waitFor({ state: 'visible' });
		const printed = (await heading.innerText()).trim();
		expect(printed).toMatch(/2\d{3}/);
		expect(printed).toContain('Request Review');
		expect(await page.locator('pre.print-only').innerText()).toBe(await wizard.appealText());
		expect(await page.locator('.wizard .text-actions').isVisible()).toBe(false);
		await context.close();
	});
});

describe('what the wizard page loads only when needed', () => {
	it.each(locales)('%s: the first screen loads neither the rest of the text nor any letter; the first answer starts loading them', async (locale) => {
		const { context, page, problems } = await watchedPage(browser());
		const requests: string[] = [];
		page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
		await page.goto(appeal(locale));
		const wizard = new WizardDriver(page);
		await wizard.expectScreen('what-you-see');
		expect(requests.filter((p) => laterParts.test(p))).toEqual([]);
		await wizard.choose('what-you-see', triaged['what-you-see'] as string);
		await wizard.expectScreen('notice');
		const loaded = requests.filter((p) => laterParts.test(p));
		expect(loaded.some((p) => p.endsWith(`/${locale}/appeal/strings.json`))).toBe(true);
		expect(loaded.some((p) => p.endsWith(`/${locale}/appeal/letter.json`))).toBe(true);
		expect(loaded.filter((p) => p.endsWith('/letter.json'))).toHaveLength(1);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('another language’s letter loads when it is picked, and reads as the generator writes it', async () => {
		const { context, page, problems, wizard, requests } = await openResult('zh-tw');
		expect(requests.some((p) => p.endsWith('/en/appeal/letter.json'))).toBe(false);
		await page.locator('input[name="appeal-language"][value="en"]').check({ force: true });
		await page.waitForSelector('#appeal-text[lang="en"]');
		expect(requests.some((p) => p.endsWith('/en/appeal/letter.json'))).toBe(true);
		const expected = shownAppeal(written, appealBlocksSchema.parse(en), 'en', undefined, undefined).text;
		expect(await wizard.appealText()).toBe(expected);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('when the rest cannot load, it says so and loads it on Try again, answers kept', async () => {
		const { context, page } = await watchedPage(browser());
		let refuse = true;
		await page.route('**/appeal/strings.json', (route) => (refuse ? route.abort() : route.continue()));
		await page.goto(appeal('en'));
		const wizard = new WizardDriver(page);
		await wizard.expectScreen('what-you-see');
		await wizard.check('input[name="what-you-see"][value="account-notice"]');
		await wizard.continue();
		const retry = page.locator('.wizard .loading button');
		await retry.waitFor({ state: 'visible' });
		refuse = false;
		await retry.click();
		await wizard.expectScreen('notice');
		await page.goBack();
		await wizard.expectScreen('what-you-see');
		expect(await page.isChecked('input[name="what-you-see"][value="account-notice"]')).toBe(true);
		await context.close();
	});
});
