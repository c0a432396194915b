import { describe, expect, inject, it } from 'vitest';
import { useSharedContext, watchedPage } from './browser';
import { axeViolations } from './axe';
import { sitePaths } from './built';

const baseUrl = inject('baseUrl');
const shared = useSharedContext({ bypassCSP: true });
// The root page redirects at once; its language links are checked without JavaScript elsewhere.
const paths: string[] = sitePaths().filter((p) => p !== '');

describe('accessibility of every page', () => {
	it.each(paths)('/%s has no axe-core violations', async (path) => {
		const { page, close } = await watchedPage(shared());
		await page.goto(new URL(path, baseUrl).href);
		if (path.endsWith('appeal/')) await page.waitForSelector('.wizard[data-ready] h1');
		const violations = await axeViolations(page);
		await close();
		expect(violations).toEqual([]);
	});
});
