import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { fastAnimations, useBrowser, watchedPage } from './browser';
import { WizardDriver } from './wizard-driver';

const baseUrl = inject('baseUrl');
const appeal = (locale: string, query = '') => new URL(`${locale}/appeal/${query}`, baseUrl).href;
const templatesPath = (locale: string) => `${new URL(baseUrl).pathname}${locale}/appeal/templates/`;
const browser = useBrowser();
const locales = ['en', 'zh-cn', 'zh-tw'];

/** What a visitor sees of the wizard page when the wizard cannot run. */
async function fallbackState(page: Page, locale: string) {
	return {
		fallback: await page.isVisible('.appeal-fallback'),
		island: await page.isVisible('.needs-js'),
		// By role, so hidden parts must be hidden from assistive technology too, not only from sight.
		h1s: await page.getByRole('heading', { level: 1 }).count(),
		// Disabled ones count too: the island's server-rendered Continue is disabled until it hydrates.
		buttons: await page.locator('.appeal-page').getByRole('button').count(),
		forms: await page.locator('.wizard-form').filter({ visible: true }).count(),
		steps: await page.locator('.fallback-steps > li').filter({ visible: true }).count(),
		templatesLink: await page.isVisible(`.appeal-fallback a[href="${templatesPath(locale)}"]`),
		notLoaded: await page.isVisible('.fallback-failed'),
		noJsIntro: await page.isVisible('.fallback-nojs'),
		templates: await page.locator('pre.template').count(),
	};
}

