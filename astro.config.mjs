// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import siteSettings from './content/site.json' with { type: 'json' };
import { cspPerPage } from './scripts/csp-per-page.mjs';

// Deploy anywhere: SITE_URL (canonical and sitemap URLs) and BASE_PATH (e.g. /unban/) come from the
// environment; every internal URL is built from the base (src/utils/urls.ts).
const site = process.env.SITE_URL || siteSettings.defaultSiteUrl;
const base = process.env.BASE_PATH || '/';

// @astrojs/preact's client imports @preact/signals for signal props, which no island of ours
// passes; left alone, the build emits a signals chunk that no page ever loads.
/** @type {import('vite').Plugin} */
const preactWithoutSignals = {
	name: 'preact-without-signals',
	enforce: 'pre',
	/** @param {string} code @param {string} id */
	transform(code, id) {
		if (!id.includes('@astrojs/preact/dist/client.js')) return;
		const loader = 'await import("@preact/signals")';
		if (!code.includes(loader)) throw new Error('@astrojs/preact changed how it loads signals: review preact-without-signals');
		return code.replace(loader, 'await Promise.reject(new Error("signal props are not used here"))');
	},
};

export default defineConfig({
	site,
	base,
	// OUT_DIR: the bench's scale run builds beside dist/ so the measured site stays in place.
	outDir: process.env.OUT_DIR || 'dist',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	// cspPerPage after the build: each page's policy lists the hashes of its own inline code only.
	integrations: [mdx(), preact(), cspPerPage()],
	markdown: { syntaxHighlight: false },
	vite: { plugins: [preactWithoutSignals] },
	devToolbar: { enabled: false },
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				// Images, fonts, fetches and the manifest fall back to default-src: listing them again only costs bytes on every page.
				"default-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search engine; nothing else is evaluated.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
