import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { convertScript } from '../../src/domain/text/script-map';
import localeConfig from '../../content/locales.json';
import { useBrowser, useSharedContext, watchedPage } from './browser';
import { guideSlugs } from '../../scripts/site-pages.mjs';
import { searchWordsOf } from '../unit/content';

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const browser = useBrowser();
const shared = useSharedContext();

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
		const indexed = body.replace(/<(nav|footer|p)[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' ');
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
	['zh-cn', '号商'],
	['zh-cn', 'WABA'],
	['zh-tw', '申訴'],
	['zh-tw', '封鎖'],
	['zh-tw', '審查'],
	['zh-tw', '停權'],
	['zh-tw', '解封'],
	// 防封 is mainland slang: Taiwan prose need not carry it, content/search/zh-tw.json does (owners' words below).
	['zh-tw', 'WABA'],
	['en', 'banned'],
	['en', 'review'],
	['en', 'appeal'],
	['en', 'unban'],
	['en', 'WABA'],
];

/**
 * Under a base path only the links in the results can differ, not what is found: there, one word
 * per locale checks the links; the whole list runs at the root.
 */
function perLocaleUnderBase<T extends [string, ...string[]]>(list: T[]): T[] {
	if (basePath === '/') return list;
	return list.filter(([locale], i) => list.findIndex(([other]) => other === locale) === i);
}

/** Every phrase of content/search/<locale>.json (with an overlay locale's own), with the page it is listed under. */
const ownersWords: [string, string, string][] = localeConfig.locales.flatMap(({ slug }) => {
	const pages = searchWordsOf(slug);
	return Object.entries(pages).flatMap(([target, phrases]) => phrases.map((phrase): [string, string, string] => [slug, phrase, target]));
});

