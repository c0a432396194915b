import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { builtPages, readBuilt } from './built';

const basePath = inject('basePath').replace(/\/?$/, '/');

/** Hosts the site may link to: Meta's and WhatsApp's own, which the guide cites. */
const allowedHosts = [
	'business.facebook.com',
	'www.facebook.com',
	'developers.facebook.com',
	'www.whatsapp.com',
	'business.whatsapp.com',
	'faq.whatsapp.com',
];

function links(html: string): { tag: string; attr: string; value: string; rel: string; target: string }[] {
	return [...html.matchAll(/<(a|link|img|script|form|source)\b([^>]*)>/g)].flatMap(([, tag, attrs]) =>
		[...attrs!.matchAll(/\s(href|src|action)="([^"]*)"/g)].map(([, attr, value]) => ({
			tag: tag!,
			attr: attr!,
			value: value!.replace(/&amp;/g, '&'),
			rel: attrs!.match(/\srel="([^"]*)"/)?.[1] ?? '',
			target: attrs!.match(/\starget="([^"]*)"/)?.[1] ?? '',
		})),
	);
}

function resolvesToFile(pathname: string): boolean {
	if (!pathname.startsWith(basePath)) return false;
	const rel = decodeURIComponent(pathname.slice(basePath.length));
	const file = join('dist', rel);
	if (existsSync(file) && statSync(file).isFile()) return true;
	return existsSync(join(file, 'index.html'));
}

describe('links in the built site', () => {
	it('every internal href and src resolves to a built file, in every locale', () => {
		const broken: string[] = [];
		for (const page of builtPages()) {
			const pageUrl = new URL(`${basePath}${page}`, 'http://site.test');
			for (const link of links(readBuilt(page))) {
				if (/^(mailto:|#|data:)/.test(link.value) || link.rel.includes('alternate') || link.rel === 'canonical') continue;
				const target = new URL(link.value, pageUrl);
				if (target.host !== 'site.test') continue;
				if (!resolvesToFile(target.pathname)) broken.push(`${page}: ${link.tag} ${link.attr}=${link.value}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('every link to a section points at an id that exists on the target page', () => {
		// Pages link into each other's sections (../prevention/#restart-slowly-after-an-unban); a renamed heading breaks them silently.
		const broken: string[] = [];
		let checked = 0;
		for (const page of builtPages()) {
			const pageUrl = new URL(`${basePath}${page}`, 'http://site.test');
			for (const link of links(readBuilt(page))) {
				if (link.tag !== 'a' || !link.value.includes('#') || /^(mailto:|https?:)/.test(link.value)) continue;
				const target = new URL(link.value, pageUrl);
				const id = decodeURIComponent(target.hash.slice(1));
				if (!id || !resolvesToFile(target.pathname)) continue;
				const rel = decodeURIComponent(target.pathname.slice(basePath.length));
				const html = readBuilt(rel.endsWith('.html') ? rel : join(rel, 'index.html'));
				checked++;
				if (!html.includes(`id="${id}"`)) broken.push(`${page}: ${link.value}`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(0);
	});

	it('external links go only to Meta and WhatsApp, open safely, and are listed here', () => {
		const external = new Map<string, string[]>();
		const unsafe: string[] = [];
		for (const page of builtPages()) {
			for (const link of links(readBuilt(page))) {
				if (!/^https?:/.test(link.value) || link.rel.includes('alternate') || link.rel === 'canonical') continue;
				const host = new URL(link.value).host;
				external.set(host, [...(external.get(host) ?? []), page]);
				if (!/noopener/.test(link.rel) || !/noreferrer/.test(link.rel)) unsafe.push(`${page}: ${link.value} rel="${link.rel}"`);
			}
		}
		const unknown = [...external.keys()].filter((h) => !allowedHosts.includes(h));
		expect(unknown.map((h) => `${h} on ${external.get(h)!.slice(0, 3).join(', ')}`)).toEqual([]);
		expect(unsafe).toEqual([]);
		expect(external.size).toBeGreaterThan(2);
	});

	it('every page passes html-validate (recommended rules, reviewed exceptions in .htmlvalidate.json)', async () => {
		const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);
		const problems: string[] = [];
		for (const page of builtPages()) {
			// Reviewed exception: Astro puts its island's one-line <style> beside the island, inside <div>.
			const html = readBuilt(page).replace('<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>', '');
			const report = await validator.validateString(html, page);
			for (const result of report.results) {
				for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
			}
		}
		expect(problems.slice(0, 40)).toEqual([]);
	});
});
