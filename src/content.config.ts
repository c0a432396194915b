import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './domain/text/guide-schema';

const guide = defineCollection({
	// GUIDE_DIR: the bench's scale run builds synthetic copies from a temp folder; never set otherwise.
	loader: glob({ pattern: '*/*.mdx', base: process.env.GUIDE_DIR || './content/guide' }),
	schema: guideSchema,
});

export const collections = { guide };
