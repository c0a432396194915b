// Page weight as a browser sees it: every response a page loads before the visitor interacts.
import { gzipSync } from 'node:zlib';

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * Loads `url` in a fresh page of `context` and sums what it fetched, by kind. Inline <script>
 * bytes are counted separately (they are part of the HTML).
 */
export async function measurePage(context, url) {
	const page = await context.newPage();
	const responses = [];
	page.on('response', (response) => responses.push(response));
	await page.goto(url, { waitUntil: 'networkidle' });
	const inlineScriptBytes = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')].filter((s) => s.type !== 'application/json').reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
	);
	// Data a script reads from the page (the decoder's JSON): part of the HTML, but counted with the
	// JavaScript that needs it.
	const jsonData = await page.evaluate(() => [...document.querySelectorAll('script[type="application/json"]')].map((s) => s.textContent ?? ''));
	const totals = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
	const scripts = [];
	for (const response of responses) {
		const type = response.request().resourceType();
		if (type === 'image') continue;
		let body;
		try {
			body = await response.body();
		} catch {
			continue;
		}
		const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
		totals[kind][0] += body.length;
		totals[kind][1] += gz(body);
		if (kind === 'js') scripts.push(response.url());
	}
	await page.close();
	const requests = responses.filter((r) => r.request().resourceType() !== 'image').length;
	return {
		htmlRaw: totals.html[0],
		htmlGzip: totals.html[1],
		cssRaw: totals.css[0],
		cssGzip: totals.css[1],
		jsRaw: totals.js[0],
		jsGzip: totals.js[1],
		totalGzip: totals.html[1] + totals.css[1] + totals.js[1],
		scriptFiles: scripts.length,
		inlineScriptBytes,
		jsonDataGzip: jsonData.reduce((n, text) => n + gz(Buffer.from(text)), 0),
		requests,
		images: responses.length - requests,
	};
}

/** Every page of the sitemap plus the 404 page, as paths under the base URL. */
export async function sitePaths(baseUrl) {
	const xml = await (await fetch(new URL('sitemap.xml', baseUrl))).text();
	const basePath = new URL(baseUrl).pathname;
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(basePath.length));
	return ['', ...paths, '404.html'];
}

export function pageKind(path) {
	if (path === '' || path === '404.html') return 'other';
	if (/appeal\/$/.test(path)) return 'wizard';
	if (/decode\/$/.test(path)) return 'decoder';
	if (/search\/$/.test(path)) return 'search';
	return 'guide';
}
