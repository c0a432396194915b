import { describe, expect, inject, it } from 'vitest';
import budgets from '../../budgets.json';
import localeConfig from '../../content/locales.json';
import { useBrowser } from './browser';
import { gzipBytes, measurePage } from '../../scripts/measure.mjs';
import { builtPages, pageKind, readBuilt, sitePaths } from './built';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Weight {
	totalGzip: number;
	jsGzip: number;
	htmlGzip: number;
	jsWithInlineGzip: number;
	jsonDataGzip: number;
	scriptFiles: number;
	inlineScriptBytes: number;
}

const guides: string[] = sitePaths().filter((p: string) => pageKind(p) === 'guide');
const wizards: string[] = sitePaths().filter((p: string) => pageKind(p) === 'wizard');
const decoders: string[] = sitePaths().filter((p: string) => pageKind(p) === 'decoder');
const templateChecks: string[] = sitePaths().filter((p: string) => pageKind(p) === 'template-check');

async function weigh(path: string): Promise<Weight> {
	const context = await browser().newContext();
	try {
		return (await measurePage(context, new URL(path, baseUrl).href)) as Weight;
	} finally {
		await context.close();
	}
}

// The byte and request budgets of budgets.json; timings and Lighthouse live in `npm run bench`.
describe('page weight budgets', () => {
	it('there are guide, wizard and decoder pages in every locale to weigh', () => {
		expect(guides.length).toBeGreaterThanOrEqual(15);
		expect(wizards).toHaveLength(localeConfig.locales.length);
		expect(decoders).toHaveLength(localeConfig.locales.length);
	});

	// Issue #26: every page's HTML in the first flight of a new connection (guide pages, the wizard's first screen, the decoder).
	// The file is the response body the static host sends (scripts/static-server.mjs).
	it.each(builtPages())('%s sends its HTML in one round trip', (file: string) => {
		expect(gzipBytes(readBuilt(file))).toBeLessThanOrEqual(budgets.htmlGzipBytes);
	});

	it.each(guides)('guide page /%s stays under the byte budget and loads no script file before interaction', async (path) => {
		const weight = await weigh(path);
		expect(weight.totalGzip).toBeLessThanOrEqual(budgets.guidePage.totalGzipBytes);
		expect(weight.scriptFiles).toBeLessThanOrEqual(budgets.guidePage.scriptFilesBeforeInteraction);
		expect(weight.inlineScriptBytes).toBeLessThanOrEqual(budgets.guidePage.inlineScriptBytes);
	});

	it.each(wizards)('wizard page /%s stays under its first-load and JavaScript budgets, inline scripts counted', async (path) => {
		const weight = await weigh(path);
		expect(weight.jsWithInlineGzip).toBeLessThanOrEqual(budgets.wizardPage.jsGzipBytes);
		expect(weight.totalGzip).toBeLessThanOrEqual(budgets.wizardPage.totalGzipBytes);
	});

	it.each(decoders)('decoder page /%s loads its script, and its script, HTML and the catalogue it fetches stay under their budgets', async (path) => {
		const weight = await weigh(path);
		expect(weight.scriptFiles).toBeGreaterThanOrEqual(1);
		// Before interaction, only the decoder's own script is loaded (issue #22: weighed apart from its data).
		expect(weight.jsGzip).toBeLessThanOrEqual(budgets.decoderPage.scriptGzipBytes);
		expect(weight.htmlGzip).toBeLessThanOrEqual(budgets.decoderPage.htmlGzipBytes);
		const data = gzipBytes(readBuilt(`${path}data.json`));
		expect(data).toBeLessThanOrEqual(budgets.decoderPage.dataGzipBytes);
	});

	it('there is a template check page in every locale to weigh', () => {
		expect(templateChecks).toHaveLength(localeConfig.locales.length);
	});

	it.each(templateChecks)('template check page /%s: its script and the rules it fetches on the first Check stay under their budget', async (path) => {
		const weight = await weigh(path);
		expect(weight.scriptFiles).toBeGreaterThanOrEqual(1);
		const rules = gzipBytes(readBuilt('template-check/rules.json'));
		expect(weight.jsGzip + rules).toBeLessThanOrEqual(budgets.templateCheckPage.scriptAndRulesGzipBytes);
		expect(weight.htmlGzip).toBeLessThanOrEqual(budgets.templateCheckPage.htmlGzipBytes);
	});
});
