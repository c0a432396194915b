import { getCollection, type CollectionEntry } from 'astro:content';
import { contentLocale, overlayOf } from '../i18n/locales';
import { overlayHtml, overlayValue, termReplacer } from '../domain/text/overlay';

export type GuidePage = CollectionEntry<'guide'>;

/** Entry ids are "<locale>/<slug>". */
export function splitId(id: string): { locale: string; slug: string } {
	const [locale = '', slug = ''] = id.split('/');
	return { locale, slug };
}

/** Guide text as a locale reads it: its own pages as written, an overlay locale's base pages through its terms. */
export function guideText(locale: string): { text: (s: string) => string; html: (s: string) => string } {
	const overlay = overlayOf(locale);
	const text = overlay ? termReplacer(overlay.terms) : (s: string) => s;
	return { text, html: overlay ? (s) => overlayHtml(s, text) : (s) => s };
}

/** A locale's guide pages in reading order; an overlay locale's are its base's, with title, description and sources read through the overlay. */
export async function guidePages(locale: string): Promise<GuidePage[]> {
	const source = contentLocale(locale);
	const pages = await getCollection('guide', (entry) => splitId(entry.id).locale === source);
	pages.sort((a, b) => a.data.order - b.data.order);
	if (source === locale) return pages;
	const { text } = guideText(locale);
	// The entry keeps its base id, which render() looks up; only the slug is read from it.
	return pages.map((page) => ({ ...page, data: overlayValue(page.data, text) }));
}
