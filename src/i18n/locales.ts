import { z } from 'zod';
import raw from '../../content/locales.json';

const localeSchema = z.object({
	slug: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/),
	lang: z.string().min(2),
	script: z.string().regex(/^[A-Z][a-z]{3}$/),
	name: z.string().min(1),
	ogLocale: z.string().min(2),
	match: z.array(z.string().toLowerCase()),
});

export const localeConfigSchema = z.object({
	defaultLocale: z.string(),
	locales: z.array(localeSchema).min(1),
});

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
