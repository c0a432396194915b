import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import glossary from '../../content/glossary.json';

const side = z
	.object({ use: z.string().min(1), reject: z.array(z.string().min(1)), allowInQuotes: z.array(z.string().min(1)).optional() })
	.strict();
const glossarySchema = z.object({
	$comment: z.string(),
	terms: z.array(z.object({ id: z.string().min(1), en: z.string().min(1), 'zh-cn': side, 'zh-tw': side }).strict()),
});

const locales = ['zh-cn', 'zh-tw'] as const;
const terms = glossarySchema.parse(glossary).terms;

// The e2e language test enforces the glossary on the built pages; these checks keep the glossary itself coherent.
describe('glossary', () => {
	it('has one entry per term', () => {
		const ids = terms.map((t) => t.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it.each(locales)('%s: no word the glossary tells us to use is rejected by any term', (locale) => {
		const rejected = terms.flatMap((t) => t[locale].reject);
		const clashes = terms.flatMap((t) => rejected.filter((r) => t[locale].use.includes(r)).map((r) => `${t.id}: “${t[locale].use}” contains rejected “${r}”`));
		expect(clashes).toEqual([]);
	});

	it.each(locales)('%s: variants allowed in quotes are rejected variants of the same term', (locale) => {
		const stray = terms.flatMap((t) => (t[locale].allowInQuotes ?? []).filter((q) => !t[locale].reject.includes(q)).map((q) => `${t.id}: ${q}`));
		expect(stray).toEqual([]);
	});
});
