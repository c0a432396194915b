import { z } from 'zod';

export const guideSchema = z.object({
	title: z.string().min(1).max(90),
	// A short name for the header navigation.
	navTitle: z.string().min(1).max(30),
	description: z.string().min(20).max(200),
	order: z.number().int().min(1),
	lastChecked: z.coerce.date(),
	sources: z.array(z.object({ title: z.string().min(1), url: z.url() })).min(1),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
