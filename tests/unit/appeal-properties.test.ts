import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealOutcome, appealVersions, composeLetter, generateAppeal, joinList, shownAppeal, type AppealBlocks, type AppealVersion, type Block } from '../../src/domain/letter/appeal';
import { contradictionsIn } from '../../src/domain/flow/contradictions';
import { dontKnow, notSure, type Answers } from '../../src/domain/flow/flow';
import { aiCases, banReasons, correctiveActions, industries, industryCases, notApplicable, optInMethods, policies, wentWrongChoices } from '../../src/domain/flow/reasons';
import { effectiveReason } from '../../src/domain/flow/walk';
import { appealBlocksOf, localeSlugs } from './content';

/**
 * The claim ledger, tested over thousands of generated answer sets: every situation, reason,
 * case, policy, tick and typed text, in every language and both versions. Licences are read here
 * by a second, separate reading of the grammar, so a bug in licence.ts cannot hide itself.
 */
const runs = 3000;
const blocksOf = Object.fromEntries(localeSlugs.map((l) => [l, appealBlocksOf(l)])) as Record<string, AppealBlocks>;

const uniq = (list: readonly string[]) => [...new Set(list)];
const allWentWrong = uniq([...Object.values(wentWrongChoices).flat(), dontKnow]);
const allActions = uniq(Object.values(correctiveActions).flat());
const typedKeys = ['businessName', 'displayName', 'licence', 'sells', 'use', 'optInOther', 'wentWrongOther', 'actionsOther', 'disableDate', 'noticeDate', 'restrictionEnd'] as const;
const checkedKeys = ['phone', 'wabaId', 'portfolioId', 'website', 'email'] as const;

/** Typed text with a tag that makes it findable, then anything: both scripts, punctuation ending a sentence, braces, emoji, blank lines. */
const typed = (key: string) =>
	fc
		.array(fc.constantFrom(...'ab Z茶館 .。!！?？,，、:：{}$%🙂\n\t'.split(''), 'ordered', '{{use}}', '港灣', ' x'), { maxLength: 12 })
		.map((parts) => `⟦${key}⟧${parts.join('')}`);
const checked: Record<(typeof checkedKeys)[number], fc.Arbitrary<string>> = {
	phone: fc.stringMatching(/^\+[1-9]\d{7,14}$/),
	wabaId: fc.stringMatching(/^\d{5,25}$/),
	portfolioId: fc.stringMatching(/^\d{5,25}$/),
	// A valid address may end in a full stop; it is followed by the end of its line, not by one more.
	website: fc.constantFrom('https://example.com', 'https://shop.example.hk/menu.', 'http://茶館.hk/'),
	email: fc.constantFrom('owner@example.com', 'a.b@shop.example.hk'),
};

const answersArb = fc.record(
	{
		'what-you-see': fc.constantFrom('account-notice', 'temporary-block', 'business-app', 'delivery-only', notSure),
		'temporary-block': fc.constantFrom('yes', 'no', notSure),
		reason: fc.constantFrom(...banReasons, notSure),
		diagnosis: fc.constantFrom(...banReasons, 'unknown'),
		policy: fc.constantFrom(...policies),
		industry: fc.constantFrom(...industries, 'alcohol-tobacco'),
		'industry-case': fc.constantFrom(...industryCases),
		'ai-case': fc.constantFrom(...aiCases),
		optIn: fc.subarray([...optInMethods, dontKnow, notApplicable]),
		wentWrong: fc.subarray(allWentWrong),
		actions: fc.subarray(allActions),
		...Object.fromEntries(typedKeys.map((k) => [k, typed(k)])),
		...checked,
	},
	{ requiredKeys: ['what-you-see', 'reason'] },
) as fc.Arbitrary<Answers>;

// A second reading of the licence grammar (see licence.ts), kept deliberately naive.
function valueOf(answers: Answers, key: string) {
	return key === 'effective-reason' ? effectiveReason(answers) : answers[key];
}
function typedValue(answers: Answers, key: string): string {
	const v = answers[key];
	const visible = typeof v === 'string' ? v.normalize('NFKC').replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim() : '';
	return visible && (v as string).trim();
}
function holds(when: readonly string[], answers: Answers, blocks: AppealBlocks): boolean {
	return when.every((condition) => {
		const [key = '', ...rest] = condition.split(' ');
		const op = rest.slice(0, rest.length > 1 && rest[0] === 'is' && rest[1] === 'not' ? 2 : rest[0] === 'not' ? 2 : 1).join(' ');
		const values = condition.slice(key.length + 1 + op.length + 1).split('|');
		const v = valueOf(answers, key);
		const list = Array.isArray(v) ? v : [];
		const named = () => Object.keys(blocks.terms[key] ?? {}).some((id) => (typeof v === 'string' ? v === id : list.includes(id)));
		if (op === 'is') return typeof v === 'string' && values.includes(v);
		if (op === 'is not') return !(typeof v === 'string' && values.includes(v));
		if (op === 'has') return list.some((x) => values.includes(x));
		if (op === 'lacks') return !list.some((x) => values.includes(x));
		if (op === 'typed') return typedValue(answers, key) !== '';
		if (op === 'not typed') return typedValue(answers, key) === '';
		if (op === 'named') return named();
		if (op === 'not named') return !named();
		throw new Error(`unread condition ${condition}`);
	});
}

