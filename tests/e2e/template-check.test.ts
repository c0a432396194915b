import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';
import { axeViolations } from './axe';
import localeConfig from '../../content/locales.json';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const locales = localeConfig.locales.map((l) => l.slug);

// An order update with a discount line and markup in it: marketing, and the markup stays text.
const paste = 'Hi {{1}}, your order {{2}} has shipped.\nUse code THANKS for 10% off <img src=x onerror="document.title=1">\nShop now';

describe('the template check page (issue 27)', () => {
	it.each(locales)('%s: a paste shows its likely category with quotes from it, markup stays text, nothing leaves the page', async (locale) => {
		const { context, page, problems } = await watchedPage(browser());
		try {
			await page.goto(new URL(`${locale}/template-check/`, baseUrl).href);
			await page.click('form[data-tc] button');
			expect(await page.locator('[data-tc-error]').isVisible()).toBe(true);
			await page.fill('#tc-input', paste);
			await page.click('form[data-tc] button');
			await page.waitForSelector('[data-tc-result]:not([hidden]) h2');
			expect(await page.evaluate(() => document.activeElement?.matches('[data-tc-result]'))).toBe(true);
			const result = page.locator('[data-tc-result]');
			expect(await result.locator('blockquote').allTextContents()).toEqual(expect.arrayContaining(['10% off', 'Shop now', 'your order']));
			// Each finding carries the checklist's title for it, in the page's language.
			const title = await page.locator('[data-signal="offer"] [data-part="title"]').textContent();
			expect(await result.locator('strong').allTextContents()).toContain(title);
			expect(await result.locator('img').count()).toBe(0);
			expect(problems).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it.each(locales)('%s: the result passes axe (axe needs the policy bypassed, so this is a context of its own)', async (locale) => {
		const { context, page } = await watchedPage(browser(), { bypassCSP: true });
		try {
			await page.goto(new URL(`${locale}/template-check/`, baseUrl).href);
			await page.fill('#tc-input', paste);
			await page.click('form[data-tc] button');
			await page.waitForSelector('[data-tc-result]:not([hidden]) h2');
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
