import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';
import { axeViolations } from './axe';
import { sitePaths } from './built';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
// The root page redirects at once; its language links are checked without JavaScript elsewhere.
const paths: string[] = sitePaths().filter((p) => p !== '');

describe('accessibility of every page', () => {
	it.each(paths)('/%s has no axe-core violations', async (path) => {
		const { context, page } = await watchedPage(browser(), { bypassCSP: true });
		await page.goto(new URL(path, baseUrl).href);
		if (path.endsWith('appeal/')) await page.waitForSelector('.wizard[data-ready] h1');
		const violations = await axeViolations(page);
		await context.close();
		expect(violations).toEqual([]);
	});
});
