import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { builtFragments, builtPages, readBuilt } from './built';

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

const pages: string[] = builtPages();
// Fragments (the decoder panel the wizard inserts) link like pages do; html-validate checks whole
// documents, so it sees the panel on the decoder page instead.
const served: string[] = [...pages, ...builtFragments()];
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);

describe('links in the built site', () => {
	it.each(served)('%s: every internal href and src resolves to a built file', (page) => {
		const broken: string[] = [];
		const pageUrl = new URL(`${basePath}${page}`, 'http://site.test');
		for (const link of links(readBuilt(page))) {
			if (/^(mailto:|#|data:)/.test(link.value) || link.rel.includes('alternate') || link.rel === 'canonical') continue;
			const target = new URL(link.value, pageUrl);
			if (target.host !== 'site.test') continue;
			if (!resolvesToFile(target.pathname)) broken.push(`${link.tag} ${link.attr}=${link.value}`);
		}
		expect(broken).toEqual([]);
	});

	it.each(served)('%s: every link to a section points at an id that exists on the target page', (page) => {
		// Pages link into each other's sections (../prevention/#restart-slowly-after-an-unban); a renamed heading breaks them silently.
		const broken: string[] = [];
		const pageUrl = new URL(`${basePath}${page}`, 'http://site.test');
		for (const link of links(readBuilt(page))) {
			if (link.tag !== 'a' || !link.value.includes('#') || /^(mailto:|https?:)/.test(link.value)) continue;
			const target = new URL(link.value, pageUrl);
			const id = decodeURIComponent(target.hash.slice(1));
			if (!id || !resolvesToFile(target.pathname)) continue;
			const rel = decodeURIComponent(target.pathname.slice(basePath.length));
			const html = readBuilt(rel.endsWith('.html') ? rel : join(rel, 'index.html'));
			if (!html.includes(`id="${id}"`)) broken.push(link.value);
		}
		expect(broken).toEqual([]);
	});

	it('some pages link into other pages\' sections, so the section check has work to do', () => {
		const sectionLinks = pages.flatMap((page) => links(readBuilt(page)).filter((l) => l.tag === 'a' && /^[^#]+#./.test(l.value) && !/^(mailto:|https?:)/.test(l.value)));
		expect(sectionLinks.length).toBeGreaterThan(0);
	});

	it.each(served)('%s: external links go only to Meta and WhatsApp and open safely', (page) => {
		const problems: string[] = [];
		for (const link of links(readBuilt(page))) {
			if (!/^https?:/.test(link.value) || link.rel.includes('alternate') || link.rel === 'canonical') continue;
			if (!allowedHosts.includes(new URL(link.value).host)) problems.push(`not an allowed host: ${link.value}`);
			if (!/noopener/.test(link.rel) || !/noreferrer/.test(link.rel)) problems.push(`${link.value} rel="${link.rel}"`);
		}
		expect(problems).toEqual([]);
	});

	it('the guide links out to Meta and WhatsApp sources at all', () => {
		const hosts = new Set(pages.flatMap((page) => links(readBuilt(page)).filter((l) => /^https?:/.test(l.value) && !l.rel.includes('alternate') && l.rel !== 'canonical').map((l) => new URL(l.value).host)));
		expect(hosts.size).toBeGreaterThan(2);
	});

	it.each(pages)('%s passes html-validate (recommended rules, reviewed exceptions in .htmlvalidate.json)', async (page) => {
		// Reviewed exception: Astro puts its island's one-line <style> beside the island, inside <div>.
		const html = readBuilt(page).replace('<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>', '');
		const report = await validator.validateString(html, page);
		const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
		expect(problems).toEqual([]);
	});
});
