import fc from 'fast-check';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { firstScreenId, joinWizardStrings, splitWizardStrings } from '../../src/domain/flow/wizard-parts';
import AppealWizard from '../../src/islands/AppealWizard';
import { screenById, type ChoiceScreen } from '../../src/domain/flow/flow';
import { freshSession } from '../../src/domain/flow/wizard-reducer';
import type { WizardProps } from '../../src/islands/types';
import { localeSlugs, uiStringsOf } from './content';

const perScreen = ['screens', 'options', 'fields'] as const;

describe.each(localeSlugs)('the wizard text of %s in two parts', (locale) => {
	const strings = uiStringsOf(locale).wizard as unknown as Record<string, unknown>;
	const { first, rest } = splitWizardStrings(strings);

	it('joins back to the whole text, less what only the page shows without a script', () => {
		const { noscript, ...islandText } = strings;
		expect(noscript).toBeDefined();
		expect(joinWizardStrings(first, rest)).toEqual(islandText);
	});

	it('puts only the first screen in the page, and every other screen in the rest', () => {
		const screenKeys = Object.keys(first.screens as object);
		expect(screenKeys).toEqual([firstScreenId]);
		for (const group of perScreen) {
			const inPage = Object.keys((first[group] ?? {}) as object);
			for (const key of inPage) expect(key.startsWith(firstScreenId)).toBe(true);
			expect(Object.keys((rest[group] ?? {}) as object).some((key) => inPage.includes(key))).toBe(false);
		}
		expect(Object.keys(rest.screens as object).length).toBeGreaterThan(40);
	});

	it('has every text the first screen shows in the page part: it renders exactly as with the whole text', () => {
		const props = (text: unknown): WizardProps => ({
			locale,
			strings: text as never,
			appealBlocks: {},
			partUrls: { strings: '', letters: {} },
			languages: [],
			supportHomeUrl: 'https://business.facebook.com/business-support-home',
			illustrationBase: '/illustrations/',
			guideUrls: { 'is-it-a-ban': '/a/', 'request-review': '/b/', 'unban-scams': '/c/' },
			requestReviewUrl: '/b/',
			first: { screen: screenById(firstScreenId) as ChoiceScreen, session: freshSession() },
		});
		const withFirst = renderToString(h(AppealWizard, props(first)));
		expect(withFirst).toContain((strings.screens as Record<string, { title: string }>)[firstScreenId]!.title);
		expect(withFirst).toEqual(renderToString(h(AppealWizard, props(strings))));
	});
});

describe('splitting and joining any text tree', () => {
	const leaf = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }));
	const group = fc.dictionary(fc.constantFrom(firstScreenId, `${firstScreenId}-hints`, 'reason', 'check', 'admin', 'phone'), leaf);
	it('loses nothing but the page-only text', () => {
		fc.assert(
			fc.property(fc.record({ screens: group, options: group, fields: group, loading: fc.string(), safety: leaf, noscript: leaf }), (tree) => {
				const { first, rest } = splitWizardStrings(tree);
				const { noscript: _, ...kept } = tree;
				expect(joinWizardStrings(first, rest)).toEqual(kept);
			}),
		);
	});
});
