import { describe, expect, it } from 'vitest';
import { done, screens, type Answers } from '../../src/domain/flow';
import { appealReasons, banReasons } from '../../src/domain/reasons';
import { likelyReasons } from '../../src/domain/diagnose';
import { answerRows, editAnswer, effectiveReason, frontier, nextScreen, path, previousScreen, resolveScreen, visibleScreens } from '../../src/domain/walk';
import { completeAnswers } from './fixtures';

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('the first question', () => {
	it('starts at "what do you see"', () => {
		expect(frontier({}).id).toBe('what-you-see');
	});

	it.each([
		['business-app', 'outcome-business-app'],
		['delivery-only', 'outcome-delivery-only'],
		['not-sure', 'outcome-where-to-look'],
		['account-notice', 'reason'],
		['temporary-block', 'temporary-block'],
	])('%s leads to %s', (answer, next) => {
		const answers = { 'what-you-see': answer };
		expect(nextScreen('what-you-see', answers).id).toBe(next);
	});

	it('a temporary block goes on only when Request Review is offered', () => {
		const base = { 'what-you-see': 'temporary-block' };
		expect(nextScreen('temporary-block', { ...base, 'temporary-block': 'yes' }).id).toBe('reason');
		expect(nextScreen('temporary-block', { ...base, 'temporary-block': 'no' }).id).toBe('outcome-temporary-wait');
		expect(nextScreen('temporary-block', { ...base, 'temporary-block': 'not-sure' }).id).toBe('outcome-temporary-wait');
	});

	it('outcomes end the path: nothing after them is reachable', () => {
		const answers = { 'what-you-see': 'business-app', reason: 'promotional-volume' };
		expect(ids(path(answers))).toEqual(['what-you-see', 'outcome-business-app']);
		expect(resolveScreen('business', answers).id).toBe('outcome-business-app');
	});
});

describe('reasons', () => {
	it.each([
		['promotional-volume', 'admin'],
		['unsolicited-messages', 'admin'],
		['unofficial-access', 'admin'],
		['template-misclassification', 'admin'],
		['restricted-industry', 'industry'],
		['ai-assistant', 'ai-case'],
	])('%s asks which policy the notice names, then %s', (reason, next) => {
		const answers = { 'what-you-see': 'account-notice', reason, policy: 'not-named' };
		expect(nextScreen('reason', answers).id).toBe('policy');
		expect(nextScreen('policy', answers).id).toBe(next);
	});

	it('not sure is followed by the diagnosis', () => {
		expect(nextScreen('reason', { 'what-you-see': 'account-notice', reason: 'not-sure' }).id).toBe('diagnose-opt-in');
	});

	it('a restricted industry asks the industry, then the case, then says what an appeal can change; "still offering" ends in its own outcome', () => {
		const base = { 'what-you-see': 'account-notice', reason: 'restricted-industry', policy: 'commerce-policy', industry: 'gambling' };
		expect(nextScreen('industry', base).id).toBe('industry-case');
		for (const industryCase of ['misclassified', 'stopped', 'still-offering']) {
			expect(nextScreen('industry-case', { ...base, 'industry-case': industryCase }).id).toBe('industry-notice');
		}
		expect(nextScreen('industry-notice', { ...base, 'industry-case': 'stopped', 'industry-notice': done }).id).toBe('admin');
		const still = { ...base, 'industry-case': 'still-offering', 'industry-notice': done };
		expect(frontier(still).id).toBe('still-offering');
		expect(resolveScreen('business', still).id).toBe('still-offering');
	});

	it('an AI assistant still offered ends in its own outcome', () => {
		const answers = { 'what-you-see': 'account-notice', reason: 'ai-assistant', policy: 'business-solution-terms', 'ai-case': 'still-offering' };
		expect(nextScreen('ai-case', answers).id).toBe('ai-still-offering');
		expect(resolveScreen('check', answers).id).toBe('ai-still-offering');
	});

	it('"not sure" walks the diagnosis questions, then asks the follow-ups of the picked reason', () => {
		const answers: Answers = {
			'what-you-see': 'account-notice',
			reason: 'not-sure',
			'diagnose-opt-in': 'yes',
			'diagnose-volume': 'yes',
			'diagnose-source': 'no',
			'diagnose-industry': 'yes',
			'diagnose-templates': 'not-sure',
			'diagnose-ai': 'no',
		};
		expect(frontier(answers).id).toBe('diagnosis');
		expect(likelyReasons(answers)).toEqual(['promotional-volume', 'restricted-industry']);
		const picked = { ...answers, diagnosis: 'restricted-industry' };
		expect(effectiveReason(picked)).toBe('restricted-industry');
		expect(nextScreen('diagnosis', picked).id).toBe('policy');
		expect(nextScreen('policy', { ...picked, policy: 'not-named' }).id).toBe('industry');
	});

	it('a person who opted everyone in and sends rarely gets no likely reason', () => {
		expect(likelyReasons({ 'diagnose-opt-in': 'yes', 'diagnose-volume': 'no' })).toEqual([]);
	});
});

