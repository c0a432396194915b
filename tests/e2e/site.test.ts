import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';
import { axeViolations } from './axe';
import { sitePaths } from '../../scripts/measure.mjs';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('every page', () => {
	it('loads with the right lang, no console error, no CSP violation and no request off 127.0.0.1', async () => {
		const paths: string[] = await sitePaths(baseUrl);
		expect(paths.length).toBeGreaterThanOrEqual(11);
		const { context, page, problems } = await watchedPage(browser());
		for (const path of paths) {
			const response = await page.goto(new URL(path, baseUrl).href);
			expect(response?.status(), path).toBeLessThan(path === '404.html' ? 500 : 400);
			// The root page sends the browser on to its language at once.
			if (path === '') await page.waitForURL((u) => u.pathname.endsWith('/en/'));
			const lang = await page.getAttribute('html', 'lang');
			const expected = path.startsWith('zh-cn/') ? 'zh-CN' : path.startsWith('zh-tw/') ? 'zh-TW' : 'en';
			expect(lang, path).toBe(expected);
		}
		await context.close();
		expect(problems).toEqual([]);
	});

	it('has no axe-core violations', async () => {
		const paths: string[] = await sitePaths(baseUrl);
		const { context, page } = await watchedPage(browser(), { bypassCSP: true });
		const violations: string[] = [];
		for (const path of paths) {
			await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
			if (path.endsWith('appeal/')) await page.waitForSelector('.wizard[data-ready] h1');
			violations.push(...(await axeViolations(page)));
		}
		await context.close();
		expect(violations).toEqual([]);
	});
});

describe('languages', () => {
	it('shows Chinese text on Chinese pages (i18next did not fall back to English)', async () => {
		const { context, page } = await watchedPage(browser());
		await page.goto(new URL('zh-cn/', baseUrl).href);
		expect(await page.textContent('.site-name')).toBe('WhatsApp 解封指南');
		expect(await page.textContent('h1')).toContain('被封了');
		await page.goto(new URL('zh-tw/', baseUrl).href);
		expect(await page.textContent('h1')).toContain('封鎖');
		await context.close();
	});

	it('the language picker keeps the page', async () => {
		const { context, page } = await watchedPage(browser());
		await page.goto(new URL('en/privacy/', baseUrl).href);
		await page.click('.language-picker a[hreflang="zh-TW"]');
		expect(new URL(page.url()).pathname).toBe(new URL('zh-tw/privacy/', baseUrl).pathname);
		expect(await page.textContent('h1')).toBe('隱私權');
		await context.close();
	});

	it.each([
		[['zh-TW'], 'zh-tw'],
		[['zh-HK', 'en'], 'zh-tw'],
		[['zh-Hant-MO'], 'zh-tw'],
		[['zh-CN'], 'zh-cn'],
		[['zh-SG'], 'zh-cn'],
		[['zh'], 'zh-cn'],
		[['fr-FR', 'de'], 'en'],
		[['en-GB'], 'en'],
	])('the root page sends %j to /%s/', async (languages, locale) => {
		const { context, page } = await watchedPage(browser(), { locale: languages[0]! });
		await context.addInitScript((langs: string[]) => {
			Object.defineProperty(navigator, 'languages', { get: () => langs });
		}, languages);
		await page.goto(baseUrl);
		await page.waitForURL((u) => u.pathname.endsWith(`/${locale}/`));
		await context.close();
	});

	it('the root page remembers the language picked in the picker', async () => {
		const { context, page } = await watchedPage(browser(), { locale: 'en-US' });
		await page.goto(new URL('en/', baseUrl).href);
		await page.click('.language-picker a[hreflang="zh-CN"]');
		await page.waitForURL((u) => u.pathname.endsWith('/zh-cn/'));
		await page.goto(baseUrl);
		await page.waitForURL((u) => u.pathname.endsWith('/zh-cn/'));
		await context.close();
	});

	it('without JavaScript, the root page offers the three languages as links', async () => {
		const { context, page } = await watchedPage(browser(), { javaScriptEnabled: false });
		await page.goto(baseUrl);
		const langs = await page.$$eval('main a[hreflang]', (as) => as.map((a) => a.getAttribute('hreflang')));
		expect(langs.sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
		await context.close();
	});
});
