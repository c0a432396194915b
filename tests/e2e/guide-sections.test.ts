import { describe, expect, it } from 'vitest';
import site from '../../content/site.json';
import { readBuilt } from './built';
import { guideSlugs } from '../../scripts/site-pages.mjs';
import localeConfig from '../../content/locales.json';
import { uiStringsOf } from '../unit/content';

// The guide's own pages, from their sources: every locale, every .mdx (an overlay locale's are its base's).
const guidePages = localeConfig.locales.flatMap(({ slug: locale }) => guideSlugs(locale).map((slug) => ({ locale, slug })));
const base = process.env.BASE_PATH || '/';

describe('a long guide page on a phone (issue 24.7)', () => {
	it('has guide pages to check', () => expect(guidePages.length).toBeGreaterThanOrEqual(15));

	it.each(guidePages)('$locale/$slug ends each section with a link to the top and one to the wizard, in its language', ({ locale, slug }) => {
		const html = readBuilt(`${locale}/${slug}/index.html`);
		const article = html.slice(html.indexOf('<article'), html.indexOf('<footer class="guide-footer"'));
		const sections = (article.match(/<h2[\s>]/g) ?? []).length;
		const lines = [...article.matchAll(/<p class="section-links"[^>]*>(.*?)<\/p>/g)].map((m) => [...m[1]!.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((a) => [a[1], a[2]]));
		const words = uiStringsOf(locale).guide.sectionLinks;
		expect(sections).toBeGreaterThanOrEqual(3);
		expect(lines).toHaveLength(sections);
		for (const line of lines) expect(line).toEqual([['#top', words.top], [`${base}${locale}/appeal/`, words.wizard]]);
		expect(html).toContain('<h1 id="top">');
	});

	it.each(guidePages)('$locale/$slug opens “On this page” on a phone only where the site says so', ({ locale, slug }) => {
		const toc = readBuilt(`${locale}/${slug}/index.html`).match(/<details class="toc"( open)?>/);
		expect(toc).not.toBeNull();
		expect(Boolean(toc![1])).toBe(site.openContentsOn.includes(slug));
	});

	it('opens it on the step page', () => expect(site.openContentsOn).toContain('request-review'));
});
