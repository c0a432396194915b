import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/domain/text/guide-schema';
import { guideFiles, sourceLocales as localeSlugs } from './content';

function parse(path: string) {
	const source = readFileSync(path, 'utf8');
	const [, front = '', body = ''] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
	const headings = [...body.matchAll(/^(#{1,6}) /gm)].map((m) => m[1]!.length);
	const figures = [...body.matchAll(/<Figure name="([^"]+)"/g)].map((m) => m[1]);
	return { front, body, headings, figures };
}

const reference = 'en';

describe('guide pages', () => {
	it.each(localeSlugs)('%s has the same pages as English', (locale) => {
		expect(guideFiles(locale)).toEqual(guideFiles(reference));
	});

	it.each(localeSlugs.flatMap((l) => guideFiles(reference).map((f) => [l, f] as const)))('%s/%s has the English heading structure and figures', (locale, file) => {
		const en = parse(`content/guide/${reference}/${file}`);
		const page = parse(`content/guide/${locale}/${file}`);
		expect(page.headings).toEqual(en.headings);
		expect(page.figures).toEqual(en.figures);
		expect(page.headings.length).toBeGreaterThan(2);
		expect(page.headings).not.toContain(1);
	});

	it.each(localeSlugs.flatMap((l) => guideFiles(reference).map((f) => [l, f] as const)))('%s/%s has valid frontmatter with official sources', async (locale, file) => {
		const { load: parseYaml } = await import('js-yaml');
		const data = guideSchema.parse(parseYaml(parse(`content/guide/${locale}/${file}`).front));
		const en = guideSchema.parse(parseYaml(parse(`content/guide/${reference}/${file}`).front));
		expect(data.order).toBe(en.order);
		for (const source of data.sources) {
			expect(new URL(source.url).hostname).toMatch(/(^|\.)(facebook\.com|whatsapp\.com|meta\.com|fb\.com)$/);
		}
	});

	it.each(localeSlugs.flatMap((l) => guideFiles(reference).map((f) => [l, f] as const)))('%s/%s links inside the site relatively', (locale, file) => {
		const { body } = parse(`content/guide/${locale}/${file}`);
		const links = [...body.matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]!);
		const rootRelative = links.filter((l) => l.startsWith('/'));
		expect(rootRelative).toEqual([]);
	});
});
