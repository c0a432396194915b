import { describe, expect, inject, it } from 'vitest';
import type { WizardState } from '../../src/domain/flow/saved-state';
import { seedPage } from './wizard-seed';
import { useSharedContext, watchedPage } from './browser';
import { axeViolations } from './axe';
import { allScreenIds, answersReaching } from '../../src/domain/flow/explore';

const baseUrl = inject('baseUrl');
const shared = useSharedContext({ bypassCSP: true });
const reaching = answersReaching();

/** Opens the wizard on one screen directly: saved progress that reaches it, then ?step=. */
async function openScreen(state: WizardState, locale = 'en') {
	const watched = await watchedPage(shared());
	const { current, answers, ...extra } = state;
	await seedPage(watched.page, baseUrl, current, answers, extra);
	await watched.page.goto(new URL(`${locale}/appeal/?step=${encodeURIComponent(state.current)}`, baseUrl).href);
	await watched.page.waitForSelector(`.wizard[data-ready][data-screen="${state.current}"]`);
	return watched;
}

describe('every wizard screen, opened directly', () => {
	it('the flow walk reaches every screen', () => {
		expect(allScreenIds.filter((id) => !reaching.has(id))).toEqual([]);
	});

	// The page around the wizard is the same on every screen: axe-pages checks it whole, once per locale.
	it.each(allScreenIds)('%s has no axe violations', async (id) => {
		const { close, page } = await openScreen({ current: id, answers: reaching.get(id) ?? {} });
		const violations = await axeViolations(page, '.wizard');
		await close();
		expect(violations).toEqual([]);
	});

	// Dark mode has its own colours (and the schematics their own frame): checked on every screen too.
	it.each(allScreenIds)('%s has no axe violations in dark mode', async (id) => {
		const { close, page } = await openScreen({ current: id, answers: reaching.get(id) ?? {} });
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
		const violations = await axeViolations(page, '.wizard');
		await page.emulateMedia({ colorScheme: 'light' });
		await close();
		expect(violations).toEqual([]);
	});

	// A page that pans sideways on a phone may be zoomed out whole, on the screens owners read beside Meta's app.
	it.each(allScreenIds)('%s is no wider than a 320 px or a 390 px phone', async (id) => {
		const { close, page } = await openScreen({ current: id, answers: reaching.get(id) ?? {} });
		const widths: Record<number, [number, number]> = {};
		for (const width of [320, 390]) {
			await page.setViewportSize({ width, height: 844 });
			widths[width] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth] as [number, number]);
		}
		await close();
		expect(widths).toEqual({ 320: [320, 320], 390: [390, 390] });
	});

	it('the error state has no axe violations', async () => {
		const { close, page } = await openScreen({ current: allScreenIds[0]!, answers: {} });
		await page.click('.wizard-form button[type="submit"]');
		await page.waitForSelector('.error-summary');
		const violations = await axeViolations(page);
		await close();
		expect(violations).toEqual([]);
	});

	it.each(['zh-cn', 'zh-tw'])('the result, written in English from /%s/, has no axe violations', async (locale) => {
		const { close, page } = await openScreen({ current: 'result', answers: reaching.get('result')!, appealLocale: 'en' }, locale);
		await page.waitForSelector('.translation');
		const violations = await axeViolations(page);
		await close();
		expect(violations).toEqual([]);
	});
});
