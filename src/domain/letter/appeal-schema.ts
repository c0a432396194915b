import { z } from 'zod';
import en from '../../../content/appeal/en.json';
import type { AppealBlocks } from './appeal';
import { allFields, screens } from '../flow/flow';
import { parseCondition } from './licence';
import { strictShapeOf } from '../text/strict-shape';

/** Keys a licence may test: every question and field of the flow, and the effective reason. */
const answerKeys = new Set(['effective-reason', ...screens.map((s) => s.id), ...allFields().map((f) => f.id)]);

const condition = z.string().refine((text) => {
	const parsed = parseCondition(text);
	return parsed !== undefined && answerKeys.has(parsed.key);
}, 'a licence condition such as "actions has frequency-reduced" on a question or field of the flow');

const block = z
	.object({
		when: z.array(condition),
		text: z.string().min(1),
		join: z.enum(['paragraph', 'sentence', 'line', 'bullet']).optional(),
		heading: z.literal(true).optional(),
	})
	.strict();

const sameBlocks = (reference: Record<string, unknown>) =>
	z
		.record(z.string(), block)
		.refine((blocks) => Object.keys(blocks).sort().join() === Object.keys(reference).sort().join(), 'the same block ids as content/appeal/en.json')
		.refine(
			(blocks) => Object.entries(blocks).every(([id, b]) => JSON.stringify(b.when) === JSON.stringify((reference[id] as { when: unknown }).when)),
			'the same licences as content/appeal/en.json: a sentence licensed by other answers in one language would claim something else',
		);

/** Every language has the English blocks, with the same licences, and the English terms. */
export const appealBlocksSchema = z
	.object({
		listSeparator: z.string().min(1),
		listLastSeparator: z.string().min(1),
		bullet: z.string().min(1),
		terms: strictShapeOf(en.terms),
		full: sameBlocks(en.full),
		short: sameBlocks(en.short),
	})
	.strict() as unknown as z.ZodType<AppealBlocks>;
