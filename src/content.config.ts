import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './domain/guide-schema';

const guide = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './content/guide' }),
	schema: guideSchema,
});

export const collections = { guide };
