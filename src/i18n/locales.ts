import { z } from 'zod';
import raw from '../../content/locales.json';
import { overlayContent, type Overlay } from '../domain/text/overlay';

const localeSchema = z.object({
	slug: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/),
	lang: z.string().min(2),
	script: z.string().regex(/^[A-Z][a-z]{3}$/),
	name: z.string().min(1),
	/** The header's language picker: short enough that every language fits one line of a phone. */
	short: z.string().min(1),
	ogLocale: z.string().min(2),
	match: z.array(z.string().toLowerCase()),
	/** A locale written as a term overlay (content/overlays/<slug>.json) on this one's content. */
	base: z.string().optional(),
});

export const localeConfigSchema = z
	.object({
		defaultLocale: z.string(),
		locales: z.array(localeSchema).min(1),
	})
	.refine((c) => c.locales.every((l) => !l.base || c.locales.some((b) => b.slug === l.base && !b.base)), 'a base is a locale with content of its own');

export type Locale = z.infer<typeof localeSchema>;

const config = localeConfigSchema.parse(raw);

export const locales: readonly Locale[] = config.locales;
export const localeSlugs: readonly string[] = locales.map((l) => l.slug);
export const defaultLocale: Locale = getLocale(config.defaultLocale);

export function getLocale(slug: string): Locale {
	const locale = locales.find((l) => l.slug === slug);
	if (!locale) throw new Error(`Unknown locale "${slug}"`);
	return locale;
}

const termSchema = z.tuple([z.string().min(1), z.string()]);
export const overlaySchema = z.strictObject({
	$comment: z.string().optional(),
	terms: z.array(termSchema),
	strings: z.record(z.string(), z.record(z.string(), z.string())).optional(),
	search: z.record(z.string(), z.array(z.string().min(1))).optional(),
});

const overlayFiles = import.meta.glob<unknown>('../../content/overlays/*.json', { eager: true, import: 'default' });

/** The overlay of a locale written on another's content; undefined for a locale with its own. */
export function overlayOf(slug: string): Overlay | undefined {
	if (!getLocale(slug).base) return undefined;
	const file = overlayFiles[`../../content/overlays/${slug}.json`];
	if (!file) throw new Error(`Missing content/overlays/${slug}.json for locale "${slug}"`);
	return overlaySchema.parse(file);
}

/** The locale whose files hold this locale's content: itself, or its base. */
export function contentLocale(slug: string): string {
	return getLocale(slug).base ?? slug;
}

/**
 * One locale's file of a content kind (content/<kind>/<slug>.json), parsed; a locale written as an
 * overlay reads its base's file through the overlay, so adding one copies nothing.
 */
export function localisedFile<T>(files: Record<string, unknown>, kind: string, slug: string, parse: (raw: unknown) => T): T {
	const file = files[`../../content/${kind}/${contentLocale(slug)}.json`];
	if (!file) throw new Error(`Missing content/${kind}/${contentLocale(slug)}.json`);
	const overlay = overlayOf(slug);
	return parse(overlay ? overlayContent(file, overlay, kind) : file);
}
