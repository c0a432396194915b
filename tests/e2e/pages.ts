/** Every page listed in the built sitemap, as paths relative to the base URL. */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
	const xml = await (await fetch(new URL('sitemap.xml', baseUrl))).text();
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	const basePath = new URL(baseUrl).pathname;
	return locs.map((p) => p.slice(basePath.length));
}