describe('the appeal wizard', () => {
	it.each(['promotional-volume', 'unsolicited-messages', 'unofficial-access', 'restricted-industry', 'template-misclassification', 'ai-assistant', 'unknown'])(
		'goes from the first question to the appeal text for %s in English, with no CSP violation or request off 127.0.0.1',
		async (reason) => {
			const { context, page, problems } = await watchedPage(browser());
			const wizard = new WizardDriver(page);
			await page.goto(appeal('en'));
			await wizard.completeTo(reason, { actions: [] });
			expect(await page.textContent('.summary-list')).toContain('00852 9123-4567');
			await wizard.continue();
			await wizard.expectScreen('result');
			const text = await wizard.appealText();
			expect(text).toContain('Harbour Tea House');
			expect(text).toContain('00852 9123-4567');
			expect(text).toContain('104958372615');
			expect(text).not.toContain('Since then we have taken these steps');
			await context.close();
			expect(problems).toEqual([]);
		},
	);

	it.each([
		['restricted-industry', { industryCase: 'still-offering', industry: 'gambling' }],
		['ai-assistant', { aiCase: 'still-offering' }],
	] as const)('a case still offered (%s) ends in its own outcome with an empty box for the owner\'s own text', async (reason, details) => {
		const { context, page, problems } = await watchedPage(browser());
		const wizard = new WizardDriver(page);
		await page.goto(appeal('en'));
		await wizard.completeTo(reason, details);
		expect(await wizard.appealText()).toBe('');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('shows errors in a focused summary, prefixes the title, and keeps what was typed', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const wizard = new WizardDriver(page);
		await page.goto(appeal('en'));
		await wizard.expectScreen('what-you-see');
		await wizard.continue();
		await page.waitForSelector('.error-summary');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
		expect(await page.title()).toMatch(/^Error: /);
		await wizard.triage('not-named');
		await wizard.choose('reason', 'promotional-volume');
		await wizard.expectScreen('business');
		await wizard.fill({ businessName: 'Harbour Tea House', phone: '9123 4567', wabaId: '12ab' });
		await wizard.continue();
		await page.waitForSelector('.error-summary');
		const messages = await page.$$eval('.error-summary a', (as) => as.map((a) => a.getAttribute('href')));
		expect(messages).toEqual(['#field-displayName', '#field-phone', '#field-wabaId']);
		await page.click('.error-summary a[href="#field-phone"]');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-phone');
		expect(await page.inputValue('#field-businessName')).toBe('Harbour Tea House');
		expect(await page.inputValue('#field-phone')).toBe('9123 4567');
		await page.reload();
		await wizard.expectScreen('business');
		expect(await page.inputValue('#field-phone')).toBe('9123 4567');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('resumes after a reload and keeps answers across the browser Back button and a language switch', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const wizard = new WizardDriver(page);
		await page.goto(appeal('zh-cn'));
		await wizard.triage('business-solution-terms');
		await wizard.choose('reason', 'ai-assistant');
		await wizard.expectScreen('ai-case');
		await page.reload();
		await wizard.expectScreen('ai-case');
		await page.goBack();
		await wizard.expectScreen('reason');
		expect(await page.isChecked('input[name="reason"][value="ai-assistant"]')).toBe(true);
		await page.goForward();
		await wizard.expectScreen('ai-case');
		await page.click('.language-picker a[hreflang="zh-TW"]');
		await page.waitForURL(/\/zh-tw\/appeal\//);
		await wizard.expectScreen('ai-case');
		expect(await page.textContent('h1')).toMatch(/[號帳]|哪/);
		await wizard.choose('ai-case', 'stopped');
		await wizard.expectScreen('business');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('starts fresh with a notice when saved data is corrupt, and a deep link presets the reason', async () => {
		const { context, page, problems } = await watchedPage(browser());
		await page.goto(appeal('en'));
		await page.waitForSelector('.wizard[data-ready]');
		await page.evaluate(() => localStorage.setItem('whatsapp-appeal-wizard', '{broken'));
		await page.goto(appeal('en', '?reason=template-misclassification'));
		const wizard = new WizardDriver(page);
		await wizard.expectScreen('what-you-see');
		expect(await page.textContent('.notice')).toContain('could not be read');
		await wizard.triage();
		await wizard.expectScreen('reason');
		expect(await page.isChecked('input[name="reason"][value="template-misclassification"]')).toBe(true);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('Change from the check screen returns there, and an edit cannot skip validation', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const wizard = new WizardDriver(page);
		await page.goto(appeal('en'));
		await wizard.completeTo('promotional-volume', { wentWrong: ['sent-too-often'] });
		await page.click('.summary-list a[href="?step=business"]');
		await wizard.expectScreen('business');
		await wizard.fill({ displayName: 'Harbour Tea HK' });
		await wizard.continue();
		await wizard.expectScreen('check');
		expect(await page.textContent('.summary-list')).toContain('Harbour Tea HK');
		await page.click('.summary-list a[href="?step=business"]');
		await wizard.expectScreen('business');
		await wizard.fill({ businessName: '', phone: 'call me maybe' });
		await page.goBack();
		await wizard.expectScreen('business');
		await wizard.continue();
		await page.waitForSelector('.error-summary');
		// A new reason drops the ticks it does not offer and asks those questions again.
		await wizard.fill({ businessName: 'Harbour Tea House', phone: '+85291234567' });
		await wizard.continue();
		await wizard.expectScreen('check');
		await page.click('.summary-list a[href="?step=reason"]');
		await wizard.choose('reason', 'unofficial-access');
		await wizard.expectScreen('went-wrong');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('asks which is true when a changed answer contradicts a later one, before writing anything', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const wizard = new WizardDriver(page);
		await page.goto(appeal('en'));
		await wizard.completeTo('restricted-industry', { industryCase: 'stopped', wentWrong: ['restricted-items-listed'] });
		await page.click('.summary-list a[href="?step=industry-case"]');
		await wizard.choose('industry-case', 'misclassified');
		await wizard.expectScreen('check');
		await wizard.continue();
		await wizard.expectScreen('result');
		expect(await page.$('#appeal-text')).toBeNull();
		await wizard.check('input[name="resolve-not-in-category"][value="stopped"]');
		await page.click('.wizard-form button[type="submit"]');
		await page.waitForSelector('#appeal-text');
		expect(await wizard.appealText()).toContain('We no longer offer anything in the category of alcohol');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('works in memory, with a notice, when the browser refuses storage', async () => {
		const { context, page, problems } = await watchedPage(browser());
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		const wizard = new WizardDriver(page);
		await page.goto(appeal('en'));
		await wizard.expectScreen('what-you-see');
		expect(await page.textContent('.notice')).toContain('not saving');
		await wizard.triage();
		await wizard.choose('reason', 'unofficial-access');
		await wizard.expectScreen('business');
		await page.click('.back-link');
		await wizard.expectScreen('reason');
		expect(await page.isChecked('input[name="reason"][value="unofficial-access"]')).toBe(true);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('copies exactly the textarea text, downloads the same text, and edits survive a reload', async () => {
		const { context, page, problems } = await watchedPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
		const wizard = new WizardDriver(page);
		await page.goto(appeal('en'));
		await wizard.completeTo('unsolicited-messages', { wentWrong: ['bought-list'], actions: ['purchased-lists-deleted'] });
		await wizard.continue();
		await wizard.expectScreen('result');
		await page.fill('#appeal-text', `${await wizard.appealText()}\n\nReference: case 42 <b>not markup</b> 🙂`);
		const text = await wizard.appealText();
		await page.click('.wizard .text-actions button.primary');
		await page.waitForSelector('.status:not(:empty)');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .txt' }).click()]);
		expect(await readFile((await download.path())!, 'utf8')).toBe(text);
		await page.reload();
		await wizard.expectScreen('result');
		expect(await wizard.appealText()).toBe(text);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('when the clipboard is refused, selects the text and says how to copy', async () => {
		const { context, page } = await watchedPage(browser());
		await context.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		const wizard = new WizardDriver(page);
		await page.goto(appeal('en'));
		await wizard.completeTo('promotional-volume');
		await wizard.continue();
		await wizard.expectScreen('result');
		await page.click('.wizard .text-actions button.primary');
		await page.waitForSelector('.status:not(:empty)');
		expect(await page.textContent('.wizard .text-actions .status')).toContain('Ctrl+C');
		const selected = await page.evaluate(() => {
			const area = document.querySelector<HTMLTextAreaElement>('#appeal-text')!;
			return document.activeElement === area && area.selectionEnd - area.selectionStart === area.value.length;
		});
		expect(selected).toBe(true);
		await context.close();
	});

	it('goes from the first question to the appeal text in zh-CN, restricted industry, with the industry and case in the text', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const wizard = new WizardDriver(page);
		await page.goto(appeal('zh-cn'));
		await wizard.completeTo('restricted-industry', { industry: 'medical-healthcare', industryCase: 'misclassified', actions: ['profile-updated'] });
		await wizard.continue();
		await wizard.expectScreen('result');
		expect(await wizard.appealText()).toContain('医疗和保健产品');
		await wizard.version('full');
		const text = await wizard.appealText();
		expect(text).toContain('尊敬的');
		expect(text).toContain('医疗和保健产品');
		expect(text).toContain('Harbour Tea House');
		expect(await page.getAttribute('#appeal-text', 'lang')).toBe('zh-CN');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('writes the appeal in another language on one click, with a marked translation beside it', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const wizard = new WizardDriver(page);
		await page.goto(appeal('zh-tw'));
		await wizard.completeTo('promotional-volume');
		await wizard.continue();
		await wizard.expectScreen('result');
		await wizard.version('full');
		expect(await wizard.appealText()).toContain('審查團隊');
		// What was typed in English stays English in a Chinese appeal: said before Copy.
		expect(await page.textContent('.other-script')).toContain('tea, cakes and gift boxes');
		const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
		expect(await top('.other-script')).toBeLessThan(await top('#appeal-text'));
		await page.click('.segmented label[lang="en"]');
		expect(await wizard.appealText()).toContain('Dear WhatsApp Business Platform review team');
		expect(await page.$('.other-script')).toBeNull();
		expect(await page.textContent('.translation')).toContain('審查團隊');
		expect(await page.getAttribute('#appeal-text', 'lang')).toBe('en');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('asks the appeal’s language on the first form, writes the letter in it, and links a description typed in another script to its field', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const wizard = new WizardDriver(page, async (screen) => {
			if (screen === 'business') expect(await page.isChecked('input[name="appeal-language"][value="en"]')).toBe(true);
			if (screen === 'about') expect(await page.textContent('.wizard .note')).toContain('繁體中文');
		});
		await page.goto(appeal('en'));
		await wizard.completeTo('promotional-volume', { appealLanguage: 'zh-tw' });
		await wizard.continue();
		await wizard.expectScreen('result');
		expect(await page.getAttribute('#appeal-text', 'lang')).toBe('zh-TW');
		expect(await page.isChecked('input[name="appeal-language"][value="zh-tw"]')).toBe(true);
		// The English description in a Chinese letter: the warning links to where it was typed.
		const links = page.locator('.other-script a');
		const en = JSON.parse(await readFile('content/i18n/en.json', 'utf8'));
		expect(await links.allTextContents()).toEqual([en.wizard.fields.sells.label]);
		await links.first().click();
		await wizard.expectScreen('about');
		expect(await page.inputValue('#field-sells')).toBe('tea, cakes and gift boxes');
		await context.close();
		expect(problems).toEqual([]);
	});

	it('goes from /zh-tw/appeal/ to copied text with the keyboard only', async () => {
		const { context, page, problems } = await watchedPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(appeal('zh-tw'));
		await page.waitForSelector('.wizard[data-ready][data-screen="what-you-see"]');
		const key = (k: string) => page.keyboard.press(k);
		const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? document.activeElement?.tagName);
		/** Tabs until the focused element matches, as a keyboard user would. */
		const tabTo = async (selector: string) => {
			for (let i = 0; i < 60; i++) {
				if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
				await key('Tab');
			}
			throw new Error(`Could not reach ${selector} by Tab (at ${await focusedName()})`);
		};
		const pickRadio = async (name: string, value: string) => {
			await tabTo(`input[name="${name}"]`);
			for (let i = 0; i < 20 && !(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, `input[name="${name}"][value="${value}"]`)); i++) {
				await key('ArrowDown');
			}
			await key('Space');
			await tabTo('.wizard-form button[type="submit"]');
			await key('Enter');
		};
		await pickRadio('what-you-see', 'account-notice');
		await page.waitForSelector('.wizard[data-ready][data-screen="notice"]');
		await pickRadio('policy', 'not-named');
		await page.waitForSelector('.wizard[data-ready][data-screen="admin"]');
		await pickRadio('admin', 'yes');
		await pickRadio('meta-offers', 'request-review');
		await pickRadio('reason', 'unofficial-access');
		await page.waitForSelector('.wizard[data-screen="business"]');
		for (const [id, value] of [['businessName', '港灣茶館'], ['displayName', '港灣茶館'], ['phone', '+886 912 345 678'], ['wabaId', '104958372615']]) {
			await tabTo(`#field-${id}`);
			await page.keyboard.type(value!);
		}
		await tabTo('.wizard-form button[type="submit"]');
		await key('Enter');
		await page.waitForSelector('.wizard[data-screen="about"]');
		await tabTo('.wizard-form button[type="submit"]');
		await key('Enter');
		await page.waitForSelector('.wizard[data-screen="messaging"]');
		await tabTo('#field-use');
		await page.keyboard.type('訂單通知與訂位提醒');
		await tabTo('input[name="optIn"]');
		await key('Space');
		await tabTo('.wizard-form button[type="submit"]');
		await key('Enter');
		await page.waitForSelector('.wizard[data-screen="went-wrong"]');
		await tabTo('input[name="wentWrong"][value="dont-know"]');
		await key('Space');
		for (const screen of ['went-wrong', 'check']) {
			await page.waitForSelector(`.wizard[data-screen="${screen}"]`);
			await tabTo('.wizard-form button[type="submit"]');
			await key('Enter');
		}
		await page.waitForSelector('.wizard[data-screen="result"]');
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
		await tabTo('.wizard .text-actions button.primary');
		await key('Enter');
		await page.waitForSelector('.status:not(:empty)');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.inputValue('#appeal-text'));
		expect(copied).toContain('港灣茶館');
		expect(copied).toContain('+886 912 345 678');
		await context.close();
		expect(problems).toEqual([]);
	});
});

describe('when the wizard cannot run', () => {
	it.each(locales)('/%s/appeal/ without JavaScript shows the steps at once, with a link to the templates and no wizard form', async (locale) => {
		const { context, page } = await watchedPage(browser(), { javaScriptEnabled: false });
		await page.goto(appeal(locale));
		// No waiting: the fallback must be there as soon as the page is, not after the script's grace time.
		expect(await fallbackState(page, locale)).toEqual({
			fallback: true,
			island: false,
			h1s: 1,
			buttons: 0,
			forms: 0,
			steps: 6,
			templatesLink: true,
			notLoaded: false,
			noJsIntro: true,
			templates: 0,
		});
		await context.close();
	});

	it.each(locales)('/%s/appeal/ with its script failing to load shows the steps after a few seconds instead of a dead Continue button, and passes axe', async (locale) => {
		const { context, page, problems } = await watchedPage(browser(), { bypassCSP: true });
		const blocked: string[] = [];
		await page.route('**/_astro/*.js', (route) => {
			blocked.push(route.request().url());
			return route.abort();
		});
		await fastAnimations(page);
		await page.goto(appeal(locale), { waitUntil: 'domcontentloaded' });
		// At first the server-rendered first question shows, as it would while the script loads: no
		// fallback before 5 s of (sped-up) animation time, read in the same frame.
		const early = await page.evaluate(() => ({
			time: Number(document.timeline.currentTime),
			fallback: getComputedStyle(document.querySelector('.appeal-fallback')!).display !== 'none',
			form: getComputedStyle(document.querySelector('.wizard-form')!).display !== 'none',
		}));
		expect(early.fallback && early.time < 5000).toBe(false);
		expect(early.form || early.time >= 5000).toBe(true);
		await page.locator('.appeal-fallback').waitFor({ state: 'visible', timeout: 20_000 });
		expect(blocked.length).toBeGreaterThan(0);
		expect(await page.locator('.wizard[data-ready]').count()).toBe(0);
		expect(await fallbackState(page, locale)).toEqual({
			fallback: true,
			island: false,
			h1s: 1,
			buttons: 0,
			forms: 0,
			steps: 6,
			templatesLink: true,
			notLoaded: true,
			noJsIntro: false,
			templates: 0,
		});
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
		// The only complaints are about the scripts this test blocked (and Astro failing to hydrate without them).
		const aboutBlocked = (p: string) => p.startsWith('console error') && (p.includes('Failed to load resource: net::ERR_FAILED') || p.includes('/_astro/'));
		expect(problems.filter((p) => !aboutBlocked(p))).toEqual([]);
	});

	it.each(locales)('/%s/appeal/ with the wizard running never shows the fallback, also after its grace time', async (locale) => {
		const { context, page, problems } = await watchedPage(browser());
		// Samples every frame whether the fallback is displayed, from the first one on: wrongly so within
		// its grace time (5 s of animation time) or once the island is ready. A busy machine may take
		// longer than the sped-up grace time to start the island; then the fallback rightly shows until it is ready.
		await context.addInitScript(() => {
			const w = window as unknown as { fallbackShown: boolean };
			w.fallbackShown = false;
			const sample = () => {
				const el = document.querySelector('.appeal-fallback');
				const wrongly = Number(document.timeline.currentTime) < 5000 || document.querySelector('.wizard[data-ready]');
				if (el && wrongly && getComputedStyle(el).display !== 'none') w.fallbackShown = true;
				requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		});
		await fastAnimations(page);
		await page.goto(appeal(locale));
		await page.waitForSelector('.wizard[data-ready] h1');
		expect(await page.isVisible('.appeal-fallback')).toBe(false);
		// Past the 5 s (of animation time, run ten times faster) after which the fallback would show if
		// the island had not marked itself ready.
		await page.waitForFunction(() => Number(document.timeline.currentTime) > 6000, undefined, { timeout: 20_000 });
		expect(await page.isVisible('.appeal-fallback')).toBe(false);
		expect(await page.isVisible('.wizard-form button[type="submit"]')).toBe(true);
		expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
		expect(await page.evaluate(() => (window as unknown as { fallbackShown: boolean }).fallbackShown)).toBe(false);
		await context.close();
		expect(problems).toEqual([]);
	});

	it.each(locales)('/%s/appeal/templates/ has a fill-in template per reason, no script, and links back to the wizard and the steps', async (locale) => {
		const { context, page, problems } = await watchedPage(browser());
		await page.goto(new URL(`${locale}/appeal/templates/`, baseUrl).href);
		const templates = await page.$$eval('pre.template', (pre) => pre.map((p) => p.textContent ?? ''));
		expect(templates).toHaveLength(7);
		for (const t of templates) expect(t).toMatch(/[[［【]/);
		expect(new Set(templates).size).toBe(7);
		expect(await page.locator('script[src], astro-island').count()).toBe(0);
		const base = new URL(baseUrl).pathname;
		expect(await page.locator(`main a[href="${base}${locale}/appeal/"]`).count()).toBe(1);
		expect(await page.locator(`main a[href="${base}${locale}/request-review/"]`).count()).toBe(1);
		await context.close();
		expect(problems).toEqual([]);
	});
});