const slotsOf = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
const fixedWords = (text: string) => text.split(/\{\{\w+\}\}/).sort((a, b) => b.length - a.length)[0]!;
/** Blocks found by their terms rather than their few fixed words (see appeal.test.ts). */
const foundByTerms = (b: Block, blocks: AppealBlocks) => fixedWords(b.text).trim().length <= 8 && slotsOf(b.text).length > 0 && slotsOf(b.text).every((s) => blocks.terms[s]);

/** Blocks that must never stand in one text: a claim and the answers that contradict it. */
const neverTogether: [string, string[]][] = [
	['case-misclassified', ['wrong-restricted-items-listed', 'change-restricted-items-removed', 'change-restricted-messages-stopped', 'change-restricted-templates-changed']],
	['ai-business-bot', ['wrong-general-assistant-offered', 'change-general-assistant-withdrawn']],
];
const marketingSent = ['sent-too-often', 'too-promotional', 'no-opt-out', 'bought-list', 'imported-contacts', 'marketing-as-utility'];

/** A sentence of ours that carries none of the owner's answers: no slot, no tick, no case question. */
function isBoilerplate(b: Block): boolean {
	if (slotsOf(b.text).length > 0) return false;
	return !b.when.some((c) => / has /.test(c) || (/ is /.test(c) && !c.startsWith('effective-reason ') && !/ is not /.test(c)));
}

/**
 * What the owner said that a letter may not leave out. A typed text is left out only where a
 * licence withholds it (a way of consent typed beside "don't know" or "not applicable", something
 * that went wrong typed beside "we don't know", a disable date off its path); a tick only where
 * it gives no sentence (those two answers themselves).
 */
function ownerFacts(answers: Answers, blocks: AppealBlocks): { key: string; words: string }[] {
	const ticked = (key: string) => (answers[key] as string[] | undefined) ?? [];
	const consentUnknown = ticked('optIn').some((v) => v === dontKnow || v === notApplicable);
	const withheld: Record<string, boolean> = {
		optInOther: consentUnknown,
		wentWrongOther: ticked('wentWrong').includes(dontKnow),
		disableDate: answers['what-you-see'] !== 'account-notice',
		restrictionEnd: answers['what-you-see'] !== 'temporary-block',
	};
	const facts: { key: string; words: string }[] = [...typedKeys, ...checkedKeys].filter((k) => !withheld[k]).map((k) => ({ key: k as string, words: typedValue(answers, k) })).filter((f) => f.words !== '');
	if (!consentUnknown) for (const v of ticked('optIn')) facts.push({ key: `optIn.${v}`, words: blocks.terms['optIn']![v]! });
	for (const v of ticked('wentWrong').filter((v) => v !== dontKnow)) facts.push({ key: `wentWrong.${v}`, words: blocks.full[`wrong-${v}`]!.text });
	for (const v of ticked('actions')) facts.push({ key: `actions.${v}`, words: blocks.terms['actions']![v]! });
	return facts;
}

/** The owner's facts that the text shown first (no draft, no version picked) leaves out. */
function missingFacts(answers: Answers, locale: string): string[] {
	const blocks = blocksOf[locale]!;
	const { text } = shownAppeal(answers, blocks, locale, undefined);
	return ownerFacts(answers, blocks)
		.filter((f) => !text.includes(f.words))
		.map((f) => f.key);
}

