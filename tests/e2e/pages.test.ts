import { describe, expect, inject, it } from 'vitest';
import { useSharedContext, watchedPage } from './browser';
import { expectedLang, sitePaths } from './built';
import localeConfig from '../../content/locales.json';

const baseUrl = inject('baseUrl');
const shared = useSharedContext();
const paths: string[] = sitePaths();

describe('every built page', () => {
	it('the list of pages is the whole site', () => {
		expect(paths).toContain('');
		expect(paths).toContain('404.html');
		for (const { slug: locale } of localeConfig.locales) expect(paths.filter((p) => p.startsWith(`${locale}/`)).length).toBeGreaterThanOrEqual(8);
	});

	it.each(paths)('/%s loads with the right lang, no console error, no CSP violation and no request off 127.0.0.1', async (path) => {
		const { page, problems, close } = await watchedPage(shared());
		const response = await page.goto(new URL(path, baseUrl).href);
		expect(response?.status()).toBeLessThan(path === '404.html' ? 500 : 400);
		// The root page sends the browser on to its language at once.
		if (path === '') await page.waitForURL((u) => u.pathname.endsWith('/en/'));
		expect(await page.getAttribute('html', 'lang')).toBe(path === '' ? 'en' : expectedLang(path));
		// An island's errors come when it hydrates, after the load event.
		if (path.endsWith('appeal/')) await page.waitForSelector('.wizard[data-ready]');
		await close();
		expect(problems).toEqual([]);
	});
});