/** The pages a search on a locale's search page lists, in order. */
async function searchFor(locale: string, query: string) {
	const watched = await watchedPage(shared());
	await watched.page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(query)}`, baseUrl).href);
	// The status names the query once the results are in (or that there are none).
	await watched.page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q), query, { timeout: 15_000 });
	const found = await watched.page.$$eval('.search-results > li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return { ...watched, found };
}

describe("owners' words (content/search)", () => {
	it.each(localeConfig.locales.map((l) => l.slug))('%s has a list, and it names the wizard', (locale) => {
		expect(ownersWords.filter(([l, , target]) => l === locale && target === 'appeal').length).toBeGreaterThanOrEqual(5);
	});

	it.each(perLocaleUnderBase(ownersWords))('in %s, “%s” finds the %s page first', async (locale, phrase, target) => {
		const { found, problems, close } = await searchFor(locale, phrase);
		expect(found[0], `results: ${found.join(', ') || 'none'}`).toBe(`${basePath}${locale}/${target}/`);
		await close();
		expect(problems).toEqual([]);
	});
});

describe('search', () => {
	it.each(perLocaleUnderBase(queries))('in %s, "%s" finds every page of that locale that contains it, and only that locale', async (locale, word) => {
		const expected = pagesContaining(locale, word);
		expect(expected.length, `no ${locale} page contains ${word}`).toBeGreaterThanOrEqual(2);
		const { page, problems, close } = await watchedPage(shared());
		await page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(word)}`, baseUrl).href);
		await page.waitForSelector('.search-results li');
		const found = await page.$$eval('.search-results li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		// Every page containing the word is found (English stemming may find more), all in this locale.
		expect([...new Set(found)].sort()).toEqual(expect.arrayContaining(expected));
		for (const path of found) expect(path.startsWith(`${basePath}${locale}/`), path).toBe(true);
		await close();
		expect(problems).toEqual([]);
	});

	it('the header search is a plain form that reaches the search page, and Pagefind loads only there', async () => {
		const { page, problems, close } = await watchedPage(shared());
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
		await close();
		expect(problems).toEqual([]);
	});

	// Words owners search with when they want the wizard or the decoder, which have no guide text.
	it.each(perLocaleUnderBase([
		['zh-cn', '申诉', 'appeal'],
		['zh-cn', '解封', 'appeal'],
		['zh-cn', '封号', 'appeal'],
		['zh-cn', '被封', 'appeal'],
		['zh-cn', '错误代码', 'decode'],
		['zh-tw', '申訴', 'appeal'],
		['zh-tw', '解封', 'appeal'],
		['zh-tw', '停權', 'appeal'],
		['zh-tw', '錯誤碼', 'decode'],
		['en', 'appeal', 'appeal'],
		['en', 'unbanned', 'appeal'],
		['en', '131031', 'decode'],
	]))('in %s, "%s" finds the %s page', async (locale, word, target) => {
		const { page, problems, close } = await watchedPage(shared());
		await page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(word)}`, baseUrl).href);
		await page.waitForSelector('.search-results li', { timeout: 15_000 });
		const found = await page.$$eval('.search-results > li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(found).toContain(`${basePath}${locale}/${target}/`);
		await close();
		expect(problems).toEqual([]);
	});

	it.each([
		['zh-cn', '申请复审'],
		['zh-tw', '申請審查'],
		['en', 'Request Review'],
	])('in %s, results for "%s" link to the sections that hold it, and each section exists on its page', async (locale, word) => {
		const { page, problems, close } = await watchedPage(shared());
		await page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(word)}`, baseUrl).href);
		await page.waitForSelector('.search-results li', { timeout: 15_000 });
		const sections = await page.$$eval('.search-results .search-sections a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(sections.length).toBeGreaterThan(0);
		for (const href of sections) {
			const { pathname, hash } = new URL(href);
			expect(hash, href).not.toBe('');
			const html = readFileSync(`dist/${decodeURIComponent(pathname.slice(basePath.length))}index.html`, 'utf8');
			expect(html, `${href}: no such section`).toContain(`id="${decodeURIComponent(hash.slice(1))}"`);
		}
		await close();
		expect(problems).toEqual([]);
	});

	it.each([
		['zh-cn', '申訴', 'zh-tw'],
		['zh-tw', '申诉', 'zh-cn'],
	])('in %s, a query in the other script ("%s") still finds pages here and links to the %s results', async (locale, word, other) => {
		const { page, problems, close } = await watchedPage(shared());
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(word)}`, baseUrl).href);
		const link = page.locator(`[data-search-other] a[href^="${basePath}${other}/search/"]`);
		await link.waitFor({ timeout: 15_000 });
		expect(await page.$$('.search-results > li')).not.toHaveLength(0);
		// The converter stays at build time: the page loads a small character map, not opencc.
		expect(requests.filter((u) => /opencc/i.test(u))).toEqual([]);
		await link.click();
		await page.waitForURL((u) => u.pathname === `${basePath}${other}/search/`);
		expect(new URL(page.url()).searchParams.get('q')).toBe(word);
		await page.waitForSelector('.search-results li', { timeout: 15_000 });
		await close();
		expect(problems).toEqual([]);
	});

	it.each(localeConfig.locales.map((l) => l.slug))('without JavaScript, the %s search page lists every guide page, the wizard and the decoder', async (locale) => {
		const { context, page, problems } = await watchedPage(browser(), { javaScriptEnabled: false });
		await page.goto(new URL(`${locale}/search/`, baseUrl).href);
		const listed = await page.$$eval('.search-browse a', (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		const guide = guideSlugs(locale).map((slug) => `${basePath}${locale}/${slug}/`);
		expect(guide.length).toBeGreaterThanOrEqual(5);
		expect(listed).toEqual(expect.arrayContaining([...guide, `${basePath}${locale}/appeal/`, `${basePath}${locale}/decode/`]));
		await context.close();
		expect(problems).toEqual([]);
	});

	it.each([
		['en', 'xylophonezzz'],
		['zh-cn', '龘靐齉'],
		['zh-tw', '龘靐齉'],
	])('in %s, when nothing matches (“%s”), it says so and shows the home page’s situation cards', async (locale, query) => {
		const { page, problems, close } = await watchedPage(shared());
		await page.goto(new URL(`${locale}/`, baseUrl).href);
		const cards = (selector: string) =>
			page.$$eval(selector, (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => [new URL((a as HTMLAnchorElement).href).href, a.textContent]));
		const home = await cards('.choices a');
		expect(home.length).toBeGreaterThanOrEqual(4);
		await page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(query)}`, baseUrl).href);
		await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q), query);
		expect(await page.$$('.search-results li')).toHaveLength(0);
		expect(await cards('[data-search-none] .choices a')).toEqual(home);
		// A search that finds pages hides the cards again.
		await page.fill('#search-page-input', ownersWords.find(([l]) => l === locale)![1]);
		await page.keyboard.press('Enter');
		await page.waitForSelector('.search-results li');
		expect(await page.isVisible('[data-search-none]')).toBe(false);
		await close();
		expect(problems).toEqual([]);
	});

	it('shows no situation cards before a search or when it finds pages', async () => {
		const { page, problems, close } = await watchedPage(shared());
		await page.goto(new URL('en/search/', baseUrl).href);
		expect(await page.isVisible('[data-search-none]')).toBe(false);
		await page.goto(new URL('en/search/?q=appeal', baseUrl).href);
		await page.waitForSelector('.search-results li');
		expect(await page.isVisible('[data-search-none]')).toBe(false);
		await close();
		expect(problems).toEqual([]);
	});
});

describe('the character map the build writes for search', () => {
	const built = JSON.parse(readFileSync('dist/pagefind/script-map.json', 'utf8')) as Record<string, string>;

	it('pairs every character with its opencc form, one for one, and never ships a character both scripts use', () => {
		const hans = Array.from(built.Hans ?? '');
		const hant = Array.from(built.Hant ?? '');
		expect(hans.length).toBeGreaterThan(100);
		expect(hant).toHaveLength(hans.length);
		const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
		const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
		// The one pair opencc misses (账 for Taiwan's 帳, in 账号/帳號) is added by hand at build time.
		const wrong = hans.filter((c, i) => toHant(c) !== hant[i] && toHans(hant[i]!) !== c);
		expect(wrong).toEqual(['账']);
		expect(hans.filter((c) => hant.includes(c))).toEqual([]);
	});

	it('knows the words owners search with', () => {
		expect(convertScript('申訴 解封 帳號', 'Hant', 'Hans', built)).toBe('申诉 解封 账号');
		expect(convertScript('申诉 审查 账号', 'Hans', 'Hant', built)).toBe('申訴 審查 帳號');
	});
});
