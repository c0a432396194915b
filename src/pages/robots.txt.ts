import type { APIRoute } from 'astro';
import { absoluteUrl, url } from '../utils/urls';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(url('sitemap.xml'), site)}\n`);
