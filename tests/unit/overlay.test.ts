import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { overlayHtml, overlayValue, termReplacer, withStrings } from '../../src/domain/text/overlay';
import { overlaySchema } from '../../src/i18n/locales';
import locales from '../../content/locales.json';
import { contentOf, guideFiles, overlayOf, readJson } from './content';

describe('a term overlay', () => {
	const replace = termReplacer([
		['帳號', '帳戶'],
		['品質評等', '質素評級'],
		['評等', '評級'],
		['a', 'b'],
		['b', 'c'],
	]);

	it('replaces the longest term where terms overlap, and never replaces a replacement again', () => {
		expect(replace('品質評等與評等')).toBe('質素評級與評級');
		expect(replace('ab')).toBe('bc');
		expect(replace('帳號 ID')).toBe('帳戶 ID');
	});

	it('changes the strings of a value, never its keys or other values', () => {
		const value = { 帳號: ['帳號', 3, { when: ['x:y'] }], at: new Date(0) };
		const out = overlayValue(value, replace);
		expect(Object.keys(out)).toEqual(['帳號', 'at']);
		expect(out.帳號).toEqual(['帳戶', 3, { when: ['x:y'] }]);
		expect(out.at).toBe(value.at);
		expect(value.帳號[0]).toBe('帳號');
	});

	it('changes text and the attributes people read in HTML, not ids, hrefs, scripts or styles', () => {
		const html = '<h2 id="帳號"><a href="#帳號" title="帳號">帳號</a></h2><img alt="帳號" src="/帳號.svg"><script>"帳號"</script><style>.帳號{}</style><p>帳號</p>';
		expect(overlayHtml(html, replace)).toBe('<h2 id="帳號"><a href="#帳號" title="帳戶">帳戶</a></h2><img alt="帳戶" src="/帳號.svg"><script>"帳號"</script><style>.帳號{}</style><p>帳戶</p>');
	});

	it('keeps any HTML as HTML: only text between tags changes', () => {
		const tags = (html: string) => html.match(/<[^>]*>/g)?.map((t) => t.replace(/"[^"]*"/g, '""')) ?? [];
		fc.assert(
			fc.property(fc.string(), (html) => {
				expect(tags(overlayHtml(html, replace))).toEqual(tags(html));
			}),
		);
	});

	it('sets whole strings by key path, and fails on a path that names no string', () => {
		expect(withStrings({ a: { b: 'x' } }, { 'a.b': 'y' }, 't')).toEqual({ a: { b: 'y' } });
		expect(() => withStrings({ a: { b: 'x' } }, { 'a.c': 'y' }, 't')).toThrow(/a\.c/);
	});
});

const overlayLocales = locales.locales.filter((l): l is typeof l & { base: string } => 'base' in l);

describe.each(overlayLocales)('the $slug overlay on $base', ({ slug, base }) => {
	const overlay = overlaySchema.parse(overlayOf(slug));
	const baseText = [...(['i18n', 'appeal', 'signals'] as const).map((kind) => JSON.stringify(readJson(`content/${kind}/${base}.json`))), ...guideFiles(base).map((f) => readFileSync(`content/guide/${base}/${f}`, 'utf8'))].join('\n');

	it('names only terms its base writes (a term nothing uses is a typo or a left-over)', () => {
		expect(overlay.terms.map(([from]) => from).filter((from) => !baseText.includes(from))).toEqual([]);
	});

	it('leaves none of the replaced terms in what its pages read', () => {
		for (const kind of ['i18n', 'appeal', 'signals'] as const) {
			const text = JSON.stringify(contentOf(kind, slug));
			expect(overlay.terms.map(([from]) => from).filter((from) => text.includes(from)), kind).toEqual([]);
		}
	});
});
