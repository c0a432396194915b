// Wizard screen changes: from the click on Continue to the next screen painted, text and all. Used by bench.mjs;
// `node scripts/screen-changes.mjs` runs it alone against dist/.
import { pathToFileURL } from 'node:url';

// Questions answered on the way; then saved answers open the appeal text, and the walk follows.
// Per screen: the radio group picked and its value (the notice is a form whose first field is a radio group).
const choices = {
	'what-you-see': ['what-you-see', 'account-notice'],
	notice: ['policy', 'business-messaging-policy'],
	admin: ['admin', 'yes'],
	'meta-offers': ['meta-offers', 'request-review'],
	reason: ['reason', 'promotional-volume'],
};
const written = {
	...Object.fromEntries(Object.values(choices)),
	notice: 'done', sells: 'tea, cakes and gift boxes',
	businessName: 'Harbour Tea House', displayName: 'Harbour Tea', phone: '+85291234567', wabaId: '104958372615',
	use: 'order updates and table bookings', optIn: ['checkout-checkbox'], wentWrong: ['dont-know'], actions: ['frequency-reduced'],
	business: 'done', about: 'done', messaging: 'done', 'went-wrong': 'done', check: 'done',
};

async function timeContinue(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const root = document.querySelector('.wizard');
				const before = root.dataset.screen;
				const start = performance.now();
				const observer = new MutationObserver(() => {
					// The next screen counts once it is shown whole (its text may still be loading).
					if (root.dataset.screen === before || root.dataset.ready !== 'true') return;
					observer.disconnect();
					requestAnimationFrame(() => resolve(performance.now() - start));
				});
				observer.observe(root, { attributes: true });
				document.querySelector('.wizard-form button[type="submit"]').click();
			}),
	);
}

export async function measureScreenChanges(browser, baseUrl) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await page.goto(new URL('en/appeal/', baseUrl).href);
	await page.waitForSelector('.wizard[data-ready]');
	const samples = [];
	for (let screen = await page.getAttribute('.wizard', 'data-screen'); choices[screen]; screen = await page.getAttribute('.wizard', 'data-screen')) {
		const [name, value] = choices[screen];
		await page.locator(`input[name="${name}"][value="${value}"]`).check({ force: true });
		samples.push(await timeContinue(page));
		if (process.env.VERBOSE) console.log(screen, samples.at(-1));
	}
	await page.evaluate((saved) => localStorage.setItem('whatsapp-appeal-wizard', saved), JSON.stringify({ version: 3, savedAt: Date.now(), current: 'result', answers: written }));
	await page.goto(new URL('en/appeal/', baseUrl).href);
	await page.waitForSelector('.wizard[data-ready][data-screen="result"]');
	for (let screen = 'result'; screen !== 'after-submit'; screen = await page.getAttribute('.wizard', 'data-screen')) {
		samples.push(await timeContinue(page));
		if (process.env.VERBOSE) console.log(screen, samples.at(-1));
	}
	await page.close();
	const sorted = [...samples].sort((a, b) => a - b);
	return { medianMs: +sorted[Math.floor(sorted.length / 2)].toFixed(1), maxMs: +sorted[sorted.length - 1].toFixed(1), samples: sorted.length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { chromium } = await import('playwright-core');
	const { startServer } = await import('./static-server.mjs');
	const { server, url } = await startServer({ port: 0 });
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
	const runs = [];
	for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) runs.push(await measureScreenChanges(browser, url));
	await browser.close();
	server.close();
	console.log(JSON.stringify(runs));
}
