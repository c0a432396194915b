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
	/** Closes what this test opened: its own context (a shared context's page stays open for the next test). */
	close: () => Promise<void>;
}

function isContext(target: Browser | BrowserContext): target is BrowserContext {
	return 'newPage' in target && !('newContext' in target);
}

function watch(page: Page, sink: { problems: string[] }): Promise<void> {
	page.on('console', (msg) => {
		if (msg.type() === 'error') sink.problems.push(`console error on ${page.url()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => sink.problems.push(`page error on ${page.url()}: ${err.message}`));
	return Promise.all([
		page.route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
			sink.problems.push(`request left 127.0.0.1: ${url.href}`);
			return route.abort();
		}),
		page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
			});
		}),
	]).then(() => undefined);
}

/** The one page each shared context keeps, and where its problems go for the test using it now. */
const reused = new WeakMap<BrowserContext, { page: Page; sink: { problems: string[] } }>();

/**
 * A page whose every request off 127.0.0.1 is blocked and recorded, with console errors. Given a
 * browser it opens a context of its own (fresh storage and cache). Given a shared context it hands
 * out the same page each time, with a fresh list of problems: opening a page costs a new renderer
 * process, which on a loaded machine takes longer than the test.
 */
export async function watchedPage(target: Browser | BrowserContext, options: BrowserContextOptions = {}): Promise<Watched> {
	if (isContext(target)) {
		let entry = reused.get(target);
		if (!entry || entry.page.isClosed()) {
			entry = { page: await target.newPage(), sink: { problems: [] } };
			await watch(entry.page, entry.sink);
			reused.set(target, entry);
		}
		const problems: string[] = [];
		entry.sink.problems = problems;
		return { context: target, page: entry.page, problems, close: async () => {} };
	}
	const context = await target.newContext(options);
	const page = await context.newPage();
	const sink = { problems: [] as string[] };
	await watch(page, sink);
	return { context, page, problems: sink.problems, close: () => context.close() };
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

/**
 * One Chromium, one context and one page for a file whose tests keep nothing between them (no
 * storage, no clicks that save): each test navigates the same page.
 */
export function useSharedContext(options: BrowserContextOptions = {}): () => BrowserContext {
	const browser = useBrowser();
	let context: BrowserContext | undefined;
	beforeAll(async () => {
		context = await browser().newContext(options);
	});
	afterAll(async () => {
		await context?.close();
	});
	return () => {
		if (!context) throw new Error('The context is not open yet.');
		return context;
	};
}

/**
 * Runs the page's CSS animations (and its document timeline) ten times faster, so a test of what
 * CSS shows after a delay waits a tenth of it. Call before the page loads.
 */
export async function fastAnimations(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Animation.enable');
	await cdp.send('Animation.setPlaybackRate', { playbackRate: 10 });
}
