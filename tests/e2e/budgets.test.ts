import { describe, expect, inject, it } from 'vitest';
import budgets from '../../budgets.json';
import localeConfig from '../../content/locales.json';
import { useBrowser } from './browser';
import { measurePage, pageKind, sitePaths } from '../../scripts/measure.mjs';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Weight {
	totalGzip: number;
	jsGzip: number;
	jsonDataGzip: number;
	scriptFiles: number;
	inlineScriptBytes: number;
}

// The byte and request budgets of budgets.json; timings and Lighthouse live in `npm run bench`.
describe('page weight budgets', () => {
	it('guide pages stay under the byte budget and load no script file before interaction; the wizard and the decoder stay under their JS budgets', async () => {
		const context = await browser().newContext();
		const over: string[] = [];
		const paths: string[] = await sitePaths(baseUrl);
		let guides = 0;
		let decoders = 0;
		for (const path of paths) {
			const kind = pageKind(path);
			if (kind !== 'guide' && kind !== 'wizard' && kind !== 'decoder') continue;
			const weight = (await measurePage(context, new URL(path, baseUrl).href)) as Weight;
			if (kind === 'guide') {
				guides++;
				if (weight.totalGzip > budgets.guidePage.totalGzipBytes) over.push(`${path}: ${weight.totalGzip} B gzip`);
				if (weight.scriptFiles > budgets.guidePage.scriptFilesBeforeInteraction) over.push(`${path}: ${weight.scriptFiles} script files`);
				if (weight.inlineScriptBytes > budgets.guidePage.inlineScriptBytes) over.push(`${path}: ${weight.inlineScriptBytes} B inline script`);
			} else if (kind === 'decoder') {
				decoders++;
				if (weight.scriptFiles < 1) over.push(`${path}: the decoder's script did not load`);
				if (weight.jsGzip + weight.jsonDataGzip > budgets.decoderPage.jsAndDataGzipBytes) over.push(`${path}: ${weight.jsGzip} B JavaScript + ${weight.jsonDataGzip} B data gzip`);
			} else if (weight.jsGzip > budgets.wizardPage.jsGzipBytes) {
				over.push(`${path}: ${weight.jsGzip} B of JavaScript gzip`);
			}
		}
		await context.close();
		expect(guides).toBeGreaterThanOrEqual(15);
		expect(decoders).toBe(localeConfig.locales.length);
		expect(over).toEqual([]);
		// It loads every measured page until the network is idle: on a busy machine that takes a while.
	}, 180_000);
});
