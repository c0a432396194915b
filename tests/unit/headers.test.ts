import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Parses Netlify/Cloudflare `_headers`: a path line, then indented "Name: value" lines. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
	const rules = new Map<string, Record<string, string>>();
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (/^\s*(#|$)/.test(line)) continue;
		if (!/^\s/.test(line)) rules.set(line.trim(), (current = {}));
		else if (current) {
			const [name, ...value] = line.trim().split(':');
			current[name!.toLowerCase()] = value.join(':').trim();
		}
	}
	return rules;
}

describe('public/_headers', () => {
	const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
	const all = rules.get('/*') ?? {};

	it('locks the site down on every path', () => {
		expect(all['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(all['content-security-policy']).not.toMatch(/script-src|style-src|unsafe/);
		expect(all['x-content-type-options']).toBe('nosniff');
		expect(all['referrer-policy']).toBe('no-referrer');
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(all['permissions-policy']).toContain(`${feature}=()`);
	});

	it('caches hashed assets for a year and revalidates HTML', () => {
		expect(rules.get('/_astro/*')?.['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(all['cache-control']).toContain('must-revalidate');
	});
});
