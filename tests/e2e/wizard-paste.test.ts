import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import budgets from '../../budgets.json';
import localeConfig from '../../content/locales.json';
import { decode } from '../../src/domain/decoder/decode';
import { graphError, metaTitles } from '../unit/decode-fixtures';
import { axeViolations } from './axe';
import { useBrowser, watchedPage } from './browser';
import { readBuilt } from './built';
import { WizardDriver } from './wizard-driver';
import { seed } from './wizard-seed';

const baseUrl = inject('baseUrl');
const basePath = inject('basePath').replace(/\/?$/, '/');
const browser = useBrowser();
const locales = localeConfig.locales.map((l) => l.slug);

// Meta's error for a country restriction: the decoder names both a situation and a reason for it.
const paste = graphError(130497, metaTitles[130497]!);
const situation = 'account-notice';
const reason = 'restricted-industry';

/** The script files the decoder page runs, by path: its module script and what that imports, read from the build. */
function decoderPageScripts(locale: string): Set<string> {
	const found = new Set<string>();
	const visit = (path: string) => {
		if (found.has(path)) return;
		found.add(path);
		for (const [, rel] of readBuilt(path.slice(basePath.length)).matchAll(/(?:from|import)\s*"(\.\/[^"]+)"/g)) visit(new URL(rel!, `http://site.test${path}`).pathname);
	};
	visit(readBuilt(`${locale}/decode/index.html`).match(/<script type="module" src="([^"]+)"/)![1]!);
	return found;
}

/** The panel is in the paste screen and works; then the paste is read. */
async function read(page: Page) {
	await page.waitForSelector('.wizard[data-ready][data-screen="paste"] [data-decoder][data-mounted]');
	await page.fill('#decoder-input', paste);
	await page.click('.decoder-form button[type="submit"]');
	await page.waitForSelector('[data-decode-result]:not([hidden]) h2');
}

describe('the wizard’s "paste" screen', () => {
	it('the fixture is one the decoder reads with a reason', () => {
		expect(decode(paste)).toMatchObject({ reason });
	});

	it.each(locales)(
		'%s: "paste" and Continue load the decoder (not before), whose "continue in the wizard" presets the situation and reason, with the real CSP and no request off 127.0.0.1',
		async (locale) => {
			const { context, page, problems } = await watchedPage(browser());
			const scripts: string[] = [];
			const responses = new Map<string, Response>();
			page.on('response', (response) => {
				if (response.request().resourceType() !== 'script') return;
				scripts.push(response.url());
				responses.set(response.url(), response);
			});
			const wizard = new WizardDriver(page);
			await page.goto(new URL(`${locale}/appeal/`, baseUrl).href);
			await wizard.expectScreen('what-you-see');
			// The first answer loads the rest of the wizard: everything the first screen asks for, in.
			await wizard.check('input[name="what-you-see"][value="paste"]');
			await page.waitForLoadState('networkidle');
			const firstScreen = [...scripts];

			await wizard.continue();
			await wizard.expectScreen('paste');
			expect(await page.textContent('.wizard h1')).toBeTruthy();
			await read(page);
			const decoderScripts = scripts.slice(firstScreen.length);
			// The decoder page's own chunk, first requested here: not in the wizard's first load.
			const path = (url: string) => new URL(url).pathname;
			const shared = decoderScripts.filter((url) => decoderPageScripts(locale).has(path(url)));
			expect(shared.length).toBeGreaterThan(0);
			expect(firstScreen.map(path).filter((p) => shared.map(path).includes(p))).toEqual([]);
			const gzip = (await Promise.all(decoderScripts.map((url) => responses.get(url)!.body()))).reduce((n, body) => n + gzipSync(body, { level: 9 }).length, 0);
			// Its data counts with it, as on the decoder page; the explanations it shows are text (the
			// decoder page's table), weighed with the fragment by the bench.
			const data = gzipSync(Buffer.from((await page.textContent('.wizard [data-decoder-data]')) ?? ''), { level: 9 }).length;
			expect(data).toBeGreaterThan(100);
			expect(gzip + data).toBeLessThanOrEqual(budgets.decoderPage.jsAndDataGzipBytes);

			// Back and Continue again: the same panel, with its paste and result.
			await page.click('.back-link');
			await wizard.expectScreen('what-you-see');
			await wizard.continue();
			await wizard.expectScreen('paste');
			await page.waitForSelector('[data-decode-result]:not([hidden]) h2');
			expect(await page.inputValue('#decoder-input')).toBe(paste);

			const href = await page.getAttribute('[data-decode-result] a.button.primary', 'href');
			const target = new URL(href!, page.url());
			expect(target.pathname).toBe(`${basePath}${locale}/appeal/`);
			expect([...target.searchParams]).toEqual([
				['situation', situation],
				['reason', reason],
			]);
			await page.click('[data-decode-result] a.button.primary');
			await page.waitForURL((url) => url.search.includes('step=what-you-see'));
			await wizard.expectScreen('what-you-see');
			expect(await page.isChecked(`input[name="what-you-see"][value="${situation}"]`)).toBe(true);
			// The reason waits on its own screen, chosen.
			await wizard.triage();
			await wizard.expectScreen('reason');
			expect(await page.isChecked(`input[name="reason"][value="${reason}"]`)).toBe(true);
			await context.close();
			expect(problems).toEqual([]);
		},
	);

	it.each(locales)('%s: the paste screen with a result has no axe violations', async (locale) => {
		const { context, page, problems, close } = await watchedPage(browser(), { bypassCSP: true });
		await seed(context, 'paste', { 'what-you-see': 'paste' });
		await page.goto(new URL(`${locale}/appeal/?step=paste`, baseUrl).href);
		await read(page);
		const violations = await axeViolations(page, '.wizard');
		await close();
		expect(violations).toEqual([]);
		expect(problems).toEqual([]);
	});
});
