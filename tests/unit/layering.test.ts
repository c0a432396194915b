import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { circles, crossings, importGraph, type ImportGraph } from './import-graph';

function sources(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(ts|tsx)$/.test(f))
		.map((f) => `${dir}/${f}`);
}

/** Imports that bring code along (type-only imports are erased). */
function imports(file: string): string[] {
	return [...readFileSync(file, 'utf8').matchAll(/^import\s(?!type\s)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('layering', () => {
	it('domain modules are pure TypeScript: no Astro, no i18next, no Preact, no DOM, nothing from a floor above', () => {
		const offending: string[] = [];
		for (const file of sources('src/domain')) {
			const text = readFileSync(file, 'utf8');
			for (const spec of imports(file)) {
				if (/^(astro|i18next|preact)|\.astro$|\/(islands|components|pages|layouts|i18n|utils|scripts)\//.test(spec)) offending.push(`${file}: ${spec}`);
			}
			if (/\b(document|window|localStorage|navigator)\./.test(text)) offending.push(`${file}: uses the DOM`);
		}
		expect(offending).toEqual([]);
	});

	it('the island ships no i18next, zod or content parsing: it gets its strings as props', () => {
		const offending: string[] = [];
		const check = (file: string, seen = new Set<string>()) => {
			for (const spec of imports(file)) {
				if (/^(i18next|zod)|schema|\.json$|\/i18n\//.test(spec)) offending.push(`${file}: ${spec}`);
				if (spec.startsWith('.') && !spec.endsWith('.json')) {
					const next = new URL(spec, `file://${process.cwd()}/${file}`).pathname.replace(`${process.cwd()}/`, '');
					const path = [`${next}.ts`, `${next}.tsx`].find((p) => { try { readFileSync(p); return true; } catch { return false; } });
					if (path && !seen.has(path)) {
						seen.add(path);
						check(path, seen);
					}
				}
			}
		};
		check('src/islands/AppealWizard.tsx');
		expect(offending).toEqual([]);
	});

	// Text helpers at the bottom; the wizard's flow judges answers; the letter and the decoder read
	// the flow's answers and reasons, and never each other.
	const domainFloors = { 'src/domain/text/': 0, 'src/domain/flow/': 1, 'src/domain/letter/': 2, 'src/domain/decoder/': 2, 'src/domain/template-check/': 1 };
	// Each floor of src/ imports only from floors below it.
	const srcFloors = {
		'src/domain/': 0,
		'src/i18n/': 1,
		'src/utils/': 1,
		'src/browser/': 2,
		'src/islands/': 3,
		'src/components/': 4,
		'src/layouts/': 5,
		'src/pages/': 6,
	};
	const graph = importGraph('src');

	it('every file of src/domain/ lives in one of its folders', () => {
		expect([...graph.keys()].filter((f) => f.startsWith('src/domain/') && !Object.keys(domainFloors).some((d) => f.startsWith(d)))).toEqual([]);
	});

	it('no domain folder imports a folder above it or beside it (the letter and the decoder never import each other)', () => {
		expect(crossings(graph, domainFloors)).toEqual([]);
	});

	it('no floor of src/ imports a floor above it', () => {
		// i18n and utils share a floor, and utils may read the locale list: only upward crossings count here.
		const upward = crossings(graph, srcFloors).filter((line) => {
			const [from, to] = line.split(' → ') as [string, string];
			const height = (f: string) => Object.entries(srcFloors).find(([prefix]) => f.startsWith(prefix))?.[1] ?? -1;
			return height(to) > height(from);
		});
		expect(upward).toEqual([]);
	});

	it('there is no import circle anywhere in src/, type imports included', () => {
		expect(circles(graph)).toEqual([]);
	});

	it('the checks above can fail: a made-up circle and an upward import are both reported', () => {
		const made: ImportGraph = new Map([
			['src/domain/flow/a.ts', ['src/domain/flow/b.ts', 'src/domain/letter/c.ts']],
			['src/domain/flow/b.ts', ['src/domain/flow/a.ts']],
			['src/domain/letter/c.ts', ['src/domain/decoder/d.ts']],
			['src/domain/decoder/d.ts', ['src/domain/text/e.ts']],
			['src/domain/text/e.ts', []],
		]);
		expect(circles(made)).toEqual([['src/domain/flow/a.ts', 'src/domain/flow/b.ts', 'src/domain/flow/a.ts']]);
		expect(crossings(made, domainFloors)).toEqual(['src/domain/flow/a.ts → src/domain/letter/c.ts', 'src/domain/letter/c.ts → src/domain/decoder/d.ts']);
	});
});
