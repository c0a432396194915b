import type { AppealBlocks } from '../domain/letter/appeal';
import { appealBlocksSchema } from '../domain/letter/appeal-schema';
import { localeSlugs, localisedFile } from './locales';

const files = import.meta.glob<unknown>('../../content/appeal/*.json', { eager: true, import: 'default' });

/** Appeal sentence blocks of every locale, parsed at build time. */
export const appealBlocks: Readonly<Record<string, AppealBlocks>> = Object.fromEntries(
	localeSlugs.map((slug) => [slug, localisedFile(files, 'appeal', slug, (raw) => appealBlocksSchema.parse(raw))]),
);
