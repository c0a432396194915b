import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { guideFiles, localeSlugs as locales, searchWordsOf, sourceLocales } from './content';

// The owners' words (content/search/<locale>.json): the e2e search test checks that each phrase finds
// its page first; these checks keep the lists themselves coherent, without a build.
const schema = z.object({ $comment: z.string(), pages: z.record(z.string(), z.array(z.string().trim().min(1)).min(1)) }).strict();
const words = (locale: string) => searchWordsOf(locale);

describe("owners' words", () => {
	it.each(sourceLocales)('content/search/%s.json has its shape', (locale) => {
		expect(() => schema.parse(JSON.parse(readFileSync(`content/search/${locale}.json`, 'utf8')))).not.toThrow();
	});

	it.each(locales)('%s: every list names a page search can find (the wizard, the decoder or a guide page)', (locale) => {
		const guide = guideFiles(locale).map((f) => f.replace(/\.mdx$/, ''));
		expect(guide.length).toBeGreaterThanOrEqual(5);
		const known = new Set(['appeal', 'decode', ...guide]);
		expect(Object.keys(words(locale)).filter((page) => !known.has(page))).toEqual([]);
		expect(Object.keys(words(locale))).toContain('appeal');
	});

	it.each(locales)('%s: a phrase is listed under one page only', (locale) => {
		const all = Object.values(words(locale)).flat().map((p) => p.toLowerCase());
		expect(all.filter((p, i) => all.indexOf(p) !== i)).toEqual([]);
	});

	it.each(locales)('%s: phrases hold no character that would end the indexed line (; < >)', (locale) => {
		expect(Object.values(words(locale)).flat().filter((p) => /[;<>]/.test(p))).toEqual([]);
	});
});