interface Prepared {
	source: Readonly<Record<string, Block>>;
	groups: string[][];
	slots: Record<string, string[]>;
	/** The fixed words that find each block in a text, where they can. */
	findable: [string, string][];
	/** Names that go into this version's slots. */
	names: [string, string, string][];
}
const prepared = new Map<string, Prepared>();
function prepare(locale: string, version: AppealVersion): Prepared {
	const key = `${locale}/${version}`;
	const known = prepared.get(key);
	if (known) return known;
	const blocks = blocksOf[locale]!;
	const source = blocks[version];
	const groups: string[][] = [];
	for (const [id, b] of Object.entries(source)) (b.join ?? 'paragraph') === 'paragraph' || groups.length === 0 ? groups.push([id]) : groups[groups.length - 1]!.push(id);
	const slots = Object.fromEntries(Object.entries(source).map(([id, b]) => [id, slotsOf(b.text)]));
	const findable = Object.entries(source)
		.filter(([, b]) => fixedWords(b.text).trim() !== '' && !foundByTerms(b, blocks))
		.map(([id, b]) => [id, fixedWords(b.text)] as [string, string]);
	const slotted = new Set(Object.values(slots).flat());
	const names = Object.entries(blocks.terms)
		.filter(([k]) => slotted.has(k))
		.flatMap(([k, t]) => Object.entries(t).map(([id, n]) => [k, id, n] as [string, string, string]));
	const result = { source, groups, slots, findable, names };
	prepared.set(key, result);
	return result;
}

