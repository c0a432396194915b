import { describe, expect, it } from 'vitest';
import { screens } from '../../src/domain/flow/flow';
import { answerLines } from '../../src/domain/text/answer-lines';
import { exceptionIndustries, industries } from '../../src/domain/flow/reasons';
import { expectedIn, localeSlugs, uiStringsOf } from './content';

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

	it('quotes a typed answer where the lines are for any answer, and adds nothing when it is blank', () => {
		const typed = { noticeDate: { '*': ['Dated {{answer}}.'] } };
		expect(answerLines(typed, { noticeDate: ' 3 March 2026 ' })).toEqual(['Dated 3 March 2026.']);
		expect(answerLines(typed, { noticeDate: '  ' })).toEqual([]);
		expect(answerLines(typed, {})).toEqual([]);
	});
});

// Issue 23.4: an owner months late meets "no button" for a reason that is not admin rights.
describe.each(localeSlugs)('where no Request Review button is shown, in %s', (locale) => {
	it.each(['no-button-not-admin', 'outcome-no-review'])('%s opens on the notice date the owner gave and the 90 days of Meta’s older guidance', (id) => {
		const lead = screenText(locale, id)['leadByAnswer'];
		const [line, ...rest] = answerLines(lead, { noticeDate: '2026-03-03' });
		expect(rest).toEqual([]);
		expect(line).toContain('2026-03-03');
		expect(line).toContain('90');
		expect(answerLines(lead, {})).toEqual([]);
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

/** The words for the quality rating and for a modified app, as each locale writes them. */
const words: Record<string, { quality: string; linked: string; modified: RegExp; provider: RegExp }> = {
	en: { quality: 'quality rating', linked: 'Linked devices', modified: /modified WhatsApp/, provider: /provider/ },
	'zh-cn': { quality: '质量评级', linked: 'Linked devices', modified: /修改版 WhatsApp/, provider: /服务商/ },
	'zh-tw': { quality: '品質評等', linked: 'Linked devices', modified: /改版的 WhatsApp/, provider: /服務供應商/ },
};

describe.each(localeSlugs)('outcomes name the signal that brought the owner there, in %s', (locale) => {
	const w = expectedIn(words, locale);
	it.each(['outcome-number-status', 'outcome-delivery-only'])('%s names 131048, the quality rating and what a provider’s “Flagged” means today', (id) => {
		const body = screenText(locale, id)['body'] as string[];
		const throttle = body.find((line) => line.includes('131048'));
		expect(throttle).toBeDefined();
		expect(throttle).toContain(w.quality);
		// Not only "abolished": what the label on a provider's screen stands for now.
		const flagged = body.filter((line) => line.includes('Flagged') && w.provider.test(line));
		expect(flagged).toHaveLength(1);
		expect(flagged[0]).toContain('2025');
		expect(flagged[0]).toContain(w.quality);
	});

	it.each(['outcome-app-ban', 'outcome-timed-restriction', 'outcome-app-screens'])('%s tells a modified-app or linked-tool user that the tool may be the cause', (id) => {
		const body = bodyOf(locale, id);
		expect(body).toMatch(w.modified);
		expect(body).toContain(w.linked);
		expect(body).toContain('WAHA');
	});
});

describe.each(localeSlugs)('the industry notice in %s', (locale) => {
	const notice = screenText(locale, 'industry-notice');
	const lines = (industry: string) => answerLines(notice['byAnswer'], { industry });
	const exceptionDetail = expectedIn({ en: 'under 18', 'zh-cn': '未满 18 岁', 'zh-tw': '未滿 18 歲' }, locale);

	it.each([...industries])('has lines of its own for %s, shown for that industry only', (industry) => {
		const own = lines(industry);
		expect(own.length).toBeGreaterThanOrEqual(2);
		for (const other of industries.filter((i) => i !== industry)) {
			const shared = own.filter((line) => lines(other).includes(line));
			// Only the exception's note on countries is shared, and only by the three it covers.
			expect(shared.length === 0 || (exceptionIndustries.includes(industry) && exceptionIndustries.includes(other))).toBe(true);
		}
	});

	it('gives the August 2024 exception’s conditions to the three industries it covers, and to no other', () => {
		for (const industry of industries) expect(lines(industry).some((line) => line.includes(exceptionDetail))).toBe(exceptionIndustries.includes(industry));
		expect((notice['body'] as string[]).join(' ')).not.toContain(exceptionDetail);
	});

	it('tells every industry what to check in its catalogue, profile, templates and ads', () => {
		const places = expectedIn(
			{
				en: ['catalogue', 'business profile', 'templates', 'ads'],
				'zh-cn': ['商品目录', '商家资料', '消息模板', '广告'],
				'zh-tw': ['商品目錄', '商家檔案', '訊息範本', '廣告'],
			},
			locale,
		);
		for (const industry of industries) {
			const text = lines(industry).join(' ');
			for (const place of places) expect(text, `${industry}: ${place}`).toContain(place);
		}
	});
});

describe('the industry notice names each category in the policy’s own words', () => {
	const policyWords: Record<string, string> = {
		firearms: '“firearms”',
		alcohol: '“alcohol and tobacco”',
		tobacco: '“alcohol and tobacco”',
		'otc-medicine': '“drugs (prescription, recreational or other)”',
		'prescription-drugs': '“drugs (prescription, recreational or other)”',
		'medical-healthcare': '“medical and healthcare products”',
		'endangered-species': '“endangered species (wildlife and plants)”',
		'live-animals': '“live non-endangered animals, excluding livestock”',
		'hazardous-goods': '“hazardous goods and materials”',
		'currency-crypto': '“real, virtual or fake currency, including ICOs and binary options”',
		'body-parts': '“body parts or fluids”',
		'deceptive-business-models': '“fraudulent, misleading, offensive, deceptive, exploitative or undue-pressure business models”',
		gambling: '“real-money gambling”',
		adult: '“adult products and services”',
		dating: '“dating services”',
		'multi-level-marketing': '“multi-level marketing”',
		'lending-debt': '“payday loans, paycheck advances, peer-to-peer lending, debt collection and bail bonds”',
	};
	it.each([...industries])('%s', (industry) => {
		expect(answerLines(screenText('en', 'industry-notice')['byAnswer'], { industry })[0]).toContain(policyWords[industry]);
	});
});

// Issue 23.4: a template moved to marketing, or a utility template restricted.
describe.each(localeSlugs)('the went-wrong form in %s', (locale) => {
	it('tells an owner whose promotions went out in utility templates to split the template, and no one else', () => {
		const tree = screenText(locale, 'went-wrong')['byAnswer'];
		expect(answerLines(tree, { reason: 'template-misclassification' })).toHaveLength(1);
		for (const reason of ['promotional-volume', 'unsolicited-messages', 'unofficial-access', 'restricted-industry', 'ai-assistant', 'not-sure']) expect(answerLines(tree, { reason })).toEqual([]);
	});
});
