import localeConfig from '../../content/locales.json';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

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
		[['zh-HK', 'en'], 'zh-hk'],
		[['zh-Hant-TW'], 'zh-tw'],
		[['zh-Hant-MO'], 'zh-hk'],
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

	it('without JavaScript, the root page offers every language as a link', async () => {
		const { context, page } = await watchedPage(browser(), { javaScriptEnabled: false });
		await page.goto(baseUrl);
		const langs = await page.$$eval('main a[hreflang]', (as) => as.map((a) => a.getAttribute('hreflang')));
		expect(langs.sort()).toEqual(localeConfig.locales.map((l) => l.lang).sort());
		await context.close();
	});
});
