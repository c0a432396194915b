import { gzipBytes } from '../../scripts/measure.mjs';
import { describe, expect, inject, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import budgets from '../../budgets.json';
import localeConfig from '../../content/locales.json';
import { decode } from '../../src/domain/decoder/decode';
import { axeViolations } from './axe';
import { useBrowser, watchedPage } from './browser';
import { readBuilt } from './built';
import { WizardDriver } from './wizard-driver';
import { seed } from './wizard-seed';

const baseUrl = inject('baseUrl');
const basePath = inject('basePath').replace(/\/?$/, '/');
const browser = useBrowser();
const locales = localeConfig.locales.map((l) => l.slug);

// Meta's violation webhook for a restricted good: a notice, so the decoder presets both the
// situation and the reason. (Was Graph error 130497; issue #22: an API error alone presets no
// "Meta notified me" situation any more.)
const paste = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '102290129340398', changes: [{ field: 'account_update', value: { event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'ALCOHOL' } } }] }] });
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
			const fetched: Response[] = [];
			page.on('response', (response) => {
				if (/decode\/data\.json|decode-phrases\//.test(response.url())) fetched.push(response);
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
			// The decoder page's own chunks, first requested here: not in the wizard's first load.
			// Weighed by name (the decoder page's script files), never as "whatever arrived after
			// networkidle": with both cores busy, the wizard's own later chunks arrived then too.
			const path = (url: string) => new URL(url).pathname;
			const own = decoderPageScripts(locale);
			const shared = scripts.slice(firstScreen.length).filter((url) => own.has(path(url)));
			expect(shared.length).toBeGreaterThan(0);
			expect(firstScreen.map(path).filter((p) => shared.map(path).includes(p))).toEqual([]);
			const gzip = (await Promise.all([...new Set(shared)].map((url) => responses.get(url)!.body()))).reduce((n, body) => n + gzipBytes(body), 0);
			expect(gzip).toBeLessThanOrEqual(budgets.decoderPage.scriptGzipBytes);
			// The catalogue it fetched on "Read it": the page's locale, and the Latin script's phrases on a
			// Chinese page (this paste is written in Latin letters), never the Chinese ones on the English page.
			const others = locale === 'en' ? [] : [`${basePath}decode-phrases/latn.json`];
			expect(fetched.map((r) => path(r.url()))).toEqual([`${basePath}${locale}/decode/data.json`, ...others]);
			const data = gzipBytes(await fetched[0]!.body());
			expect(data).toBeGreaterThan(100);
			expect(data).toBeLessThanOrEqual(budgets.decoderPage.dataGzipBytes);

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
			// The situation it read is answered: the wizard opens on the next question, the notice.
			await page.waitForURL((url) => url.search.includes('step=notice'));
			await wizard.expectScreen('notice');
			expect(await page.locator('.wizard .preset').count()).toBe(1);
			// The reason waits on its own screen, chosen.
			await wizard.choose('notice', 'business-messaging-policy', 'policy');
			await wizard.choose('admin', 'yes');
			await wizard.choose('meta-offers', 'request-review');
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
