import { getCollection, type CollectionEntry } from 'astro:content';

export type GuidePage = CollectionEntry<'guide'>;

/** Entry ids are "<locale>/<slug>". */
export function splitId(id: string): { locale: string; slug: string } {
	const [locale = '', slug = ''] = id.split('/');
	return { locale, slug };
}

export async function guidePages(locale: string): Promise<GuidePage[]> {
	const pages = await getCollection('guide', (entry) => splitId(entry.id).locale === locale);
	return pages.sort((a, b) => a.data.order - b.data.order);
}