/** Checks one answer set in one language and version; returns what does not hold. */
function problemsOf(answers: Answers, locale: string, version: AppealVersion): string[] {
	const problems: string[] = [];
	const must = (ok: boolean, what: string) => ok || problems.push(what);
	const blocks = blocksOf[locale]!;
	const { source, groups, slots, findable, names } = prepare(locale, version);
	const outcome = appealOutcome(answers);
	if (outcome.kind !== 'letter') {
		const text = generateAppeal(answers, blocks, version);
		// Still offering what the policy bars, or answers that contradict: nothing is written.
		must(text === '', 'a text was written');
		if (outcome.kind === 'own-text') must(answers[outcome.case === 'industry' ? 'industry-case' : 'ai-case'] === 'still-offering', 'own text without "still offering"');
		else must(outcome.contradictions.length > 0, 'resolve with no contradiction');
		return problems;
	}
	must(contradictionsIn(answers).length === 0, 'a letter despite a contradiction');
	const { text, written } = composeLetter(answers, blocks, version);

	// 1. A block is written exactly when its licence holds (a heading: when its paragraph has more).
	const expected = groups.flatMap((group) => {
		const licensed = group.filter((id) => holds(source[id]!.when, answers, blocks));
		return licensed.some((id) => !source[id]!.heading) ? licensed : [];
	});
	must(written.join() === expected.join(), `written ${written.join()} but licensed ${expected.join()}`);

	// 2. Typed text appears verbatim, once for every written block that has its slot, and nowhere else.
	// Longest first, so a number inside another (a portfolio ID holding the account ID) is not counted twice.
	const values = [...typedKeys, ...checkedKeys]
		.map((k) => [k, typedValue(answers, k)] as const)
		.filter(([, v]) => v !== '')
		.sort((a, b) => b[1].length - a[1].length);
	let masked = text;
	for (const [key, value] of values) {
		const count = written.filter((id) => slots[id]!.includes(key)).length;
		must(masked.split(value).length - 1 === count, `${key} appears ${masked.split(value).length - 1} times, not ${count}`);
		masked = masked.split(value).join('\u0000');
	}

	// 3. Read back from the text, every sentence found is licensed, and every name is of an answer given.
	for (const [id, words] of findable) if (masked.includes(words)) must(holds(source[id]!.when, answers, blocks), `${id} found unlicensed`);
	for (const [key, id, name] of names) {
		if (!masked.includes(name)) continue;
		const v = answers[key];
		must(typeof v === 'string' ? v === id : Array.isArray(v) && v.includes(id), `${key}.${id} named, not answered`);
	}

	// 4. No claim stands beside what contradicts it.
	for (const [claim, against] of neverTogether) if (written.includes(claim)) must(!written.some((id) => against.includes(id)), `${claim} beside its contradiction`);
	// "Don't know" or "not applicable" about consent: no consent sentence, ticked or typed beside it.
	if ((answers['optIn'] as string[] | undefined)?.some((v) => v === dontKnow || v === notApplicable)) must(!written.some((id) => id === 'opt-in' || id === 'opt-in-other'), 'a consent sentence despite "don\'t know" or "not applicable"');
	if ((answers['optIn'] as string[] | undefined)?.includes(notApplicable)) must(!written.some((id) => marketingSent.some((w) => id === `wrong-${w}`)), 'no marketing, yet marketing went wrong');

	// 5. Punctuation at the joins: typed text kept only by its last character.
	let joins = text;
	for (const [, value] of values) joins = joins.split(value).join(`X${[...value].at(-1)}`);
	must(!/\.\.|\.。|。。|。\./.test(joins), 'doubled full stop');
	must(!/[ \t][\u3000-\u303f\uff01-\uff60]/.test(joins), 'space before full-width punctuation');
	must(!/\{\{|\}\}|undefined|\[object|\n\n\n/.test(joins), 'leftover slot or blank paragraph');

	// 6. Lists use the language's separator; Chinese has no ASCII comma or semicolon outside typed text.
	for (const id of written) {
		for (const slot of slots[id]!.filter((s) => blocks.terms[s])) {
			const v = answers[slot];
			const picked = typeof v === 'string' ? [v] : (v ?? []);
			const list = joinList(Object.entries(blocks.terms[slot]!).filter(([i]) => picked.includes(i)).map(([, n]) => n), blocks);
			must(text.includes(list), `${slot} not listed as ${list}`);
		}
	}
	if (locale.startsWith('zh')) must(!/[,;]/.test(masked), 'ASCII list punctuation in Chinese');

	// 7. The short version (the one shown first) cuts our own words, never the owner's: at most four
	// of its sentences are boilerplate (licensed by no typed text, no tick and no case answer: the
	// request, the reason, the went-wrong heading, the closing), and it has no more of them than the full.
	if (version === 'short') {
		const boilerplate = (v: AppealVersion, ids: string[]) => ids.filter((id) => isBoilerplate(blocks[v][id]!)).length;
		must(boilerplate('short', written) <= 4, `${boilerplate('short', written)} boilerplate sentences`);
		must(boilerplate('short', written) <= boilerplate('full', composeLetter(answers, blocks, 'full').written), 'more boilerplate than the full version');
	}
	return problems;
}

describe('the claim ledger, over generated answers', () => {
	it('generates every kind of outcome, and mostly letters', () => {
		const kinds = fc.sample(answersArb, 2000).map((a) => appealOutcome(a).kind);
		const share = (k: string) => kinds.filter((x) => x === k).length / kinds.length;
		expect(share('letter')).toBeGreaterThan(0.5);
		expect(share('own-text')).toBeGreaterThan(0.02);
		expect(share('resolve')).toBeGreaterThan(0.02);
	});

	it(`holds for ${runs} answer sets in every language and both versions`, () => {
		fc.assert(
			fc.property(answersArb, fc.constantFrom(...localeSlugs), (answers, locale) => {
				for (const version of appealVersions) expect(problemsOf(answers, locale, version), version).toEqual([]);
			}),
			{ numRuns: runs },
		);
	}, 120_000);

	it(`the text shown first carries every fact the owner typed and every tick, for ${runs} answer sets`, () => {
		fc.assert(
			fc.property(answersArb, fc.constantFrom(...localeSlugs), (answers, locale) => {
				if (appealOutcome(answers).kind !== 'letter') return;
				expect(shownAppeal(answers, blocksOf[locale]!, locale, undefined).version).toBe('short');
				expect(missingFacts(answers, locale)).toEqual([]);
			}),
			{ numRuns: runs },
		);
	}, 120_000);

	it('the property can fail: a fixed sentence that adds a claim, or a name nobody picked, is caught', () => {
		const blocks = blocksOf['en']!;
		const answers: Answers = { 'what-you-see': 'account-notice', reason: 'promotional-volume', industry: 'tobacco', use: 'x' };
		const withText = (id: string, text: string): AppealBlocks => ({ ...blocks, full: { ...blocks.full, [id]: { ...blocks.full[id]!, text } } });
		const adds = withText('use', `${blocks.full['use']!.text} ${blocks.full['change-frequency-reduced']!.text}`);
		const names = withText('request', `${blocks.full['request']!.text} We sell ${blocks.terms['industry']!['alcohol']}.`);
		for (const [name, broken] of [['adds', adds], ['names', names]] as const) {
			blocksOf[name] = broken;
			expect(problemsOf(answers, name, 'full')).not.toEqual([]);
			delete blocksOf[name];
		}
		expect(problemsOf(answers, 'en', 'full')).toEqual([]);
	});

	it('the facts property can fail: a short version that drops what the owner sends, or the changes they typed, is caught', () => {
		const blocks = blocksOf['en']!;
		const answers: Answers = { 'what-you-see': 'account-notice', reason: 'promotional-volume', use: 'order updates', actionsOther: 'We send less.' };
		expect(missingFacts(answers, 'en')).toEqual([]);
		const { use: _use, 'changes-other': _other, ...rest } = blocks.short;
		blocksOf['dropped'] = { ...blocks, short: rest };
		expect(missingFacts(answers, 'dropped')).toEqual(['use', 'actionsOther']);
		delete blocksOf['dropped'];
	});
});
