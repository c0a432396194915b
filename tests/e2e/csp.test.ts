import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from './built';

function policy(html: string): Map<string, string[]> {
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values]),
	);
}

describe('Content Security Policy', () => {
	it.each(builtPages())('%s carries a strict policy', (page: string) => {
		const problems: string[] = [];
		const csp = policy(readBuilt(page));
		const expect_ = (ok: boolean, what: string) => ok || problems.push(what);
		expect_(csp.get('default-src')?.join(' ') === "'self'", "default-src 'self'");
		expect_(csp.get('object-src')?.join(' ') === "'none'", "object-src 'none'");
		expect_(csp.get('base-uri')?.join(' ') === "'self'", "base-uri 'self'");
		expect_(csp.get('form-action')?.join(' ') === "'self'", "form-action 'self'");
		expect_(csp.get('worker-src')?.join(' ') === "'self'", "worker-src 'self'");
		const scripts = csp.get('script-src') ?? [];
		expect_(scripts.includes("'self'") && scripts.includes("'wasm-unsafe-eval'"), "script-src 'self' 'wasm-unsafe-eval'");
		expect_(!scripts.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*' || s.startsWith('http')), 'no unsafe or remote script source');
		expect_(!(csp.get('style-src') ?? []).includes("'unsafe-inline'"), "no 'unsafe-inline' styles");
		expect(problems).toEqual([]);
	});

	// Issue #26: Astro lists every inline hash of the site in every page (about 1 KB gzip of random
	// text); scripts/csp-per-page.mjs keeps a page's own. Each inline script and style must still be
	// listed, and nothing else.
	it.each(builtPages())('%s lists the hash of each of its inline scripts and styles, and no other', (page: string) => {
		const html = readBuilt(page);
		const csp = policy(html);
		const own = { script: new Set<string>(), style: new Set<string>() };
		for (const [, tag, attributes, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
			if (tag === 'script' && (/\ssrc=/.test(attributes!) || /type="application\/json"/.test(attributes!))) continue;
			own[tag as 'script' | 'style'].add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
		}
		const listed = (directive: string) => new Set((csp.get(directive) ?? []).filter((v) => v.startsWith("'sha256-")));
		expect(listed('script-src')).toEqual(own.script);
		expect(listed('style-src')).toEqual(own.style);
	});
});
