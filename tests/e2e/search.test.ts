import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { useBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const browser = useBrowser();

/** Paths of the built pages in a locale whose indexed body contains the word. */
function pagesContaining(locale: string, word: string): string[] {
	const pages: string[] = [];
	for (const dir of readdirSync(`dist/${locale}`)) {
		const file = `dist/${locale}/${dir}/index.html`;
		if (!existsSync(file)) continue;
		const html = readFileSync(file, 'utf8');
		const body = html.match(/<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/)?.[1];
		if (!body) continue;
		// Navigation and page chrome are marked data-pagefind-ignore (none of it nests).
		const indexed = body.replace(/<(nav|footer)[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' ');
		const text = indexed.replace(/<[^>]+>/g, ' ').toLowerCase();
		if (text.includes(word.toLowerCase())) pages.push(`${basePath}${locale}/${dir}/`);
	}
	return pages.sort();
}

const queries: [string, string][] = [
	['zh-cn', '申诉'],
	['zh-cn', '封禁'],
	['zh-cn', '复审'],
	// The words owners search with (field research, December 2026), not only the site's own terms.
	['zh-cn', '封号'],
	['zh-cn', '解封'],
	['zh-cn', '风控'],
	['zh-cn', '防封'],
	['zh-cn', '成品号'],
	['zh-tw', '申訴'],
	['zh-tw', '封鎖'],
	['zh-tw', '審查'],
	['zh-tw', '停權'],
	['zh-tw', '解封'],
	['zh-tw', '防封'],
	['en', 'banned'],
	['en', 'review'],
	['en', 'appeal'],
	['en', 'unban'],
];

describe('search', () => {
	it.each(queries)('in %s, "%s" finds every page of that locale that contains it, and only that locale', async (locale, word) => {
		const expected = pagesContaining(locale, word);
		expect(expected.length, `no ${locale} page contains ${word}`).toBeGreaterThanOrEqual(2);
		const { context, page, problems } = await watchedPage(browser());
		await page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(word)}`, baseUrl).href);
		await page.waitForSelector('.search-results li');
		const found = await page.$$eval('.search-results li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		// Every page containing the word is found (English stemming may find more), all in this locale.
		expect([...new Set(found)].sort()).toEqual(expect.arrayContaining(expected));
		for (const path of found) expect(path.startsWith(`${basePath}${locale}/`), path).toBe(true);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('the header search is a plain form that reaches the search page, and Pagefind loads only there', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(new URL('zh-tw/why-blocked/', baseUrl).href, { waitUntil: 'networkidle' });
		expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
		expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
		await page.fill('.site-header input[name="q"]', '申訴');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/zh-tw\/search\/\?q=/);
		await page.waitForSelector('.search-results li');
		expect(requests.some((u) => u.includes('pagefind'))).toBe(true);
		expect(await page.textContent('[data-search-status]')).toMatch(/申訴/);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('says so when nothing matches', async () => {
		const { context, page, problems } = await watchedPage(browser());
		await page.goto(new URL('en/search/?q=xylophonezzz', baseUrl).href);
		await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('xylophonezzz'));
		expect(await page.$$('.search-results li')).toHaveLength(0);
		await context.close();
		expect(problems).toEqual([]);
	});
});
