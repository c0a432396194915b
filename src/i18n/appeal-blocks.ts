import type { AppealBlocks } from '../domain/letter/appeal';
import { appealBlocksSchema } from '../domain/letter/appeal-schema';
import { localeSlugs } from './locales';

const files = import.meta.glob<unknown>('../../content/appeal/*.json', { eager: true, import: 'default' });

/** Appeal sentence blocks of every locale, parsed at build time. */
export const appealBlocks: Readonly<Record<string, AppealBlocks>> = Object.fromEntries(
	localeSlugs.map((slug) => {
		const file = files[`../../content/appeal/${slug}.json`];
		if (!file) throw new Error(`Missing content/appeal/${slug}.json`);
		return [slug, appealBlocksSchema.parse(file)];
	}),
);
