// Page weight as a browser sees it: every response a page loads before the visitor interacts.
import { gzipSync } from 'node:zlib';

/**
 * Gzip size at zlib's default level (6), as static hosts and CDNs compress on the fly (issue #26):
 * level 9 would flatter every page by a few per cent.
 */
export const gzipBytes = (buffer) => gzipSync(buffer).length;
const gz = gzipBytes;

/**
 * Loads `url` in a fresh page of `context` and sums what it fetched, by kind. Inline <script>
 * bytes are counted separately (they are part of the HTML).
 */
export async function measurePage(context, url) {
	const page = await context.newPage();
	const responses = [];
	page.on('response', (response) => responses.push(response));
	await page.goto(url, { waitUntil: 'networkidle' });
	const { inlineScripts, islandProps } = await page.evaluate(() => ({
		inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((s) => s.type !== 'application/json').map((s) => s.textContent ?? ''),
		// Astro serialises an island's props as JSON in an attribute: the page's strings and data.
		islandProps: [...document.querySelectorAll('astro-island[props]')].map((i) => i.getAttribute('props') ?? '{}'),
	}));
	const inlineScriptBytes = inlineScripts.reduce((n, s) => n + Buffer.byteLength(s), 0);
	const inlineScriptGzip = inlineScripts.length ? gz(Buffer.from(inlineScripts.join('\n'))) : 0;
	/** Bytes of each top-level island prop as it stands in the HTML (raw, and gzip on its own). */
	const props = {};
	for (const raw of islandProps) {
		let parsed = {};
		try {
			parsed = JSON.parse(raw);
		} catch {}
		for (const [key, value] of Object.entries(parsed)) {
			const text = Buffer.from(JSON.stringify(value).replace(/"/g, '&quot;'));
			props[key] = { raw: (props[key]?.raw ?? 0) + text.length, gzip: (props[key]?.gzip ?? 0) + gz(text) };
		}
	}
	// Data a script reads from the page (the decoder's JSON): part of the HTML, but counted with the
	// JavaScript that needs it.
	// The explanations an embedded decoder shows (data-decoder-texts) are text, as in the decoder page's table.
	const jsonData = await page.evaluate(() => [...document.querySelectorAll('script[type="application/json"]:not([data-decoder-texts])')].map((s) => s.textContent ?? ''));
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
		/** Script files only. */
		jsGzip: totals.js[1],
		/** Script files plus the inline scripts (Astro's island bootstrap among them), gzip. */
		jsWithInlineGzip: totals.js[1] + inlineScriptGzip,
		totalGzip: totals.html[1] + totals.css[1] + totals.js[1],
		scriptFiles: scripts.length,
		inlineScriptBytes,
		inlineScriptGzip,
		islandProps: props,
		jsonDataGzip: jsonData.reduce((n, text) => n + gz(Buffer.from(text)), 0),
		requests,
		images: responses.length - requests,
	};
}

export { pageKind } from './site-pages.mjs';
