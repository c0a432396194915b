// Astro's security.csp writes the same policy into every page: the hashes of every inline script
// and stylesheet of the whole site, and of every script and CSS file (which 'self' already allows).
// That is 19 random 44-character hashes, about 1 KB gzip that no compressor can shrink, in each
// page's first 14 KB (issue #26). After the build, this keeps in each page's policy only the hashes
// of the inline scripts and styles that page carries; the directives themselves are Astro's.
// It also compacts each page's markup (compact-html.mjs).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactHtml } from './compact-html.mjs';

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The base64 SHA-256 of each inline script (JSON data blocks run nothing, so CSP ignores them) and <style> in `html`. */
export function inlineHashes(html) {
	const hashes = { script: new Set(), style: new Set() };
	for (const [, tag, attributes, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
		if (tag === 'script' && (/\ssrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes))) continue;
		hashes[tag].add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
	}
	return hashes;
}

/**
 * `html` with its policy's script-src and style-src hashes cut to those of its own inline code.
 * Throws when the page has inline code whose hash Astro did not list (the browser would block it).
 */
export function pruneCsp(html, page = 'page') {
	const meta = html.match(metaPattern);
	if (!meta) return html;
	const own = inlineHashes(html);
	const directives = meta[1].split(';').map((directive) => {
		const [name, ...values] = directive.trim().split(/\s+/);
		const kind = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : undefined;
		if (!kind) return directive.trim();
		const listed = new Set(values.filter((v) => v.startsWith("'sha256-")).map((v) => v.slice(1, -1)));
		const missing = [...own[kind]].filter((h) => !listed.has(h));
		if (missing.length) throw new Error(`${page}: inline ${kind} with no hash in Astro's policy (${missing.join(', ')})`);
		return [name, ...values.filter((v) => !v.startsWith("'sha256-") || own[kind].has(v.slice(1, -1)))].join(' ');
	});
	return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${directives.filter(Boolean).join(';')}">`);
}

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** @returns {import('astro').AstroIntegration} */
export function cspPerPage() {
	return {
		name: 'csp-per-page',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const file of htmlFiles(root)) {
					const html = readFileSync(file, 'utf8');
					// Compacted first: should it ever touch an inline script, its hash no longer matches and pruneCsp throws.
					const pruned = pruneCsp(compactHtml(html), file.slice(root.length));
					if (pruned !== html) writeFileSync(file, pruned);
				}
			},
		},
	};
}
