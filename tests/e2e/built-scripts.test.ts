import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every script file the build wrote, and those reachable from the pages' script tags and the scripts' imports. */
function scripts(): { built: string[]; reached: Set<string> } {
	const built = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
	const html = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	const named = (text: string) => [...text.matchAll(/([\w.-]+\.js)\b/g)].map((m) => m[1]!).filter((f) => built.includes(f));
	const reached = new Set<string>();
	const queue = html.flatMap((f) => named(readFileSync(join('dist', f), 'utf8')));
	while (queue.length) {
		const file = queue.pop()!;
		if (reached.has(file)) continue;
		reached.add(file);
		queue.push(...named(readFileSync(join('dist/_astro', file), 'utf8')));
	}
	return { built, reached };
}

describe('built scripts', () => {
	it('every script file the build writes is loaded by a page or by a script a page loads', () => {
		const { built, reached } = scripts();
		expect(built.length).toBeGreaterThan(0);
		expect(built.filter((f) => !reached.has(f))).toEqual([]);
	});

	it('the Preact signals runtime is not built: no island passes signal props, so nothing would run it', () => {
		const { built } = scripts();
		expect(built.filter((f) => readFileSync(join('dist/_astro', f), 'utf8').includes('preact-signals'))).toEqual([]);
	});
});
