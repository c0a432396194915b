// The built site's page list, shared by the browser tests and the bench: read from dist/ once,
// when a test file is collected, so each page gets a test of its own.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML file under dist/, as paths relative to dist/ ('en/index.html', '404.html'). */
export function builtPages(dir = 'dist', prefix = '') {
	const found = [];
	for (const name of readdirSync(join(dir, prefix))) {
		const rel = prefix ? `${prefix}/${name}` : name;
		if (statSync(join(dir, rel)).isDirectory()) {
			if (name !== 'pagefind' && name !== '_astro') found.push(...builtPages(dir, rel));
		} else if (name.endsWith('.html')) found.push(rel);
	}
	return found.sort();
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
	if (/(^|\/)appeal\/$/.test(path)) return 'wizard';
	if (/decode\/$/.test(path)) return 'decoder';
	if (/search\/$/.test(path)) return 'search';
	return 'guide';
}

/** The lang a page must carry, from its first path segment. */
export function expectedLang(path) {
	return path.startsWith('zh-cn/') ? 'zh-CN' : path.startsWith('zh-tw/') ? 'zh-TW' : 'en';
}
