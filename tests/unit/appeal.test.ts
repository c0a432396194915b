import { describe, expect, it } from 'vitest';
import { generateAppeal } from '../../src/domain/appeal';
import { appealTemplate } from '../../src/domain/appeal-template';
import { aiCases, appealReasons, correctiveActions, industries, industryCases, optInMethods, wentWrongChoices } from '../../src/domain/reasons';
import { appealBlocksOf, localeSlugs } from './content';
import { completeAnswers } from './fixtures';

const facts = ['Harbour Tea House', '+85291234567', '104958372615', 'order updates and table bookings for our customers'];

describe.each(localeSlugs)('generateAppeal in %s', (locale) => {
	const blocks = appealBlocksOf(locale);

	it.each(appealReasons)('for %s names the business, number, account ID, use and reason', (reason) => {
		const text = generateAppeal(completeAnswers(reason), blocks);
		for (const fact of facts) expect(text).toContain(fact);
		expect(text).toContain(blocks.reason[reason]);
		expect(text).toContain(blocks.optIn.methods['checkout-checkbox']);
		expect(text).not.toMatch(/\{\{|\}\}|undefined|\[object/);
	});

	it.each(appealReasons)('for %s: a reviewed snapshot', (reason) => {
		const answers = completeAnswers(reason, {
			wentWrong: [wentWrongChoices[reason][0]!],
			actions: [correctiveActions[reason][0]!],
			email: 'owner@harbourtea.hk',
		});
		expect(generateAppeal(answers, blocks)).toMatchSnapshot();
	});

	it.each(industries.flatMap((industry) => industryCases.map((c) => [industry, c] as const)))(
		'restricted industry %s, case %s, names the industry and the case',
		(industry, industryCase) => {
			const text = generateAppeal(completeAnswers('restricted-industry', { industry, 'industry-case': industryCase }), blocks);
			expect(text).toContain(blocks.industryCase[industryCase].split('{{industry}}')[0]!);
			expect(text).toContain(blocks.industries[industry]);
		},
	);

	it.each(aiCases)('AI assistant, case %s', (aiCase) => {
		const text = generateAppeal(completeAnswers('ai-assistant', { 'ai-case': aiCase }), blocks);
		expect(text).toContain(blocks.aiCase[aiCase]);
		for (const other of aiCases.filter((c) => c !== aiCase)) expect(text).not.toContain(blocks.aiCase[other]);
	});

	it('lists exactly the ticked actions and no others', () => {
		for (const reason of appealReasons) {
			const all = correctiveActions[reason];
			const ticked = all.filter((_, i) => i % 2 === 0);
			const text = generateAppeal(completeAnswers(reason, { actions: ticked }), blocks);
			for (const a of ticked) expect(text).toContain(blocks.actions.items[a]);
			for (const a of all.filter((x) => !ticked.includes(x))) expect(text).not.toContain(blocks.actions.items[a]);
		}
	});

	it('admits nothing when the visitor does not know what went wrong, and exactly what they ticked otherwise', () => {
		const unknown = generateAppeal(completeAnswers('unsolicited-messages', { wentWrong: ['dont-know'], wentWrongOther: 'ignored' }), blocks);
		expect(unknown).not.toContain(blocks.wentWrong.intro);
		expect(unknown).not.toContain('ignored');
		const admitted = generateAppeal(completeAnswers('unsolicited-messages', { wentWrong: ['bought-list'] }), blocks);
		expect(admitted).toContain(blocks.wentWrong.items['bought-list']);
		expect(admitted).not.toContain(blocks.wentWrong.items['no-opt-in-record']);
	});

	it('has no actions section when none were ticked or typed', () => {
		expect(generateAppeal(completeAnswers('promotional-volume'), blocks)).not.toContain(blocks.actions.intro);
	});

	it('keeps hostile or unusual input exactly as typed, as plain text', () => {
		const hostile = [
			'<script>alert("x")</script><img src=x onerror=alert(1)>',
			'{{businessName}} ${process} %s',
			'emoji 🙂🇭🇰 and RTL \u202Eevil\u202C \u200F',
			'x'.repeat(5000),
		];
		for (const value of hostile) {
			const text = generateAppeal(completeAnswers('promotional-volume', { use: value, businessName: value, actionsOther: value }), blocks);
			expect(text).toContain(value);
		}
	});

	it('every option has a sentence', () => {
		for (const m of optInMethods) expect(blocks.optIn.methods[m]).toBeTruthy();
		for (const reason of appealReasons) {
			for (const w of wentWrongChoices[reason]) expect(blocks.wentWrong.items[w], w).toBeTruthy();
			for (const a of correctiveActions[reason]) expect(blocks.actions.items[a], a).toBeTruthy();
		}
	});

	it.each(appealReasons)('the no-JavaScript template for %s has brackets to fill in and no leftovers', (reason) => {
		const text = appealTemplate(reason, blocks, {
			businessName: '[B]',
			displayName: '[D]',
			phone: '[P]',
			wabaId: '[W]',
			use: '[U]',
			industry: '[I]',
		});
		for (const slot of ['[B]', '[P]', '[W]', '[U]']) expect(text).toContain(slot);
		if (reason === 'restricted-industry') expect(text).toContain('[I]');
		expect(text).not.toMatch(/\{\{|\}\}|undefined/);
	});
});
