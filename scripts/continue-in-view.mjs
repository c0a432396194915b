// On a 390×844 phone, which question screens show Continue without scrolling: every screen of
// the flow, opened from answers that reach it (src/domain/flow/explore.ts, through Vite).
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';

const locales = JSON.parse(readFileSync('content/locales.json', 'utf8')).locales.map((l) => l.slug);

async function flowScreens() {
	const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'silent', configFile: false, optimizeDeps: { noDiscovery: true } });
	try {
		const { answersReaching } = await vite.ssrLoadModule('/src/domain/flow/explore.ts');
		const { screenById } = await vite.ssrLoadModule('/src/domain/flow/flow.ts');
		const { serialise, storageKey } = await vite.ssrLoadModule('/src/domain/flow/saved-state.ts');
		const questions = [...answersReaching()].filter(([id]) => ['choice', 'form'].includes(screenById(id)?.kind));
		return { questions: questions.map(([id, answers]) => ({ id, kind: screenById(id).kind, saved: serialise({ current: id, answers }, Date.now()) })), storageKey };
	} finally {
		await vite.close();
	}
}

export async function continueInView(browser, baseUrl) {
	const { questions, storageKey } = await flowScreens();
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const hidden = [];
	for (const locale of locales) {
		for (const q of questions) {
			await page.goto(new URL('robots.txt', baseUrl).href);
			await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, q.saved]);
			await page.goto(new URL(`${locale}/appeal/?step=${q.id}`, baseUrl).href);
			await page.waitForSelector(`.wizard[data-ready][data-screen="${q.id}"]`);
			const bottom = await page.evaluate(() => document.querySelector('.wizard-form button[type="submit"]').getBoundingClientRect().bottom);
			if (bottom > 844) hidden.push(`${locale} ${q.id} (${q.kind}, ${Math.round(bottom)} px)`);
		}
	}
	await context.close();
	return { screens: questions.length * locales.length, choices: questions.filter((q) => q.kind === 'choice').length * locales.length, locales: locales.length, hidden };
}
