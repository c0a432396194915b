import site from '../../content/site.json';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useSharedContext, watchedPage } from './browser';
import { guideSlugs } from '../../scripts/site-pages.mjs';

const baseUrl = inject('baseUrl');
const shared = useSharedContext({ viewport: { width: 390, height: 844 } });
const locales = (JSON.parse(readFileSync('content/locales.json', 'utf8')) as { locales: { slug: string }[] }).locales.map((l) => l.slug);
const phone = { width: 390, height: 844 };
const wide = { width: 1280, height: 800 };
const guidePaths = (locale: string) => guideSlugs(locale).map((slug) => `${locale}/${slug}/`);
const allGuidePaths = locales.flatMap(guidePaths);
const builtHtml = (path: string) => readFileSync(`dist/${path}index.html`, 'utf8');

/** The smallest label of an illustration, in its own units, and how many units wide it is drawn. */
function svgLabels(svg: string): { smallest: number; unitsWide: number } {
	const root = svg.match(/<svg\b[^>]*>/)![0];
	const unitsWide = Number(root.match(/viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)/)?.[1] ?? root.match(/\swidth="([\d.]+)"/)![1]);
	const smallest = Math.min(...[...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1])));
	return { smallest, unitsWide };
}

describe('guide pages on a phone and on a wide screen', () => {
	const tocPaths = allGuidePaths.filter((p) => builtHtml(p).includes('class="toc"'));
	it('every locale has guide pages with a table of contents', () => {
		for (const locale of locales) expect(tocPaths.filter((p) => p.startsWith(`${locale}/`)).length, locale).toBeGreaterThanOrEqual(3);
	});

	it.each(tocPaths)('%s: the table of contents is closed on a phone, so the text starts on the first screen (open on the step page, which owners follow step by step), and open beside the text on a wide screen, staying in view', async (path) => {
		const { page, problems, close } = await watchedPage(shared());
		const firstLink = page.locator('.toc nav a').first();
		await page.setViewportSize(phone);
		await page.goto(new URL(path, baseUrl).href);
		if (site.openContentsOn.includes(path.split('/').filter(Boolean).at(-1)!)) {
			expect(await page.locator('details.toc').getAttribute('open'), path).toBe('');
			expect(await firstLink.isVisible(), 'contents closed on the step page').toBe(true);
		} else {
			expect(await page.locator('details.toc').getAttribute('open'), path).toBeNull();
			expect(await firstLink.isVisible(), 'contents open on a phone').toBe(false);
			const textTop = await page.evaluate(() => document.querySelector('.toc-rail')!.nextElementSibling!.getBoundingClientRect().top);
			expect(textTop, 'the text starts below the first screen').toBeLessThan(phone.height - 60);
			// It opens with a tap, no script needed.
			await page.locator('.toc summary').click();
			await firstLink.waitFor({ state: 'visible' });
		}

		await page.setViewportSize(wide);
		await page.goto(new URL(path, baseUrl).href);
		expect(await firstLink.isVisible(), 'contents closed on a wide screen').toBe(true);
		const toc = await page.locator('.toc').boundingBox();
		const text = await page.locator('.guide > h1').boundingBox();
		expect(toc!.x, 'contents not beside the text').toBeGreaterThan(text!.x + 400);
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
		await page.waitForFunction(() => window.scrollY > 0);
		const inView = await page.evaluate(() => {
			const box = document.querySelector('.toc')!.getBoundingClientRect();
			return box.top >= 0 && box.top < innerHeight / 2;
		});
		expect(inView, 'contents scrolled away').toBe(true);
		await close();
		expect(problems).toEqual([]);
	});

	it.each(locales)('%s: the phone menu shows every item, none hidden behind a fade or off the screen', async (locale) => {
		const { page, close } = await watchedPage(shared());
		await page.setViewportSize(phone);
		await page.goto(new URL(guidePaths(locale)[0]!, baseUrl).href);
		// Closed on a phone, one Menu button in the header's first row; opened, every item fits.
		expect(await page.locator('.site-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await page.click('.site-menu > summary');
		const items = page.locator('.guide-nav a');
		expect(await items.count()).toBeGreaterThanOrEqual(6);
		for (let i = 0; i < (await items.count()); i++) {
			const box = await items.nth(i).boundingBox();
			expect(box!.x, `item ${i + 1}`).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width, `item ${i + 1} runs off the screen`).toBeLessThanOrEqual(phone.width);
		}
		const masked = await page.evaluate(() => {
			const nav = document.querySelector('.guide-nav')!;
			const style = getComputedStyle(nav);
			return { mask: style.maskImage, scrolls: nav.scrollWidth > nav.clientWidth };
		});
		expect(masked).toEqual({ mask: 'none', scrolls: false });
		await close();
	});

	it.each(allGuidePaths.filter((p) => builtHtml(p).includes('class="figure"')))(
		'%s: figure labels stay readable on a phone, each figure opens full size, and the page does not scroll sideways',
		async (path) => {
			const { page, close } = await watchedPage(shared());
			await page.setViewportSize(phone);
			await page.goto(new URL(path, baseUrl).href);
			const figures = await page.$$eval('.figure a', (links) =>
				links.map((a) => ({ href: (a as HTMLAnchorElement).href, src: a.querySelector('img')!.getAttribute('src')!, width: a.querySelector('img')!.getBoundingClientRect().width })),
			);
			expect(figures.length).toBeGreaterThan(0);
			for (const figure of figures) {
				expect(figure.href.endsWith(figure.src), `${figure.src} does not open full size`).toBe(true);
				const { smallest, unitsWide } = svgLabels(readFileSync(`public/${figure.src.split('/').slice(-2).join('/')}`, 'utf8'));
				const labelPx = (smallest * figure.width) / unitsWide;
				expect(labelPx, `${figure.src}: labels drawn at ${labelPx.toFixed(1)} px`).toBeGreaterThanOrEqual(10.5);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
			await close();
		},
	);

	it.each(allGuidePaths.filter((p) => builtHtml(p).includes('<table')))('%s: no word in a table is broken across lines on a phone', async (path) => {
		const { page, close } = await watchedPage(shared());
		await page.setViewportSize(phone);
		await page.goto(new URL(path, baseUrl).href);
		const broken = await page.evaluate(() => {
			const found: string[] = [];
			for (const cell of document.querySelectorAll('th, td')) {
				const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					for (const word of node.textContent!.matchAll(/[A-Za-z0-9_]{2,}/g)) {
						const range = document.createRange();
						range.setStart(node, word.index);
						range.setEnd(node, word.index + word[0].length);
						if (range.getClientRects().length > 1) found.push(word[0]);
					}
				}
			}
			return found;
		});
		expect(broken).toEqual([]);
		await close();
	});
});
