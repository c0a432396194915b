import { describe, expect, it } from 'vitest';
import { screens } from '../../src/domain/flow/flow';
import { answerLines } from '../../src/domain/text/answer-lines';
import { localeSlugs, uiStringsOf } from './content';

/**
 * Issue 23, points 5 to 7: each outcome speaks to the signal that brought the owner there, and
 * says nothing that is wrong for their answers (a review where none is offered, "if you are not
 * an admin" to an admin, one industry's rules to another).
 */
type Tree = { [key: string]: unknown };
const screenText = (locale: string, id: string) => (uiStringsOf(locale).wizard.screens as unknown as Tree)[id] as Tree;
const bodyOf = (locale: string, id: string) => (screenText(locale, id)['body'] as string[]).join(' ');

describe('lines for some answers only', () => {
	const tree = { admin: { agency: ['A'], rented: ['R'] }, industry: { alcohol: ['X', 'Y'] } };
	it('shows the lines of the answers given, in the resources order, and nothing for other answers', () => {
		expect(answerLines(tree, { admin: 'agency', industry: 'alcohol' })).toEqual(['A', 'X', 'Y']);
		expect(answerLines(tree, { admin: 'yes' })).toEqual([]);
		expect(answerLines(undefined, { admin: 'agency' })).toEqual([]);
		expect(answerLines(tree, { admin: ['agency'] })).toEqual([]);
	});
});

/** Screens on the path that asks for a disable date, where no review is offered or one is already in. */
const noNewReview = screens.filter(
	(s) => s.when?.['what-you-see']?.includes('account-notice') && ((s.kind === 'outcome' && s.safety === 'no-appeal') || s.id === 'outcome-in-review' || s.id === 'review-unchanged'),
);

describe('the deadline note', () => {
	it('covers the screens it should', () => {
		expect(noNewReview.map((s) => s.id).sort()).toEqual(['outcome-acknowledge-only', 'outcome-in-review', 'outcome-no-review', 'review-unchanged']);
	});

	it.each(noNewReview.map((s) => s.id))('on %s has its own words, which do not tell the owner to request a review', (id) => {
		const own = screenText('en', id)['deadline'];
		expect(typeof own).toBe('string');
		expect(own).toContain('{{date}}');
		expect(own).not.toMatch(/request (a |the )?review/i);
		// The general note does say it, so falling back to it would be wrong here.
		expect(uiStringsOf('en').wizard.deadline).toMatch(/request the review/i);
	});
});

describe.each(localeSlugs)('the not-admin sentence in %s', (locale) => {
	it('is not in the body an admin reads on "only Acknowledge", and reaches everyone else', () => {
		const screen = screenText(locale, 'outcome-acknowledge-only');
		const sentence = (screenText('en', 'outcome-acknowledge-only')['byAnswer'] as Tree)['admin'] as Tree;
		expect(bodyOf('en', 'outcome-acknowledge-only')).not.toMatch(/not an admin/i);
		expect(answerLines(screen['byAnswer'], { admin: 'yes' })).toEqual([]);
		for (const value of ['agency', 'rented', 'not-sure']) expect(answerLines(screen['byAnswer'], { admin: value })).toHaveLength(1);
		expect(JSON.stringify(sentence)).toMatch(/not an admin/);
	});
});
