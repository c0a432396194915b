import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const browser = useBrowser();
const locales = (JSON.parse(readFileSync('content/locales.json', 'utf8')) as { locales: { slug: string; lang: string }[] }).locales;
const phone = { width: 390, height: 844 };
/** The wizard's situation answers the home may start it at. */
const situations = ['account-notice', 'delivery-only', 'business-app', 'number-status', 'not-sure'];

/** Fails unless the whole element lies inside the first screen, unscrolled. */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string): Promise<void> {
	const box = await locator.boundingBox();
	expect(box, `${what} is not rendered`).not.toBeNull();
	const { width, height } = page.viewportSize()!;
	expect(box!.y, `${what} starts above the screen`).toBeGreaterThanOrEqual(0);
	expect(box!.x, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height, `${what} ends below the first screen`).toBeLessThanOrEqual(height);
	expect(box!.x + box!.width, `${what} is cut off on the right`).toBeLessThanOrEqual(width);
}

describe('the first minute', () => {
	it.each(locales.map((l) => l.slug))('the %s home shows the answer, the choices and the way into the wizard on a 390×844 phone without scrolling', async (slug) => {
		const { context, page, problems } = await watchedPage(browser(), { viewport: phone });
		await page.goto(new URL(`${slug}/`, baseUrl).href);
		await page.waitForLoadState('load');
		expect(await page.evaluate(() => window.scrollY)).toBe(0);

		await expectOnFirstScreen(page, page.locator('main h1'), 'the question');
		await expectOnFirstScreen(page, page.locator('main .lead'), 'the short answer');
		const choices = page.locator('main .choices a');
		const count = await choices.count();
		expect(count).toBeGreaterThanOrEqual(3);
		expect(count).toBeLessThanOrEqual(5);
		const targets: string[] = [];
		for (let i = 0; i < count; i++) {
			const choice = choices.nth(i);
			await expectOnFirstScreen(page, choice, `choice ${i + 1}`);
			expect((await choice.boundingBox())!.height, `choice ${i + 1} is a small target`).toBeGreaterThanOrEqual(44);
			expect((await choice.innerText()).trim().length).toBeGreaterThan(0);
			targets.push((await choice.getAttribute('href'))!);
		}
		const wizard = page.locator(`main a.button.primary[href="${basePath}${slug}/appeal/"]`);
		await expectOnFirstScreen(page, wizard, 'the way into the wizard');

		// Each choice leads somewhere different: a branch of the wizard or the decoder.
		expect(new Set(targets).size).toBe(count);
		for (const href of targets) {
			const target = new URL(href, page.url());
			if (target.pathname === `${basePath}${slug}/decode/`) continue;
			expect(target.pathname, href).toBe(`${basePath}${slug}/appeal/`);
			expect(situations, href).toContain(target.searchParams.get('situation'));
		}
		expect(targets.some((h) => h.endsWith('/decode/')), 'no choice for an error code').toBe(true);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('the 404 page offers each language its search and its wizard', async () => {
		const { context, page, problems } = await watchedPage(browser(), { viewport: phone });
		const response = await page.goto(new URL('no-such-page/', baseUrl).href);
		expect(response?.status()).toBe(404);
		for (const { slug, lang } of locales) {
			const section = page.locator(`main section[lang="${lang}"]`);
			expect(await section.locator(`form[role="search"][action="${basePath}${slug}/search/"] input[name="q"]`).count(), slug).toBe(1);
			expect(await section.locator(`a[href="${basePath}${slug}/appeal/"]`).isVisible(), slug).toBe(true);
		}
		// The search works from there: a query lands on that language's results.
		const zhTw = page.locator('main section[lang="zh-TW"]');
		await zhTw.locator('input[name="q"]').fill('申訴');
		await zhTw.locator('input[name="q"]').press('Enter');
		await page.waitForURL((u) => u.pathname === `${basePath}zh-tw/search/`);
		await page.waitForSelector('.search-results li');
		await context.close();
		// The browser reports the 404 itself as a failed load; nothing else may go wrong.
		expect(problems.filter((p) => !(p.includes('/no-such-page/') && p.includes('404')))).toEqual([]);
	});
});
