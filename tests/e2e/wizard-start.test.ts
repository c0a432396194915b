import { describe, expect, inject, it } from 'vitest';
import { screens } from '../../src/domain/flow/flow';
import { useBrowser, watchedPage } from './browser';
import { answersReaching } from '../../src/domain/flow/explore';
import { seed } from './wizard-seed';
import localeConfig from '../../content/locales.json';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const first = screens[0]!;
const firstStep = screens.find((s) => s.kind === 'step')!;

// What can differ under a base path: the island's script and its URLs, and the illustrations.
describe('the wizard starts where the site is served', () => {
	it.each(localeConfig.locales.map((l) => l.slug))('/%s/appeal/ hydrates and moves on from its first question', async (locale) => {
		const { context, page, problems } = await watchedPage(browser());
		await page.goto(new URL(`${locale}/appeal/`, baseUrl).href);
		await page.waitForSelector(`.wizard[data-ready][data-screen="${first.id}"]`);
		if (first.kind !== 'choice') throw new Error('the first screen is expected to be a question');
		await page.locator(`input[name="${first.id}"][value="${first.options[0]}"]`).check({ force: true });
		await page.click('.wizard-form button[type="submit"]');
		await page.waitForSelector(`.wizard[data-ready]:not([data-screen="${first.id}"])`);
		expect(new URL(page.url()).pathname).toBe(new URL(`${locale}/appeal/`, baseUrl).pathname);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('a walk step shows its illustration from the site', async () => {
		const { context, page, problems } = await watchedPage(browser());
		const state = { current: firstStep.id, answers: answersReaching().get(firstStep.id)! };
		await seed(context, state.current, state.answers);
		await page.goto(new URL(`en/appeal/?step=${firstStep.id}`, baseUrl).href);
		await page.waitForSelector(`.wizard[data-ready][data-screen="${firstStep.id}"]`);
		const image = page.locator('.wizard img').first();
		await image.waitFor();
		await page.waitForFunction(() => {
			const img = document.querySelector<HTMLImageElement>('.wizard img');
			return Boolean(img?.complete && img.naturalWidth > 0);
		});
		expect(new URL((await image.getAttribute('src'))!, page.url()).pathname.startsWith(new URL(baseUrl).pathname)).toBe(true);
		await context.close();
		expect(problems).toEqual([]);
	});
});
