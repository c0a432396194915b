import { describe, expect, it } from 'vitest';
import { appealOutcome, appealVersions, generateAppeal, joinList, shownAppeal, type AppealBlocks } from '../../src/domain/letter/appeal';
import { appealTemplate } from '../../src/domain/letter/appeal-template';
import { resolveContradiction } from '../../src/domain/flow/contradictions';
import { allFields, screenById, type FormScreen } from '../../src/domain/flow/flow';
import { parseCondition } from '../../src/domain/letter/licence';
import {
	aiCases,
	appealReasons,
	correctiveActions,
	exceptionIndustries,
	industries,
	industryCases,
	optInMethods,
	policies,
	upgradeSavedAnswers,
	wentWrongChoices,
} from '../../src/domain/flow/reasons';
import { validateForm } from '../../src/domain/flow/validate';
import { appealBlocksOf, contentOf, expectedIn, localeSlugs, readJson } from './content';
import { completeAnswers } from './fixtures';
import { letterCases } from './letter-cases';
import { caseForms, noticeForms } from '../../src/domain/flow/case-screens';

const facts = ['Harbour Tea House', '+85291234567', '104958372615'];
/** The fixed words of a block: its text without its slots, longest piece first. */
const fixed = (text: string) => text.split(/\{\{\w+\}\}/).sort((a, b) => b.length - a.length)[0]!;
const typedFields = new Set(allFields().map((f) => f.id));
/**
 * A block is found in a text by its fixed words; one with only typed text ("{{wentWrongOther}}")
 * by that text, and one whose few fixed words ("We have {{actions}}.") are common by its terms.
 */
const byTerms = (text: string, blocks: AppealBlocks) => {
	const slots = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
	return fixed(text).trim().length <= 8 && slots.length > 0 && slots.every((s) => blocks.terms[s]);
};

