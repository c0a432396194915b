// `npm run bench`: builds the site (timed), measures every page in headless Chromium, times wizard
// screen changes, the screens before Check on every path, and the decoder on a 1 MB paste, runs Lighthouse (mobile) on home, a guide page
// and the wizard in each locale, builds the guide at 1× and 10× its content, prints the tables,
// writes bench-results/latest.json, and exits non-zero on a budget breach.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { gzipBytes, measurePage } from './measure.mjs';
import { measureScreenChanges } from './screen-changes.mjs';
import { pageKind, sitePaths } from './site-pages.mjs';
import { startServer } from './static-server.mjs';
import { clearContentCaches, scaleRun } from './scale-run.mjs';
import { pathLengths } from './path-lengths.mjs';
import { continueInView } from './continue-in-view.mjs';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const breaches = [];
const check = (ok, message) => {
	if (!ok) breaches.push(message);
	return ok ? 'ok' : 'OVER';
};

// 1. Clean production build, search index included.
rmSync('dist', { recursive: true, force: true });
clearContentCaches();
const started = performance.now();
execSync('npm run build', { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildMs = Math.round(performance.now() - started);

const { server, url: baseUrl } = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });

// 2. Bytes and requests of every page.
const context = await browser.newContext();
const pages = [];
for (const path of sitePaths()) {
	pages.push({ path: `/${path}`, kind: pageKind(path), ...(await measurePage(context, new URL(path, baseUrl).href)) });
}
await context.close();

// 3. Wizard screen changes: from the click on Continue to the next screen painted.
const screenChange = await measureScreenChanges(browser, baseUrl);
const continueView = await continueInView(browser, baseUrl);

// 4. The decoder on a 1 MB paste (a message-status log with an account_update at its end), timed in
// the page by its own User Timing entry: the first run (a fresh page) and the median of the next.
const piece = `${JSON.stringify({ entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { statuses: [{ id: 'wamid.HBgLODUyMDAwMDAwMDAVAgARGBI', status: 'failed', timestamp: '1799395200', recipient_id: '85200000001', errors: [{ code: 131049, title: 'This message was not delivered to maintain healthy ecosystem engagement.' }] }] } }] }] })}\n`;
const megabyte = `${piece.repeat(Math.ceil(1_048_576 / piece.length))}{"field":"account_update","value":{"event":"ACCOUNT_RESTRICTION","restriction_info":[{"restriction_type":"RESTRICTED_BIZ_INITIATED_MESSAGING","expiration":1800000000}]}}`;
const decoder = await browser.newPage();
await decoder.goto(new URL('en/decode/', baseUrl).href);
/** Decodes `text` six times in the page: the first run, and the median of the next five. */
async function timeDecoding(text) {
	const runs = [];
	for (let i = 0; i < 6; i++) {
		runs.push(
			await decoder.evaluate(async (t) => {
				document.querySelector('#decoder-input').value = t;
				performance.clearMeasures('decode');
				document.querySelector('.decoder-form button[type="submit"]').click();
				// The first run fetches the catalogue before it decodes; the measure is the decode alone.
				for (let waited = 0; !performance.getEntriesByName('decode').length && waited < 10_000; waited += 5) await new Promise((r) => setTimeout(r, 5));
				return performance.getEntriesByName('decode')[0].duration;
			}, text),
		);
	}
	const next = runs.slice(1).sort((a, b) => a - b);
	return { bytes: text.length, firstMs: +runs[0].toFixed(1), medianMs: +next[Math.floor(next.length / 2)].toFixed(1), next: next.length };
}
// And 1 MB of account_update webhooks minified onto one line, as a developer's log may copy them
// (reading back to each key's line start made this take seconds).
const restriction = { object: 'whatsapp_business_account', entry: [{ id: '102290129340398', time: 1799395200, changes: [{ field: 'account_update', value: { event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: 1800000000 }] } }] }] };
const oneLine = JSON.stringify(Array(Math.ceil(1_048_576 / JSON.stringify(restriction).length)).fill(restriction));
const decodeTime = await timeDecoding(megabyte);
const decodeOneLine = await timeDecoding(oneLine);
await browser.close();

