import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
	(p): p is string => Boolean(p),
);

export function chromiumPath(): string {
	const found = candidates.find((p) => existsSync(p));
	if (!found) {
		throw new Error(
			'No Chromium found. Install it with `apt-get update && apt-get install -y chromium` or set CHROMIUM_PATH.',
		);
	}
	return found;
}

export function launch(options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
		...options,
	});
}

export interface Watched {
	context: BrowserContext;
	page: Page;
	/** Console errors, page errors, CSP violations and requests that tried to leave 127.0.0.1. */
	problems: string[];
}

/** A context whose every request off 127.0.0.1 is blocked and recorded, with console errors. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
	const context = await browser.newContext(options);
	const problems: string[] = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
		problems.push(`request left 127.0.0.1: ${url.href}`);
		return route.abort();
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	const page = await context.newPage();
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
	return { context, page, problems };
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('The browser is not running yet.');
		return browser;
	};
}