describe.each(localeSlugs)('the appeal in %s', (locale) => {
	const blocks = appealBlocksOf(locale);
	const full = (id: string) => fixed(blocks.full[id]!.text);

	it.each(appealReasons)('for %s names the business, number and account ID in both versions, and the reason', (reason) => {
		for (const version of appealVersions) {
			const text = generateAppeal(completeAnswers(reason), blocks, version);
			for (const fact of facts) expect(text).toContain(fact);
			expect(text).not.toMatch(/\{\{|\}\}|undefined|\[object/);
		}
		const text = generateAppeal(completeAnswers(reason), blocks);
		expect(text).toContain(blocks.terms['optIn']!['checkout-checkbox']);
		const caseBlock = reason === 'restricted-industry' ? 'case-stopped' : reason === 'ai-assistant' ? 'ai-business-bot' : `reason-${reason}`;
		expect(text).toContain(full(caseBlock));
	});

	it.each(appealReasons.flatMap((reason) => appealVersions.map((version) => [reason, version] as const)))('for %s, %s version: a reviewed snapshot', (reason, version) => {
		// The first of each list, with the case they fit ("we withdrew the assistant" is not "our bot only serves our customers").
		const answers = completeAnswers(reason, {
			wentWrong: [wentWrongChoices[reason][0]!],
			actions: correctiveActions[reason].slice(0, 2),
			email: 'owner@harbourtea.hk',
			...(reason === 'ai-assistant' ? { 'ai-case': 'stopped' } : {}),
		});
		const text = generateAppeal(answers, blocks, version);
		expect(text).not.toBe('');
		expect(text).toMatchSnapshot();
	});

	it.each([
		['restricted-industry', { 'industry-case': 'misclassified', industry: 'otc-medicine', policy: 'commerce-policy' }],
		['ai-assistant', { 'ai-case': 'business-bot', policy: 'business-solution-terms', wentWrong: ['bot-scope-unclear'], actions: ['bot-scope-limited', 'bot-says-automated', 'human-handover-added'] }],
	] as const)('for %s with %j: a reviewed snapshot of both versions', (reason, extra) => {
		const answers = completeAnswers(reason, { ...extra, actions: [...('actions' in extra ? extra.actions : [])], wentWrong: [...('wentWrong' in extra ? extra.wentWrong : ['dont-know'])] });
		expect(appealVersions.map((v) => generateAppeal(answers, blocks, v)).join('\n\n=====\n\n')).toMatchSnapshot();
	});

	it('cites the policy the notice names, and none when it names none', () => {
		for (const policy of policies) {
			const text = generateAppeal(completeAnswers('promotional-volume', { policy }), blocks);
			const name = blocks.terms['policy']![policy];
			if (name) expect(text).toContain(name);
			for (const other of Object.keys(blocks.terms['policy']!).filter((p) => p !== policy)) expect(text).not.toContain(blocks.terms['policy']![other]);
			if (!name) expect(text).not.toContain(full('policy'));
		}
	});

	it.each(industries.flatMap((industry) => ['misclassified', 'stopped'].map((c) => [industry, c] as const)))('restricted industry %s, case %s, names the industry and the case', (industry, industryCase) => {
		const text = generateAppeal(completeAnswers('restricted-industry', { industry, 'industry-case': industryCase }), blocks);
		expect(text).toContain(full(`case-${industryCase}`));
		expect(text).toContain(blocks.terms['industry']![industry]);
	});

	it.each(industries)('restricted industry %s still offered: no letter, and the exception mentioned only where it exists', (industry) => {
		const answers = completeAnswers('restricted-industry', { industry, 'industry-case': 'still-offering' });
		for (const version of appealVersions) expect(generateAppeal(answers, blocks, version)).toBe('');
		expect(appealOutcome(answers)).toEqual({ kind: 'own-text', case: 'industry', exception: exceptionIndustries.includes(industry) });
	});

	it.each(aiCases)('AI assistant, case %s', (aiCase) => {
		const answers = completeAnswers('ai-assistant', { 'ai-case': aiCase });
		const text = generateAppeal(answers, blocks);
		if (aiCase === 'still-offering') {
			expect(text).toBe('');
			expect(appealOutcome(answers)).toMatchObject({ kind: 'own-text', case: 'ai-assistant' });
			return;
		}
		expect(text).toContain(blocks.full[`ai-${aiCase}`]!.text);
		for (const other of aiCases.filter((c) => c !== aiCase && c !== 'still-offering')) expect(text).not.toContain(blocks.full[`ai-${other}`]!.text);
	});

	it('a case still offered changes nothing once the reason is another (the hidden answer is kept, not used)', () => {
		const answers = completeAnswers('promotional-volume', { industry: 'firearms', 'industry-case': 'still-offering', 'ai-case': 'still-offering' });
		expect(appealOutcome(answers).kind).toBe('letter');
		expect(generateAppeal(answers, blocks)).not.toContain(blocks.terms['industry']!['firearms']);
	});

	it('lists exactly the ticked actions and no others, in both versions', () => {
		for (const reason of appealReasons) {
			const all = correctiveActions[reason];
			const ticked = all.filter((_, i) => i % 2 === 0);
			const answers = completeAnswers(reason, { actions: ticked, 'industry-case': 'stopped', 'ai-case': 'stopped' });
			const text = generateAppeal(answers, blocks);
			const short = generateAppeal(answers, blocks, 'short');
			for (const a of ticked) {
				expect(text).toContain(blocks.full[`change-${a}`]!.text);
				expect(short).toContain(blocks.terms['actions']![a]);
			}
			for (const a of all.filter((x) => !ticked.includes(x))) {
				expect(text).not.toContain(blocks.full[`change-${a}`]!.text);
				expect(short).not.toContain(blocks.terms['actions']![a]);
			}
		}
	});

	it('admits nothing when the visitor does not know what went wrong, and exactly what they ticked otherwise', () => {
		const unknown = generateAppeal(completeAnswers('unsolicited-messages', { wentWrong: ['dont-know'], wentWrongOther: 'ignored' }), blocks);
		expect(unknown).not.toContain(blocks.full['wrong-heading']!.text);
		expect(unknown).not.toContain('ignored');
		const admitted = generateAppeal(completeAnswers('unsolicited-messages', { wentWrong: ['bought-list'] }), blocks);
		expect(admitted).toContain(blocks.full['wrong-bought-list']!.text);
		expect(admitted).not.toContain(blocks.full['wrong-no-opt-in-record']!.text);
	});

	it('has no changes paragraph when none were ticked or typed', () => {
		expect(generateAppeal(completeAnswers('promotional-volume'), blocks)).not.toContain(blocks.full['changes-heading']!.text);
		expect(generateAppeal(completeAnswers('promotional-volume'), blocks, 'short')).not.toContain(fixed(blocks.short['changes']!.text));
	});

	it.each(['dont-know', 'not-applicable'])('"%s" about consent gives no consent sentence, even with a way typed beside it', (optIn) => {
		const text = generateAppeal(completeAnswers('promotional-volume', { optIn: [optIn, 'website-form'], optInOther: 'They signed up at our counter.' }), blocks);
		expect(text).not.toContain('They signed up at our counter.');
		expect(text).not.toContain(full('opt-in'));
		expect(text).not.toContain(full('opt-in-other'));
	});

	it('typed text that ends a sentence gets no second full stop (the "I\'m not sure.." bug)', () => {
		const text = generateAppeal(completeAnswers('unsolicited-messages', { optIn: [], optInOther: "I'm not sure.", use: '訂單通知。', actionsOther: 'Stopped.' }), blocks);
		expect(text).toContain("I'm not sure.");
		expect(text).not.toMatch(/\.\.|\.。|。。|。\./);
	});

	it('joins lists with the language’s separator', () => {
		expect(joinList(['a'], blocks)).toBe('a');
		expect(joinList(['a', 'b', 'c'], blocks)).toBe(`a${blocks.listSeparator}b${blocks.listLastSeparator}c`);
		if (locale.startsWith('zh')) expect([blocks.listSeparator, blocks.listLastSeparator]).toEqual(['、', '、']);
		const text = generateAppeal(completeAnswers('promotional-volume', { optIn: ['website-form', 'in-store', 'messaged-first'] }), blocks);
		const names = blocks.terms['optIn']!;
		expect(text).toContain(joinList([names['website-form']!, names['in-store']!, names['messaged-first']!], blocks));
	});

	it('keeps hostile or unusual input exactly as typed, as plain text', () => {
		const hostile = [
			'<script>alert("x")</script><img src=x onerror=alert(1)>',
			'{{businessName}} ${process} %s',
			'emoji 🙂🇭🇰 and RTL \u202Eevil\u202C \u200F',
			'x'.repeat(5000),
		];
		for (const value of hostile) {
			const answers = completeAnswers('promotional-volume', { use: value, businessName: value, actionsOther: value, sells: value });
			for (const version of appealVersions) expect(generateAppeal(answers, blocks, version)).toContain(value.trim());
		}
	});

	it('writes nothing while two answers contradict each other, and the text once the visitor says which is true', () => {
		const answers = completeAnswers('restricted-industry', { 'industry-case': 'misclassified', wentWrong: ['restricted-items-listed'], actions: ['profile-updated'] });
		expect(appealOutcome(answers)).toMatchObject({ kind: 'resolve', contradictions: [{ id: 'not-in-category' }] });
		expect(generateAppeal(answers, blocks)).toBe('');
		const notInCategory = resolveContradiction(answers, 'not-in-category', 'not-in-category');
		expect(generateAppeal(notInCategory, blocks)).toContain(full('case-misclassified'));
		expect(generateAppeal(notInCategory, blocks)).not.toContain(full('wrong-restricted-items-listed'));
		const stopped = resolveContradiction(answers, 'not-in-category', 'stopped');
		expect(generateAppeal(stopped, blocks)).toContain(full('case-stopped'));
		expect(generateAppeal(stopped, blocks)).toContain(full('wrong-restricted-items-listed'));
		expect(appealOutcome(resolveContradiction(answers, 'not-in-category', 'still-offering')).kind).toBe('own-text');
	});

	it('the no-JavaScript template for every reason has brackets to fill in and no leftovers', () => {
		for (const reason of appealReasons) {
			const text = appealTemplate(reason, blocks, { businessName: '[B]', displayName: '[D]', phone: '[P]', wabaId: '[W]', sells: '[S]', use: '[U]', industry: '[I]' });
			for (const slot of ['[B]', '[P]', '[W]', '[S]', '[U]']) expect(text).toContain(slot);
			if (reason === 'restricted-industry') expect(text).toContain('[I]');
			for (const action of correctiveActions[reason]) expect(text).toContain(blocks.full[`change-${action}`]!.text);
			expect(text).not.toMatch(/\{\{|\}\}|undefined/);
		}
	});
});

describe.each(localeSlugs)('the text for Meta\'s dialog in %s (issue #23)', (locale) => {
	const blocks = appealBlocksOf(locale);
	const line = (version: 'short' | 'full', id: string, values: Record<string, string>) => blocks[version][id]!.text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

	it('opens on the case: what Meta did, the disable date, the notice date and the account, before the business and its facts', () => {
		const answers = completeAnswers('promotional-volume', { disableDate: '9 January 2027', noticeDate: '12 December 2026' });
		const short = generateAppeal(answers, blocks, 'short').split('\n');
		expect(short.slice(0, 4)).toEqual([
			line('short', 'request-policy', { policy: blocks.terms['policy']!['business-messaging-policy']! }),
			line('short', 'disable-date', { disableDate: '9 January 2027' }),
			line('short', 'notice-date', { noticeDate: '12 December 2026' }),
			line('short', 'identity-wabaId', { wabaId: '104958372615' }),
		]);
		// The disable date only on an account notice: a temporary block has none.
		expect(generateAppeal({ ...answers, 'what-you-see': 'temporary-block' }, blocks, 'short')).not.toContain('9 January 2027');
	});

	it('a business placed in a category says what it is in its own words, beside the policy\'s name, and only believes it does not belong there', () => {
		const sells = 'herbal teas and vitamin gummies; no medicines';
		const answers = completeAnswers('restricted-industry', { industry: 'medical-healthcare', 'industry-case': 'misclassified', sells });
		for (const version of appealVersions) {
			const text = generateAppeal(answers, blocks, version);
			const about = line(version, 'about', { sells });
			const category = line(version, 'case-misclassified', { industry: blocks.terms['industry']!['medical-healthcare']! });
			expect(text).toContain(about);
			expect(text).toContain(category);
			if (version === 'short') expect(text).toContain(`${about}\n${category}`);
		}
	});

	it.each((letterCases[locale] ?? []).map((c) => [c.name, c.answers] as const))('%s: the text shown first keeps what the owner typed', (_, answers) => {
		const { text, version } = shownAppeal(answers, blocks, locale, undefined);
		expect(version).toBe('short');
		for (const key of ['use', 'sells', 'optInOther', 'wentWrongOther', 'actionsOther', 'disableDate', 'noticeDate']) {
			const typed = answers[key];
			if (typeof typed === 'string') expect(text).toContain(typed);
		}
	});
});

describe('the forms say which voice the appeal speaks in', () => {
	it.each(localeSlugs)('%s: every form the appeal is written from has its voice hint', (locale) => {
		const screens = (contentOf('i18n', locale) as { wizard: { screens: Record<string, { voice?: string }> } }).wizard.screens;
		const notices = noticeForms({}, {}).map((f) => f.id);
		const forms = [...caseForms({}).map((f) => f.id), ...notices];
		expect(forms.filter((id) => !screens[id]?.voice?.trim())).toEqual([]);
		const voice = expectedIn({ en: '“we”', 'zh-cn': '“我司”', 'zh-tw': '「本公司」' }, locale);
		for (const id of forms.filter((f) => !notices.includes(f))) expect(screens[id]!.voice).toContain(locale === 'en' ? 'we' : voice);
	});
});

describe('policy categories keep the policy\'s scope (facts §8.1)', () => {
	it.each(localeSlugs)('%s: live animals exclude livestock; the lending item names all five', (locale) => {
		const industry = appealBlocksOf(locale).terms['industry']!;
		const words = expectedIn({ en: [['excluding livestock', 'non-endangered'], ['paycheck advances', 'peer-to-peer', 'bail bonds']], 'zh-cn': [['牲畜除外', '非濒危'], ['预支工资', 'P2P', '保释金']], 'zh-tw': [['家畜除外', '非瀕危'], ['預支薪資', 'P2P', '保釋金']] }, locale);
		for (const w of words[0]!) expect(industry['live-animals']).toContain(w);
		for (const w of words[1]!) expect(industry['lending-debt']).toContain(w);
	});
});

describe('the blocks, as data', () => {
	const en = appealBlocksOf('en');

	it.each(localeSlugs)('%s: every {{slot}} is licensed, by a typed answer or a named one', (locale) => {
		const blocks = appealBlocksOf(locale);
		const unlicensed: string[] = [];
		for (const version of appealVersions) {
			for (const [id, block] of Object.entries(blocks[version])) {
				const conditions = block.when.map((c) => parseCondition(c)!);
				for (const [, slot] of block.text.matchAll(/\{\{(\w+)\}\}/g)) {
					const op = blocks.terms[slot!] ? 'named' : 'typed';
					if (!conditions.some((c) => c.key === slot && c.op === op)) unlicensed.push(`${version}.${id}: {{${slot}}}`);
					if (op === 'typed' && !typedFields.has(slot!)) unlicensed.push(`${version}.${id}: {{${slot}}} is no field`);
				}
			}
		}
		expect(unlicensed).toEqual([]);
	});

	it.each(localeSlugs)('%s: typed text ends its line, so no block punctuation follows it', (locale) => {
		const blocks = appealBlocksOf(locale);
		const followed = appealVersions.flatMap((v) =>
			Object.entries(blocks[v])
				.filter(([, b]) => [...b.text.matchAll(/\{\{(\w+)\}\}(.?)/g)].some(([, slot, after]) => !blocks.terms[slot!] && after !== '' && after !== ' '))
				.map(([id]) => `${v}.${id}`),
		);
		expect(followed).toEqual([]);
	});

	it.each(localeSlugs)('%s: each block can be found in a text, by fixed words no other block or term has', (locale) => {
		const blocks = appealBlocksOf(locale);
		const clashes: string[] = [];
		for (const version of appealVersions) {
			const entries = Object.entries(blocks[version]);
			// Names put into this version's slots.
			const slotted = new Set(entries.flatMap(([, b]) => [...b.text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!)));
			const names = Object.entries(blocks.terms).filter(([key]) => slotted.has(key)).flatMap(([key, t]) => Object.entries(t).map(([id, n]) => [`${key}.${id}`, n] as const));
			for (const [id, block] of entries) {
				const words = fixed(block.text);
				if (byTerms(block.text, blocks) || words.trim() === '') continue;
				for (const [other, b] of entries) if (other !== id && b.text.includes(words)) clashes.push(`${version}.${id} in ${other}`);
				for (const [term, name] of names) if (name.includes(words)) clashes.push(`${version}.${id} in the term ${term}`);
			}
			for (const [term, name] of names) {
				for (const [other, n] of names) if (other !== term && n.includes(name)) clashes.push(`${version}: term ${term} in ${other}`);
				for (const [id, b] of entries) if (b.text.includes(name)) clashes.push(`${version}: term ${term} in ${id}`);
			}
		}
		expect(clashes).toEqual([]);
	});

	it('every choice the wizard offers has its sentence and its name', () => {
		const missing: string[] = [];
		const need = (ok: unknown, what: string) => ok || missing.push(what);
		for (const m of optInMethods) need(en.terms['optIn']![m], `terms.optIn.${m}`);
		for (const i of industries) need(en.terms['industry']![i], `terms.industry.${i}`);
		for (const p of policies.filter((p) => p !== 'not-named')) need(en.terms['policy']![p], `terms.policy.${p}`);
		for (const c of industryCases.filter((c) => c !== 'still-offering')) need(en.full[`case-${c}`], `case-${c}`);
		for (const reason of appealReasons) {
			need(en.full[`reason-${reason}`] && en.short[`reason-${reason}`], `reason-${reason}`);
			for (const w of wentWrongChoices[reason]) need(en.full[`wrong-${w}`], `wrong-${w}`);
			for (const a of correctiveActions[reason]) need(en.full[`change-${a}`] && en.terms['actions']![a], `change-${a}`);
		}
		expect(missing).toEqual([]);
	});

	it('the schema refuses a licence that another language does not share, and a condition on no answer', async () => {
		const { appealBlocksSchema } = await import('../../src/domain/letter/appeal-schema');
		const raw = readJson('content/appeal/zh-tw.json') as AppealBlocks & { full: Record<string, { when: string[] }> };
		const changed = structuredClone(raw);
		changed.full['case-stopped']!.when = ['effective-reason is restricted-industry'];
		expect(appealBlocksSchema.safeParse(changed).success).toBe(false);
		const unknownKey = structuredClone(raw);
		unknownKey.full['use']!.when = ['no-such-answer typed'];
		expect(appealBlocksSchema.safeParse(unknownKey).success).toBe(false);
		expect(appealBlocksSchema.safeParse(raw).success).toBe(true);
	});
});

describe('the short version beside the full one', () => {
	const blocks = appealBlocksOf('en');
	const answers = completeAnswers('promotional-volume', { actions: ['frequency-reduced'] });
	const versions = { short: generateAppeal(answers, blocks, 'short'), full: generateAppeal(answers, blocks, 'full') };

	it('shows the short one first, and the visitor’s edits with the version they were made on', () => {
		expect(shownAppeal(answers, blocks, 'en', undefined)).toMatchObject({ version: 'short', text: versions.short, editsReplaced: false });
		const draft = { locale: 'en', basis: versions.full, text: `${versions.full}\nP.S.` };
		expect(shownAppeal(answers, blocks, 'en', draft)).toMatchObject({ version: 'full', text: draft.text, editsElsewhere: false });
		expect(shownAppeal(answers, blocks, 'en', draft, 'short')).toMatchObject({ version: 'short', text: versions.short, editsElsewhere: true, editsReplaced: false });
	});

	it('says so when changed answers replaced the edits', () => {
		const draft = { locale: 'en', basis: 'an older text', text: 'edited' };
		expect(shownAppeal(answers, blocks, 'en', draft)).toMatchObject({ text: versions.short, editsReplaced: true });
		expect(shownAppeal(answers, blocks, 'zh-tw', { ...draft, locale: 'en' }, 'short').editsReplaced).toBe(false);
	});
});

describe('answers saved before the split', () => {
	it('ask a split single choice again, and turn a split tick into what it said', () => {
		const saved = { industry: 'alcohol-tobacco', 'industry-case': 'stopped', actions: ['opt-out-added', 'frequency-reduced', 'bot-disclosure-added'] };
		const upgraded = upgradeSavedAnswers(saved);
		expect(upgraded['industry']).toBeUndefined();
		expect(upgraded['industry-case']).toBe('stopped');
		expect(upgraded['actions']).toEqual(['opt-out-explained', 'opt-outs-honoured', 'frequency-reduced', 'bot-says-automated', 'human-handover-added']);
		expect(upgradeSavedAnswers(upgraded)).toEqual(upgraded);
		expect(upgradeSavedAnswers({ industry: 'drugs' })).toEqual({});
		expect(upgradeSavedAnswers({ industry: 'gambling' })).toEqual({ industry: 'gambling' });
	});
});

describe('contradictions on the forms', () => {
	const ctx = { reason: 'restricted-industry' as const };
	it('the form that adds the second answer says so, on that field', () => {
		const wentWrong = screenById('went-wrong') as FormScreen;
		const answers = completeAnswers('restricted-industry', { 'industry-case': 'misclassified' });
		expect(validateForm(wentWrong, { ...answers, wentWrong: ['restricted-items-listed'] }, ctx).errors).toEqual([{ field: 'wentWrong', code: 'contradicts-not-in-category' }]);
		expect(validateForm(wentWrong, { ...answers, wentWrong: ['profile-unclear'] }, ctx).errors).toEqual([]);
		expect(validateForm(wentWrong, { ...answers, actions: ['restricted-items-removed'] }, ctx).errors).toEqual([{ field: 'actions', code: 'contradicts-not-in-category' }]);
		const promo = completeAnswers('promotional-volume', { optIn: ['not-applicable'] });
		expect(validateForm(wentWrong, { ...promo, wentWrong: ['sent-too-often'] }, { reason: 'promotional-volume' }).errors).toEqual([{ field: 'wentWrong', code: 'contradicts-no-marketing' }]);
	});

	it('"we did send marketing" reopens the consent question', () => {
		const answers = completeAnswers('promotional-volume', { optIn: ['not-applicable'], wentWrong: ['sent-too-often'] });
		const resolved = resolveContradiction(answers, 'no-marketing', 'sent');
		expect(resolved['optIn']).toEqual([]);
		expect(resolved['messaging']).toBeUndefined();
		const kept = resolveContradiction(answers, 'no-marketing', 'not-sent');
		expect(kept['wentWrong']).toEqual([]);
		expect(kept['went-wrong']).toBeUndefined();
	});
});
