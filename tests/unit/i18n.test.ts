import { describe, expect, it } from 'vitest';
import { dateParts } from '../../src/domain/text/dates';
import { fill } from '../../src/domain/text/text';
import locales from '../../content/locales.json';
import { screens } from '../../src/domain/flow/flow';
import { correctiveActions, optInMethods, wentWrongChoices } from '../../src/domain/flow/reasons';
import type { ErrorCode } from '../../src/domain/flow/validate';
import { allContradictions } from '../../src/domain/flow/contradictions';
import { contentOf, localeSlugs, readJson, uiStringsOf } from './content';

type Tree = { [key: string]: unknown };
function get(tree: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

describe.each(localeSlugs)('UI strings of %s', (locale) => {
	it('have every key of the English file, non-empty, and no other', () => {
		expect(() => uiStringsOf(locale)).not.toThrow();
	});

	it('give the wizard a text for every screen, option, field and error', () => {
		const w = uiStringsOf(locale).wizard;
		const missing: string[] = [];
		const need = (path: string, kind: 'string' | 'list' = 'string') => {
			const value = get(w, path);
			const ok = kind === 'list' ? Array.isArray(value) && value.length > 0 : typeof value === 'string' && value.length > 0;
			if (!ok) missing.push(path);
		};
		for (const screen of screens) {
			if (screen.kind !== 'check' && screen.kind !== 'result') need(`screens.${screen.id}.title`);
			if (screen.kind === 'info' || screen.kind === 'outcome') need(`screens.${screen.id}.body`, 'list');
			if (screen.kind === 'step') {
				need(`screens.${screen.id}.body`);
				need(`screens.${screen.id}.meaning`);
			}
			if (screen.kind === 'choice') for (const o of screen.options) need(`options.${screen.optionsKey ?? screen.id}.${o}`);
			if (screen.kind === 'outcome' && screen.guide) need(`guideLinks.${screen.guide}`);
			// An illustration without a quoted label needs its own description.
			if ((screen.kind === 'outcome' && screen.illustration) || (screen.kind === 'step' && !screen.label)) need(`screens.${screen.id}.alt`);
			if (screen.kind === 'form') for (const f of screen.fields) need(`fields.${f.id}.label`);
		}
		for (const m of [...optInMethods, 'dont-know', 'not-applicable']) need(`options.optIn.${m}`);
		for (const list of Object.values(wentWrongChoices)) for (const v of list) need(`options.wentWrong.${v}`);
		need('options.wentWrong.dont-know');
		for (const list of Object.values(correctiveActions)) for (const v of list) need(`options.actions.${v}`);
		const codes: ErrorCode[] = ['required', 'too-long', 'phone', 'phone-length', 'digits', 'url', 'email', 'choose'];
		for (const c of codes) need(`errors.${c}`);
		for (const c of allContradictions) {
			need(`errors.contradicts-${c.id}`);
			need(`screens.result.resolve.${c.id}.question`);
			for (const choice of c.choices) need(`screens.result.resolve.${c.id}.choices.${choice}`);
		}
		for (const outcome of ['still-offering', 'ai-still-offering']) {
			need(`screens.${outcome}.title`);
			need(`screens.${outcome}.body`, 'list');
		}
		need('screens.still-offering.exception');
		expect(missing).toEqual([]);
	});

	it('keep every {{placeholder}} of the English text', () => {
		const en = readJson('content/i18n/en.json');
		const other = contentOf('i18n', locale);
		const mismatched: string[] = [];
		const walk = (a: unknown, b: unknown, path: string) => {
			if (typeof a === 'string') {
				const slots = (s: unknown) => (typeof s === 'string' ? (s.match(/\{\{\w+\}\}/g) ?? []).sort().join() : '');
				if (slots(a) !== slots(b)) mismatched.push(path);
			} else if (a && typeof a === 'object') {
				for (const [k, v] of Object.entries(a)) walk(v, (b as Tree | undefined)?.[k], `${path}.${k}`);
			}
		};
		walk(en, other, locale);
		expect(mismatched).toEqual([]);
	});
});

describe('quotation marks in the wizard', () => {
	const strings = (tree: unknown, path = ''): [string, string][] =>
		typeof tree === 'string'
			? [[path, tree]]
			: Array.isArray(tree)
				? tree.flatMap((v, i) => strings(v, `${path}.${i}`))
				: Object.entries(tree as Tree).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));

	it('zh-CN uses “” (mainland usage), not 「」', () => {
		expect(strings(uiStringsOf('zh-cn').wizard).filter(([, text]) => /[「」『』]/.test(text))).toEqual([]);
	});

	it('zh-TW uses 「」 (Taiwan usage), not “”', () => {
		expect(strings(uiStringsOf('zh-tw').wizard).filter(([, text]) => /[“”‘’]/.test(text))).toEqual([]);
	});
});

describe('appeal blocks', () => {
	it.each(localeSlugs)('%s keeps every {{placeholder}} of the English blocks', (locale) => {
		const en = JSON.stringify(readJson('content/appeal/en.json')).match(/\{\{\w+\}\}/g)?.sort();
		const other = JSON.stringify(contentOf('appeal', locale)).match(/\{\{\w+\}\}/g)?.sort();
		expect(other).toEqual(en);
	});
});

describe.each(locales.locales.map((l) => [l.slug, l.lang] as const))('dates in %s', (slug, lang) => {
	const checked = dateParts(new Date('2026-12-01T00:00:00Z'), lang, 'UTC');
	it.each(['site.lastChecked', 'wizard.screens.result.printDate'])('%s places year, month and day, and nothing is left unfilled', (key) => {
		const text = fill(String(get(uiStringsOf(slug), key)), checked);
		expect(text).not.toMatch(/\{\{|\}\}/);
		expect(text).toContain('2026');
		expect(text).toContain(checked.month);
		// Chinese pages put a space between digits and the characters around them.
		if (!lang.startsWith('en')) expect(text).toContain('2026 年 12 月 1 日');
	});
});
