// The bench's scale run: the guide built at 1× and at 10× its content, to see how build cost grows.
// Synthetic copies of every guide page in every locale are written to a temp folder, which the
// content collection reads through GUIDE_DIR; the site is built into a temp OUT_DIR. Nothing here
// is committed or left behind.
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages } from './site-pages.mjs';

/** Writes `factor` copies of every guide page (the originals among them) under `dir`. */
export function writeScaledGuide(factor, dir, source = 'content/guide') {
	for (const locale of readdirSync(source)) {
		cpSync(join(source, locale), join(dir, locale), { recursive: true });
		for (const file of readdirSync(join(source, locale)).filter((f) => f.endsWith('.mdx'))) {
			const text = readFileSync(join(source, locale, file), 'utf8');
			for (let copy = 1; copy < factor; copy++) {
				// Later in the navigation order than every original, and a slug of its own.
				const shifted = text.replace(/^order: (\d+)$/m, (_, n) => `order: ${Number(n) + copy * 100}`);
				writeFileSync(join(dir, locale, file.replace(/\.mdx$/, `-copy-${copy}.mdx`)), shifted);
			}
		}
	}
}

/**
 * Astro's content caches (.astro/, node_modules/.astro/) remember where the guide was read from;
 * each scale build starts cold, and the next ordinary build after the run starts cold too.
 */
export function clearContentCaches() {
	for (const dir of ['.astro', 'node_modules/.astro']) rmSync(dir, { recursive: true, force: true });
}

function timedBuild(guideDir, outDir) {
	rmSync(outDir, { recursive: true, force: true });
	clearContentCaches();
	const started = performance.now();
	execSync('npm run build', { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GUIDE_DIR: guideDir, OUT_DIR: outDir } });
	return Math.round(performance.now() - started);
}

/** Builds at each factor `runs` times and keeps the fastest run (the least disturbed by the machine). */
export function scaleRun(factors = [1, 10], runs = 2) {
	const work = mkdtempSync(join(tmpdir(), 'unban-scale-'));
	try {
		return factors.map((factor) => {
			const guideDir = join(work, `guide-${factor}x`);
			const outDir = join(work, `dist-${factor}x`);
			writeScaledGuide(factor, guideDir);
			const times = Array.from({ length: runs }, () => timedBuild(guideDir, outDir));
			const buildMs = Math.min(...times);
			const pages = builtPages(outDir).length;
			const guidePages = readdirSync(guideDir).reduce((n, locale) => n + readdirSync(join(guideDir, locale)).filter((f) => f.endsWith('.mdx')).length, 0);
			return { factor, guidePages, pages, buildMs, msPerPage: +(buildMs / pages).toFixed(1), runs: times };
		});
	} finally {
		rmSync(work, { recursive: true, force: true });
		clearContentCaches();
	}
}