// 5. Lighthouse, mobile preset, on home, one guide page and the wizard in each locale.
const lighthouseRuns = [];
let lighthouseError;
try {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
	for (const locale of ['zh-cn', 'zh-tw', 'en']) {
		for (const page of ['', 'request-review/', 'appeal/']) {
			const target = new URL(`${locale}/${page}`, baseUrl).href;
			const result = await lighthouse(target, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
			const { categories, audits } = result.lhr;
			lighthouseRuns.push({
				path: new URL(target).pathname,
				performance: Math.round(categories.performance.score * 100),
				accessibility: Math.round(categories.accessibility.score * 100),
				'best-practices': Math.round(categories['best-practices'].score * 100),
				seo: Math.round(categories.seo.score * 100),
				lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
				cls: +audits['cumulative-layout-shift'].numericValue.toFixed(3),
				tbtMs: Math.round(audits['total-blocking-time'].numericValue),
			});
		}
	}
	await chrome.kill();
} catch (error) {
	lighthouseError = String(error?.message ?? error);
}
server.close();

// 5. Scale: the guide at 1× and 10× its content (synthetic copies in a temp folder), fastest of two builds each.
const scale = scaleRun([1, budgets.scale.factor], 2);
const scaleRatio = +(scale[1].buildMs / scale[0].buildMs).toFixed(2);

// 6. Screens before Check on each path, counted from the flow.
const paths = await pathLengths();

// 7. Report.
const kb = (n) => (n / 1024).toFixed(1);
console.log(`\nBuild (clean, with search index): ${buildMs} ms  [budget ${budgets.buildMs} ms: ${check(buildMs <= budgets.buildMs, `build took ${buildMs} ms`)}]\n`);
console.log('| page | kind | HTML raw/gz KB | CSS raw/gz KB | JS raw/gz KB | total gz KB | script files | inline script B | requests | budget |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const p of pages) {
	// Every page's HTML in the first flight of a new connection (issue #26), then each kind's own budgets.
	let verdict = check(p.htmlGzip <= budgets.htmlGzipBytes, `${p.path}: HTML ${p.htmlGzip} B gz`);
	if (p.kind === 'guide') {
		verdict = check(verdict === 'ok' && p.totalGzip <= budgets.guidePage.totalGzipBytes && p.scriptFiles <= budgets.guidePage.scriptFilesBeforeInteraction && p.inlineScriptBytes <= budgets.guidePage.inlineScriptBytes, `${p.path}: ${p.totalGzip} B gz, ${p.scriptFiles} script files, ${p.inlineScriptBytes} B inline`);
	} else if (p.kind === 'wizard') {
		verdict = check(verdict === 'ok' && p.jsWithInlineGzip <= budgets.wizardPage.jsGzipBytes && p.totalGzip <= budgets.wizardPage.totalGzipBytes, `${p.path}: ${p.jsWithInlineGzip} B JS gz with inline, ${p.totalGzip} B first load gz`);
	} else if (p.kind === 'decoder') {
		verdict = check(verdict === 'ok' && p.jsGzip <= budgets.decoderPage.scriptGzipBytes && p.htmlGzip <= budgets.decoderPage.htmlGzipBytes, `${p.path}: ${p.jsGzip} B JS, ${p.htmlGzip} B HTML gz`);
	}
	console.log(`| ${p.path} | ${p.kind} | ${kb(p.htmlRaw)} / ${kb(p.htmlGzip)} | ${kb(p.cssRaw)} / ${kb(p.cssGzip)} | ${kb(p.jsRaw)} / ${kb(p.jsGzip)} | ${kb(p.totalGzip)} | ${p.scriptFiles} | ${p.inlineScriptBytes} | ${p.requests} | ${verdict} |`);
}
// Issue #26's figures per locale (every locale the build has): the heaviest guide page's HTML, the
// wizard's first load and its JavaScript, the decoder page's HTML; gzip at the default level.
console.log(`\n| locale | guide HTML max B gz [${budgets.htmlGzipBytes}] | wizard first load B gz [${budgets.wizardPage.totalGzipBytes}] | wizard JS incl. inline B gz [${budgets.wizardPage.jsGzipBytes}] | wizard HTML B gz [${budgets.htmlGzipBytes}] | decoder HTML B gz [${budgets.decoderPage.htmlGzipBytes}] |`);
console.log('|---|---|---|---|---|---|');
for (const locale of [...new Set(pages.map((p) => p.path.split('/')[1]).filter((l) => pages.some((p) => p.kind === 'wizard' && p.path.startsWith(`/${l}/`))))]) {
	const of = (kind) => pages.filter((p) => p.kind === kind && p.path.startsWith(`/${locale}/`));
	const guide = of('guide').sort((a, b) => b.htmlGzip - a.htmlGzip)[0];
	const wizard = of('wizard')[0];
	const decoder = of('decoder')[0];
	console.log(`| ${locale} | ${guide?.htmlGzip} (${guide?.path}) | ${wizard?.totalGzip} | ${wizard?.jsWithInlineGzip} | ${wizard?.htmlGzip} | ${decoder?.htmlGzip} |`);
}
for (const p of pages.filter((p) => Object.keys(p.islandProps).length)) {
	const parts = Object.entries(p.islandProps).map(([k, v]) => `${k} ${kb(v.raw)}/${kb(v.gzip)}`).join(', ');
	console.log(`\n${p.path} parts (raw/gz KB): HTML ${kb(p.htmlRaw)}/${kb(p.htmlGzip)} of which island props: ${parts}; JS files ${kb(p.jsRaw)}/${kb(p.jsGzip)}; inline script ${kb(p.inlineScriptBytes)}/${kb(p.inlineScriptGzip)}; JS with inline ${kb(p.jsWithInlineGzip)} gz`);
}
// What the wizard loads once the visitor starts (the first answer), and another letter when picked.
const gzFile = (file) => gzipBytes(readFileSync(file));
const laterCode = readdirSync('dist/_astro').filter((f) => /^later-views\..*\.js$/.test(f));
for (const p of pages.filter((p) => p.kind === 'wizard')) {
	const dir = `dist${p.path}`;
	console.log(`${p.path} loads on the first answer (gz): rest of the text ${gzFile(`${dir}strings.json`)} B, its letter ${gzFile(`${dir}letter.json`)} B, code ${laterCode.map((f) => gzFile(`dist/_astro/${f}`)).join(' + ')} B`);
}
console.log(`\nDecoder script (gzip, its own files by name): ${pages.filter((p) => p.kind === 'decoder').map((p) => `${p.path} ${p.jsGzip} B`).join(', ')}  [budget ${budgets.decoderPage.scriptGzipBytes} B]`);
// The catalogue the decoder fetches on the first "Read it", per locale, and each script's phrases (fetched only for a paste in that script).
for (const p of pages.filter((p) => p.kind === 'decoder')) {
	const bytes = gzFile(`dist${p.path}data.json`);
	console.log(`${p.path}data.json (gz): ${bytes} B  [budget ${budgets.decoderPage.dataGzipBytes} B: ${check(bytes <= budgets.decoderPage.dataGzipBytes, `${p.path}data.json ${bytes} B`)}]`);
}
// Issue #27: the template check's script files and the rules it fetches on the first "Check" (the same file for every locale).
const tcRules = gzFile('dist/template-check/rules.json');
for (const p of pages.filter((p) => p.kind === 'template-check')) {
	const total = p.jsGzip + tcRules;
	console.log(`${p.path} (gz): HTML ${p.htmlGzip} B, script ${p.jsGzip} B + rules ${tcRules} B = ${total} B  [budget ${budgets.templateCheckPage.scriptAndRulesGzipBytes} B: ${check(total <= budgets.templateCheckPage.scriptAndRulesGzipBytes, `${p.path} script + rules ${total} B`)}]`);
}
for (const f of readdirSync('dist/decode-phrases')) console.log(`/decode-phrases/${f} (gz): ${gzFile(`dist/decode-phrases/${f}`)} B`);
// On the wizard's paste screen the decoder arrives as a fragment: its data, the explanations it shows, and the panel's markup.
for (const p of pages.filter((p) => p.kind === 'wizard')) {
	const file = `dist/${p.path.split('/')[1]}/decode/panel/index.html`;
	const html = readFileSync(file, 'utf8');
	const json = (attr) => html.match(new RegExp(`<script type="application/json" ${attr}>([\\s\\S]*?)</script>`))?.[1] ?? '';
	const gz = (text) => gzipBytes(Buffer.from(text));
	console.log(`${p.path}?step=paste fetches the panel (gz): ${gzFile(file)} B, of which its data ${gz(json('data-decoder-data'))} B and the explanations ${gz(json('data-decoder-texts'))} B`);
}
for (const [what, t] of [['paste', decodeTime], ['paste on one line', decodeOneLine]])
	console.log(`Decoder on a ${(t.bytes / 1024).toFixed(0)} KB ${what}: first run ${t.firstMs} ms, median of the next ${t.next} ${t.medianMs} ms  [budget ${budgets.decoderPage.decode1MbMs} ms: ${check(t.firstMs <= budgets.decoderPage.decode1MbMs, `decoding 1 MB (${what}) took ${t.firstMs} ms`)}]`);
console.log(`\nWizard screen change (click → next screen painted), ${screenChange.samples} changes: median ${screenChange.medianMs} ms, max ${screenChange.maxMs} ms  [budget ${budgets.screenChangeMs} ms: ${check(screenChange.maxMs <= budgets.screenChangeMs, `screen change ${screenChange.maxMs} ms`)}]`);
const simple = paths.find((p) => p.case === budgets.wizardPaths.simpleCase);
const counts = paths.map((p) => p.screens).sort((a, b) => a - b);
console.log(`\nScreens before Check, ${paths.length} cases (situation · admin · Meta offers · reason): fewest ${counts[0]}, median ${counts[Math.floor(counts.length / 2)]}, most ${counts.at(-1)}; the simple case (${budgets.wizardPaths.simpleCase}) ${simple?.screens ?? 'not found'}  [budget ${budgets.wizardPaths.simpleMaxScreens}: ${check(simple !== undefined && simple.screens <= budgets.wizardPaths.simpleMaxScreens, `simple path ${simple?.screens} screens before Check`)}]`);
console.log(`\nQuestion screens on a 390×844 phone whose Continue is below the first screen: ${continueView.hidden.length} of ${continueView.screens} (${continueView.choices} choice, ${continueView.screens - continueView.choices} form, in ${continueView.locales} languages)${continueView.hidden.length ? `: ${continueView.hidden.join(', ')}` : ''}  [budget ${budgets.wizardPaths.continueOutOfViewMax}: ${check(continueView.hidden.length <= budgets.wizardPaths.continueOutOfViewMax, `Continue out of view on ${continueView.hidden.join(', ')}`)}]`);
console.log('| an admin who sees Request Review, by reason | account notice | temporary block |');
console.log('|---|---|---|');
for (const reason of [...new Set(paths.map((p) => p.case.split(' · ')[3]))]) {
	const of = (situation) => paths.find((p) => p.case === `${situation} · yes · request-review · ${reason}`)?.screens ?? '–';
	console.log(`| ${reason} | ${of('account-notice')} | ${of('temporary-block')} |`);
}
if (lighthouseError) {
	breaches.push(`Lighthouse did not run: ${lighthouseError}`);
	console.log(`\nLighthouse did not run: ${lighthouseError}`);
} else {
	console.log('\n| Lighthouse (mobile) | perf | a11y | best pr. | SEO | LCP ms | CLS | TBT ms | budget |');
	console.log('|---|---|---|---|---|---|---|---|---|');
	for (const r of lighthouseRuns) {
		const ok = Object.entries(budgets.lighthouse).every(([k, min]) => r[k] >= min);
		console.log(`| ${r.path} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.lcpMs} | ${r.cls} | ${r.tbtMs} | ${check(ok, `Lighthouse ${r.path}: ${JSON.stringify(r)}`)} |`);
	}
}

console.log('\n| scale | guide pages | pages built | build ms (fastest of 2) | ms per page | all runs ms |');
console.log('|---|---|---|---|---|---|');
for (const r of scale) console.log(`| ${r.factor}× | ${r.guidePages} | ${r.pages} | ${r.buildMs} | ${r.msPerPage} | ${r.runs.join(', ')} |`);
console.log(`${budgets.scale.factor}× content builds in ${scaleRatio}× the 1× time  [budget < ${budgets.scale.maxTimeRatio}×: ${check(scaleRatio < budgets.scale.maxTimeRatio, `${budgets.scale.factor}× content took ${scaleRatio}× the 1× build time`)}]`);

const results = { date: new Date().toISOString(), buildMs, pages, paths, screenChange, continueView, decodeTime, decodeOneLine, lighthouse: lighthouseRuns, scale, scaleRatio, budgets };
mkdirSync('bench-results', { recursive: true });
if (existsSync('bench-results/latest.json')) {
	const previous = JSON.parse(readFileSync('bench-results/latest.json', 'utf8'));
	writeFileSync('bench-results/previous.json', JSON.stringify(previous, null, 2));
	const totalGz = (r) => r.pages.reduce((n, p) => n + p.totalGzip, 0);
	console.log(`\nCompared with the previous run (${previous.date}): build ${buildMs - previous.buildMs >= 0 ? '+' : ''}${buildMs - previous.buildMs} ms, all pages ${((totalGz(results) - totalGz(previous)) / 1024).toFixed(1)} KB gz`);
}
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
console.log('\nWrote bench-results/latest.json');
if (breaches.length) {
	console.error(`\n${breaches.length} budget breach(es):\n- ${breaches.join('\n- ')}`);
	process.exit(1);
}
console.log('\nAll figures within budget.');