describe('the walk and the end', () => {
	it('a non-admin is told who must submit', () => {
		const answers = { ...completeAnswers('promotional-volume'), admin: 'agency' };
		expect(nextScreen('admin', answers).id).toBe('not-admin');
		expect(nextScreen('admin', { ...answers, admin: 'yes' }).id).toBe('have-ready');
	});

	it('walks six steps, then the business questions, check and result', () => {
		const answers = completeAnswers('promotional-volume');
		const after = ids(path(answers)).slice(ids(path(answers)).indexOf('have-ready'));
		expect(after).toEqual(['have-ready', 'walk-1', 'walk-2', 'walk-3', 'walk-4', 'walk-5', 'walk-6', 'business', 'about', 'messaging', 'went-wrong', 'changes', 'check']);
		expect(frontier({ ...answers, check: done }).id).toBe('result');
	});

	it('a changed earlier answer hides screens that no longer apply, but keeps their answers', () => {
		const answers = completeAnswers('restricted-industry');
		const changed: Answers = { ...answers, reason: 'promotional-volume' };
		expect(ids(visibleScreens(changed))).not.toContain('industry');
		expect(changed['industry']).toBe('alcohol');
		expect(ids(visibleScreens({ ...changed, reason: 'restricted-industry' }))).toContain('industry');
	});

	it('back goes to the previous visible screen', () => {
		const answers = completeAnswers('ai-assistant');
		expect(previousScreen('admin', answers)?.id).toBe('ai-case');
		expect(previousScreen('what-you-see', answers)).toBeUndefined();
	});

	it('a screen asked for in the URL is shown only when it is on the path', () => {
		expect(resolveScreen('check', {}).id).toBe('what-you-see');
		const answers = completeAnswers('unofficial-access');
		expect(resolveScreen('walk-3', answers).id).toBe('walk-3');
		expect(resolveScreen('no-such-screen', answers).id).toBe('check');
	});
});

describe('every screen', () => {
	it('is reachable by some answers', () => {
		const reachable = new Set<string>();
		const firsts = ['account-notice', 'temporary-block', 'business-app', 'delivery-only', 'not-sure'];
		const tempAnswers = ['yes', 'no'];
		for (const reason of appealReasons) {
			for (const industryCase of ['misclassified', 'still-offering']) {
				for (const aiCase of ['business-bot', 'still-offering']) {
				for (const admin of ['yes', 'agency']) {
					const answers = { ...completeAnswers(reason), 'industry-case': industryCase, 'ai-case': aiCase, admin, check: done };
					for (const s of path(answers)) reachable.add(s.id);
				}
				}
			}
		}
		for (const first of firsts) {
			for (const t of tempAnswers) {
				for (const s of path({ 'what-you-see': first, 'temporary-block': t })) reachable.add(s.id);
			}
		}
		expect([...reachable].sort()).toEqual(ids([...screens]).sort());
	});

	it('has a unique id that no answer field uses', () => {
		const screenIds = ids([...screens]);
		expect(new Set(screenIds).size).toBe(screenIds.length);
		const fieldIds = screens.flatMap((s) => (s.kind === 'form' ? s.fields.map((f) => f.id) : []));
		expect(fieldIds.filter((f) => screenIds.includes(f))).toEqual([]);
	});

	it('every ban reason is offered on the reason screen', () => {
		const reason = screens.find((s) => s.id === 'reason');
		expect(reason?.kind === 'choice' && reason.options).toEqual([...banReasons, 'not-sure']);
	});
});

describe('check your answers', () => {
	it('lists each answered question and field once, in order, and nothing from hidden screens', () => {
		const answers = { ...completeAnswers('ai-assistant'), industry: 'gambling' };
		const rows = answerRows(answers);
		const keys = rows.map((r) => r.key);
		expect(keys.slice(0, 5)).toEqual(['what-you-see', 'reason', 'policy', 'ai-case', 'admin']);
		expect(keys).toContain('phone');
		expect(keys).not.toContain('industry');
		expect(new Set(keys).size).toBe(keys.length);
		expect(rows.find((r) => r.key === 'phone')).toMatchObject({ kind: 'field', value: '+85291234567' });
	});
});

describe('editAnswer', () => {
	it('editing a field reopens its form, so it is validated again before the visitor moves on', () => {
		const answers = { ...completeAnswers('promotional-volume'), check: done };
		expect(frontier(answers).id).toBe('result');
		const edited = editAnswer(answers, 'phone', 'call me maybe');
		expect(edited['business']).toBeUndefined();
		expect(frontier(edited).id).toBe('business');
		expect(resolveScreen('result', edited).id).toBe('business');
	});

	it('a new reason drops the ticks it does not offer and reopens those screens', () => {
		const answers = completeAnswers('promotional-volume', { wentWrong: ['sent-too-often'], actions: ['frequency-reduced', 'opt-out-explained'] });
		const edited = editAnswer(answers, 'reason', 'unsolicited-messages');
		expect(edited['wentWrong']).toEqual([]);
		expect(edited['actions']).toEqual(['opt-out-explained']);
		expect(edited['went-wrong']).toBeUndefined();
		expect(edited['changes']).toBeUndefined();
		expect(frontier(edited).id).toBe('went-wrong');
	});

	it('a choice that keeps every tick valid changes nothing else', () => {
		const answers = completeAnswers('promotional-volume', { wentWrong: ['dont-know'] });
		const edited = editAnswer(answers, 'admin', 'agency');
		expect(edited['went-wrong']).toBe(done);
		expect(edited['changes']).toBe(done);
	});
});
