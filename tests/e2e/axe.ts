import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page, or only inside `within` (a selector), as "rule: target" lines.
 * The context needs bypassCSP.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async (selector) => {
		// @ts-expect-error injected above
		const result = await window.axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
		return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
	}, within);
	return violations.map((v) => `${page.url()} ${v}`);
}
