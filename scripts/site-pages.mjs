// The built site's page list, shared by the browser tests and the bench: read from dist/ once,
// when a test file is collected, so each page gets a test of its own.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Built HTML that is no page of its own: a part another page fetches and inserts (the decoder
 * panel the wizard's `paste` screen embeds). It has no <html>, head, title or lang; the page that
 * shows it is checked whole, so per-page checks leave it out.
 */
export function isFragment(file) {
	return /(^|\/)decode\/panel\/(index\.html)?$/.test(file);
}

function htmlFiles(dir, prefix) {
	const found = [];
	for (const name of readdirSync(join(dir, prefix))) {
		const rel = prefix ? `${prefix}/${name}` : name;
		if (statSync(join(dir, rel)).isDirectory()) {
			if (name !== 'pagefind' && name !== '_astro') found.push(...htmlFiles(dir, rel));
		} else if (name.endsWith('.html')) found.push(rel);
	}
	return found.sort();
}

/** Every built HTML page under dist/ (fragments left out), as paths relative to dist/ ('en/index.html', '404.html'). */
export function builtPages(dir = 'dist', prefix = '') {
	return htmlFiles(dir, prefix).filter((file) => !isFragment(file));
}

/** The built fragments ('en/decode/panel/index.html'): for the checks that apply to any HTML the site serves. */
export function builtFragments(dir = 'dist') {
	return htmlFiles(dir, '').filter(isFragment);
}

/** Every built page as a URL path under the base: '' for the root, 'en/appeal/', '404.html'. */
export function sitePaths(dir = 'dist') {
	return builtPages(dir).map((file) => (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')));
}

/**
 * What a page is weighed as. 'guide' is every page with no script of its own: the guides, privacy,
 * and the appeal templates (appeal/templates/, the wizard's no-JavaScript text), which are no wizard.
 */
export function pageKind(path) {
	if (path === '' || path === '404.html') return 'other';
	if (isFragment(path)) return 'fragment';
	if (/(^|\/)appeal\/$/.test(path)) return 'wizard';
	if (/decode\/$/.test(path)) return 'decoder';
	if (/template-check\/$/.test(path)) return 'template-check';
	if (/search\/$/.test(path)) return 'search';
	return 'guide';
}

const { locales, defaultLocale } = JSON.parse(readFileSync('content/locales.json', 'utf8'));

/** The lang a page must carry, from its first path segment (content/locales.json); the default locale's for the rest. */
export function expectedLang(path) {
	const slug = path.split('/')[0];
	return (locales.find((l) => l.slug === slug) ?? locales.find((l) => l.slug === defaultLocale)).lang;
}

/** A locale's guide page slugs: its own content/guide/<slug>/ files, or its base's for a locale written as an overlay. */
export function guideSlugs(locale) {
	const base = locales.find((l) => l.slug === locale)?.base ?? locale;
	return readdirSync(join('content/guide', base))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.sort();
}
