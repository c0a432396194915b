// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import siteSettings from './content/site.json' with { type: 'json' };

// Deploy anywhere: SITE_URL (canonical and sitemap URLs) and BASE_PATH (e.g. /unban/) come from the
// environment; every internal URL is built from the base (src/utils/urls.ts).
const site = process.env.SITE_URL || siteSettings.defaultSiteUrl;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	// OUT_DIR: the bench's scale run builds beside dist/ so the measured site stays in place.
	outDir: process.env.OUT_DIR || 'dist',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	integrations: [mdx(), preact()],
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"manifest-src 'self'",
			],
			// Pagefind compiles its WebAssembly search engine; nothing else is evaluated.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
