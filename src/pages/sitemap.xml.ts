import type { APIRoute } from 'astro';
import { locales } from '../i18n/locales';
import { guidePages, splitId } from '../utils/guide';
import { alternates } from '../utils/head';
import { absoluteUrl, localeUrl } from '../utils/urls';

export const GET: APIRoute = async ({ site }) => {
	const pages = ['', 'appeal', 'appeal/templates', 'decode', 'decode/list', 'template-check', 'privacy'];
	for (const entry of await guidePages(locales[0]!.slug)) pages.push(splitId(entry.id).slug);
	const urls = locales.flatMap((l) =>
		pages.map((page) => {
			const links = alternates(page, site)
				.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${a.href}"/>`)
				.join('');
			return `<url><loc>${absoluteUrl(localeUrl(l.slug, page), site)}</loc>${links}</url>`;
		}),
	);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`;
	return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
