import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** file → the files it imports (relative imports only, type-only imports included: a circle of types is still a circle to read). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const sourceFile = /\.(ts|tsx|astro)$/;
const specifiers = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]|import\(\s*['"](\.{1,2}\/[^'"?]+)['"]\s*\)/gm;

function resolveImport(from: string, spec: string): string | undefined {
	const base = normalize(join(dirname(from), spec));
	return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((p) => sourceFile.test(p) && existsSync(p));
}

export function importGraph(dir: string): ImportGraph {
	const graph = new Map<string, string[]>();
	for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!sourceFile.test(rel)) continue;
		const file = join(dir, rel);
		const text = readFileSync(file, 'utf8');
		const targets = [...text.matchAll(specifiers)].map((m) => resolveImport(file, (m[1] ?? m[2])!)).filter((p): p is string => !!p);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** Every import circle, each as the files around it (found by depth-first search; one per back edge). */
export function circles(graph: ImportGraph): string[][] {
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'closed'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, 'closed');
	};
	for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
	return found;
}

/**
 * Imports that go up or sideways between floors: `floors` maps a folder prefix to its height;
 * a file may import its own folder or a lower one, never a higher one or another folder on its floor.
 */
export function crossings(graph: ImportGraph, floors: Readonly<Record<string, number>>): string[] {
	const floorOf = (file: string) => Object.keys(floors).filter((prefix) => file.startsWith(prefix)).sort((a, b) => b.length - a.length)[0];
	const out: string[] = [];
	for (const [file, targets] of graph) {
		const from = floorOf(file);
		if (!from) continue;
		for (const target of targets) {
			const to = floorOf(target);
			if (!to || to === from) continue;
			if (floors[to]! >= floors[from]!) out.push(`${file} → ${target}`);
		}
	}
	return out.sort();
}
