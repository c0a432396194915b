import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
});
