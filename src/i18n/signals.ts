import { signalTextsSchema, type SignalTexts } from '../domain/decoder/signals-schema';
import { localeSlugs } from './locales';

const files = import.meta.glob<unknown>('../../content/signals/*.json', { eager: true, import: 'default' });

/** The decoder's explanations of every locale, parsed at build time. */
export const signalTexts: Readonly<Record<string, SignalTexts>> = Object.fromEntries(
	localeSlugs.map((slug) => {
		const file = files[`../../content/signals/${slug}.json`];
		if (!file) throw new Error(`Missing content/signals/${slug}.json`);
		return [slug, signalTextsSchema.parse(file)];
	}),
);
