import { describe, expect, inject, it } from 'vitest';
import { builtPages, readBuilt } from './built';
import localeConfig from '../../content/locales.json';

const basePath = inject('basePath').replace(/\/?$/, '/');
const inLocale = (p: string) => localeConfig.locales.some((l) => p.startsWith(`${l.slug}/`));

describe('head tags, sitemap and robots.txt', () => {
	it.each(builtPages().filter(inLocale))('%s has title, description, canonical, hreflang for all languages plus x-default, and Open Graph tags', (page: string) => {
		const problems: string[] = [];
		const html = readBuilt(page);
		const has = (re: RegExp, what: string) => re.test(html) || problems.push(what);
		has(/<title>[^<]+<\/title>/, 'title');
		has(/<meta name="description" content="[^"]{20,}"/, 'description');
		has(new RegExp(`<link rel="canonical" href="https://[^"]+${basePath}${page.replace('index.html', '')}"`), 'canonical');
		for (const lang of [...localeConfig.locales.map((l) => l.lang), 'x-default']) has(new RegExp(`<link rel="alternate" hreflang="${lang}" href="https://`), `hreflang ${lang}`);
		for (const og of ['og:title', 'og:description', 'og:url', 'og:locale']) has(new RegExp(`<meta property="${og}" content="[^"]+"`), og);
		expect(problems).toEqual([]);
	});

	it('robots.txt points to the sitemap at the configured site URL, which lists every locale page', () => {
		const robots = readBuilt('robots.txt');
		const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1] ?? '';
		expect(sitemapUrl).toMatch(new RegExp(`^https://[^/]+${basePath}sitemap\\.xml$`));
		const locs = [...readBuilt('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		const pages = builtPages()
			.filter((p) => inLocale(p) && !p.includes('/search/'))
			.map((p) => `${basePath}${p.replace('index.html', '')}`);
		expect(locs.sort()).toEqual(pages.sort());
	});
});
