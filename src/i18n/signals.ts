import { signalTextsSchema, type SignalTexts } from '../domain/decoder/signals-schema';
import { localeSlugs, localisedFile } from './locales';

const files = import.meta.glob<unknown>('../../content/signals/*.json', { eager: true, import: 'default' });

/** The decoder's explanations of every locale, parsed at build time. */
export const signalTexts: Readonly<Record<string, SignalTexts>> = Object.fromEntries(
	localeSlugs.map((slug) => [slug, localisedFile(files, 'signals', slug, (raw) => signalTextsSchema.parse(raw))]),
);
