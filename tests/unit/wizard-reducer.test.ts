import { describe, expect, it } from 'vitest';
import { appScreens, done, screens, situations, walkStepCount, type Answers } from '../../src/domain/flow/flow';
import { appealReasons, type AppealReason } from '../../src/domain/flow/reasons';
import { allContradictions, resolveContradiction } from '../../src/domain/flow/contradictions';
import { restore, serialise } from '../../src/domain/flow/saved-state';
import { nextScreen, resolveScreen } from '../../src/domain/flow/walk';
import { freshSession, initialSession, reduce, type Session, type WizardEvent } from '../../src/domain/flow/wizard-reducer';
import { completeAnswers } from './fixtures';

const run = (session: Session, ...events: WizardEvent[]) => events.reduce(reduce, session);
const at = (current: string, answers: Answers, extra: Partial<Session> = {}): Session => ({ ...freshSession(), current, answers, ...extra });
const pick = (key: string, value: string): WizardEvent[] => [{ type: 'answer', key, value }, { type: 'continue' }];

/** What a visitor types on each form, per field. */
const typed: Record<string, string | string[]> = {
	policy: 'business-messaging-policy',
	businessName: 'Harbour Tea House',
	displayName: 'Harbour Tea',
	phone: '00852 9123-4567',
	wabaId: '104958372615',
	sells: 'tea, cakes and gift boxes',
	use: 'order updates and table bookings',
	optIn: ['checkout-checkbox'],
	wentWrong: ['dont-know'],
};

/** Drives the reducer as a visitor would, from a fresh session, recording each screen. */
function visit(reason: AppealReason, admin: string): string[] {
	let s = freshSession();
	const seen = [s.current];
	const choices: Record<string, string> = {
		'what-you-see': 'account-notice',
		admin,
		'meta-offers': 'request-review',
		reason: reason === 'unknown' ? 'not-sure' : reason,
		diagnosis: 'unknown',
		industry: 'gambling',
		'industry-case': 'misclassified',
		'ai-case': 'business-bot',
	};
	for (let i = 0; i < 60 && s.current !== 'after-submit'; i++) {
		const screen = resolveScreen(s.current, s.answers);
		if (screen.kind === 'choice') s = reduce(s, { type: 'answer', key: screen.id, value: choices[screen.id] ?? screen.options[0]! });
		if (screen.kind === 'form') for (const f of screen.fields) if (typed[f.id]) s = reduce(s, { type: 'answer', key: f.id, value: typed[f.id]! });
		s = reduce(s, { type: 'continue' });
		expect(s.errors, `${screen.id}: ${JSON.stringify(s.errors)}`).toEqual([]);
		seen.push(s.current);
	}
	return seen;
}

describe('the reducer, driven like a visitor', () => {
	it.each(appealReasons.flatMap((r) => ['yes', 'agency'].map((a) => [r, a] as const)))('%s, admin %s: the text comes before the walk to Meta', (reason, admin) => {
		const seen = visit(reason, admin);
		expect(seen.at(-1)).toBe('after-submit');
		const after = seen.slice(seen.indexOf('check'));
		const walk = Array.from({ length: walkStepCount }, (_, i) => `walk-${i + 1}`);
		expect(after).toEqual(['check', 'result', ...(admin === 'yes' ? [] : ['hand-off']), 'at-meta', ...walk, 'after-submit']);
		expect(seen.indexOf('reason')).toBeGreaterThan(seen.indexOf('meta-offers'));
	});
});

describe('continue', () => {
	it('on an unanswered question stays, with "choose one"', () => {
		const s = run(freshSession(), { type: 'continue' });
		expect(s.current).toBe('what-you-see');
		expect(s.errors).toEqual([{ field: 'what-you-see', code: 'choose-one' }]);
		expect(run(s, ...pick('what-you-see', 'scam-offer')).errors).toEqual([]);
	});

	it('on a form checks every field, keeps what was typed, and moves on once valid, the phone as typed', () => {
		const start = at('business', completeAnswers('promotional-volume', { business: undefined as unknown as string, phone: '9123 4567', wabaId: '12ab' }));
		const failed = run(start, { type: 'continue' });
		expect(failed.current).toBe('business');
		expect(failed.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['phone:phone', 'wabaId:digits']);
		expect(failed.answers['phone']).toBe('9123 4567');
		const fixed = run(failed, { type: 'answer', key: 'phone', value: '00852 9123-4567' }, { type: 'answer', key: 'wabaId', value: '104958372615' }, { type: 'continue' });
		expect(fixed.errors).toEqual([]);
		expect(fixed.answers['phone']).toBe('00852 9123-4567');
		expect(fixed.answers['business']).toBe(done);
		expect(fixed.current).toBe('about');
	});

	it('does nothing on an outcome', () => {
		const s = at('outcome-scam-offer', { 'what-you-see': 'scam-offer' });
		expect(run(s, { type: 'continue' })).toEqual(s);
	});

	it('"paste" and Continue open the decoder, which Continue does not leave; Back returns to the question', () => {
		const s = run(freshSession(), { type: 'answer', key: 'what-you-see', value: 'paste' }, { type: 'continue' });
		expect(s.current).toBe('paste');
		expect(run(s, { type: 'continue' })).toEqual(s);
		expect(run(s, { type: 'back' }).current).toBe('what-you-see');
	});
});

describe('change from the check screen', () => {
	it('returns to the check screen once the changed screen is answered', () => {
		const s = at('check', completeAnswers('promotional-volume'));
		const changing = run(s, { type: 'change', to: 'admin' });
		expect(changing).toMatchObject({ current: 'admin', changing: true });
		// A new answer that needs its own screen shows it first, then goes back to the check screen.
		const next = run(changing, ...pick('admin', 'rented'));
		expect(next.current).toBe('rented-number');
		const back = run(next, { type: 'continue' });
		expect(back).toMatchObject({ current: 'check', changing: false });
	});
});

describe("I'm already at Meta's dialog", () => {
	it('skips from the start of the walk to its last step', () => {
		const answers = { ...completeAnswers('promotional-volume'), check: done, result: done };
		const s = run(at('at-meta', answers), { type: 'skip-to-dialog' });
		expect(s.current).toBe(`walk-${walkStepCount}`);
		for (let n = 1; n < walkStepCount; n++) expect(s.answers[`walk-${n}`]).toBe(done);
		expect(run(s, { type: 'continue' }).current).toBe('after-submit');
	});

	it('cannot jump past the text: before the text exists it lands where the visitor is', () => {
		const s = run(at('went-wrong', completeAnswers('promotional-volume', { 'went-wrong': undefined as unknown as string })), { type: 'skip-to-dialog' });
		expect(s.current).toBe('went-wrong');
	});
});

describe('moving around', () => {
	it('go shows a screen on the path, or where the path ends', () => {
		const answers = completeAnswers('promotional-volume');
		expect(run(at('check', answers), { type: 'go', to: 'reason' }).current).toBe('reason');
		expect(run(at('check', answers), { type: 'go', to: 'walk-5' }).current).toBe('check');
		expect(run(at('check', answers), { type: 'go', to: 'nonsense' }).current).toBe('check');
	});

	it('back goes to the previous visible screen; start again keeps the answers; clear forgets them', () => {
		const answers = completeAnswers('promotional-volume');
		expect(run(at('business', answers), { type: 'back' }).current).toBe('reason');
		const again = run(at('check', answers, { changing: true }), { type: 'start-again' });
		expect(again).toMatchObject({ current: 'what-you-see', changing: false, answers });
		expect(run(again, { type: 'clear' })).toEqual(freshSession());
	});

	it("the result screen's language and edits are kept without moving", () => {
		const s = at('result', { ...completeAnswers('promotional-volume'), check: done });
		const edited = run(s, { type: 'appeal', patch: { appealLocale: 'zh-tw', draft: { locale: 'zh-tw', basis: 'x', text: 'y' } } });
		expect(edited).toMatchObject({ current: 'result', appealLocale: 'zh-tw', draft: { text: 'y' } });
	});
});

describe('arriving: saved answers and the address', () => {
	it.each(situations)('?situation=%s presets the first question and opens the next screen, which shows the preset with "change"', (situation) => {
		const s = initialSession(undefined, { situation });
		expect(s.answers['what-you-see']).toBe(situation);
		expect(s.current).not.toBe('what-you-see');
		expect(s.current).toBe(nextScreen('what-you-see', s.answers).id);
		expect(s.preset).toBe('what-you-see');
		// "Change" goes back to the question; moving on drops the line.
		expect(run(s, { type: 'go', to: 'what-you-see' })).toMatchObject({ current: 'what-you-see', preset: undefined });
	});

	it.each(appScreens)('?situation=%s means the WhatsApp Business app with that screen', (situation) => {
		const s = initialSession(undefined, { situation });
		expect(s.answers).toEqual({ 'what-you-see': 'business-app', 'business-app': situation });
		expect(run(s, { type: 'continue' }, { type: 'continue' }).current).toBe(`outcome-${situation}`);
	});

	it('the decoder\'s "continue in the wizard" replaces "paste" with the situation and reason it read, shown on the first question', () => {
		const saved = { current: 'paste', answers: { 'what-you-see': 'paste' } };
		const s = initialSession(saved, { situation: 'account-notice', reason: 'restricted-industry' });
		expect(s).toMatchObject({ current: 'notice', preset: 'what-you-see', answers: { 'what-you-see': 'account-notice', reason: 'restricted-industry' } });
		const app = initialSession(saved, { situation: 'app-ban' });
		expect(app).toMatchObject({ current: 'outcome-app-ban', answers: { 'what-you-see': 'business-app', 'business-app': 'app-ban' } });
	});

	it('ignores unknown values', () => {
		expect(initialSession(undefined, { situation: 'hacked', reason: 'bribery' })).toEqual(freshSession());
		expect(initialSession(undefined, { situation: '__proto__' })).toEqual(freshSession());
	});

	it('a preset replaces a saved answer, and a saved answer that already matches keeps the saved screen', () => {
		const saved = { current: 'admin', answers: { 'what-you-see': 'account-notice', policy: 'not-named', notice: done } };
		expect(initialSession(saved, { situation: 'temporary-block' })).toMatchObject({ current: 'restriction-notice', answers: { 'what-you-see': 'temporary-block' } });
		expect(initialSession(saved, { situation: 'account-notice' }).current).toBe('admin');
	});

	it('?situation= with ?reason= presets both; ?reason= alone shows a replaced reason on its screen', () => {
		const both = initialSession(undefined, { situation: 'account-notice', reason: 'ai-assistant' });
		expect(both.answers).toMatchObject({ 'what-you-see': 'account-notice', reason: 'ai-assistant' });
		const saved = { current: 'business', answers: completeAnswers('promotional-volume') };
		expect(initialSession(saved, { reason: 'ai-assistant' })).toMatchObject({ current: 'reason', answers: { reason: 'ai-assistant' } });
		expect(initialSession(saved, { step: 'admin' }).current).toBe('admin');
	});

	it('answers saved by the previous version resume where they fit, skipping what is answered', () => {
		const v1 = JSON.stringify({
			version: 1,
			savedAt: 1000,
			current: 'walk-3',
			answers: { 'what-you-see': 'temporary-block', 'temporary-block': 'yes', reason: 'promotional-volume', admin: 'yes', 'have-ready': done, 'walk-1': done, 'walk-2': done },
		});
		const restored = restore(v1, 2000);
		expect(restored.notice).toBe('updated');
		const s = initialSession(restored.state, {}, true);
		expect(s.current).toBe('restriction-notice');
		expect(s.answers['meta-offers']).toBe('request-review');
		// Continue skips the answered screens (admin, meta-offers, reason) to the next question: the business.
		expect(run(s, ...pick('policy', 'not-named')).current).toBe('business');
		expect(serialise({ current: s.current, answers: s.answers }, 3000)).not.toContain('walk-1');
	});
});

describe('version 3 of the saved answers', () => {
	it('carries version 2 over: a review already asked for becomes what Meta offers, the policy and dates fill the notice, the two last forms become one', () => {
		const v2 = JSON.stringify({
			version: 2,
			savedAt: 1000,
			current: 'changes',
			answers: { 'what-you-see': 'account-notice', 'scheduled-disable': 'no', disableDate: 'left over', 'already-reviewed': 'unchanged', admin: 'yes', 'meta-offers': 'request-review', policy: 'commerce-policy', 'went-wrong': done, wentWrong: ['dont-know'] },
		});
		const restored = restore(v2, 2000);
		expect(restored.notice).toBe('updated');
		const answers = restored.state!.answers;
		expect(answers).toMatchObject({ 'meta-offers': 'unchanged', policy: 'commerce-policy', notice: done });
		expect(answers['disableDate']).toBeUndefined();
		// "What went wrong" now also asks what changed, which was not done: it is asked again.
		expect(answers['went-wrong']).toBeUndefined();
		for (const gone of ['already-reviewed', 'scheduled-disable', 'changes']) expect(answers[gone]).toBeUndefined();
	});
});

describe('"I haven\'t looked yet"', () => {
	it('shows where to look, then asks what Meta offers again, with nothing written in between', () => {
		const base = { 'what-you-see': 'account-notice', policy: 'not-named', notice: done, admin: 'yes' };
		const s = run(at('meta-offers', base), ...pick('meta-offers', 'not-looked'));
		expect(s.current).toBe('look-first');
		const again = run(s, { type: 'continue' });
		expect(again.current).toBe('meta-offers');
		expect(again.answers['meta-offers']).toBeUndefined();
		expect(run(again, ...pick('meta-offers', 'request-review')).current).toBe('reason');
	});
});

describe('the length of a path', () => {
	it('a notice, an admin who sees Request Review and knows the reason: at most 9 screens before Check, counted as a visitor clicks', () => {
		let s = freshSession();
		const seen: string[] = [];
		const choices: Record<string, string> = { 'what-you-see': 'account-notice', admin: 'yes', 'meta-offers': 'request-review', reason: 'promotional-volume' };
		while (s.current !== 'check' && seen.length < 30) {
			const screen = resolveScreen(s.current, s.answers);
			seen.push(screen.id);
			if (screen.kind === 'choice') s = reduce(s, { type: 'answer', key: screen.id, value: choices[screen.id] ?? screen.options[0]! });
			if (screen.kind === 'form') for (const f of screen.fields) if (typed[f.id]) s = reduce(s, { type: 'answer', key: f.id, value: typed[f.id]! });
			s = reduce(s, { type: 'continue' });
		}
		expect(seen).toEqual(['what-you-see', 'notice', 'admin', 'meta-offers', 'reason', 'business', 'about', 'messaging', 'went-wrong']);
		// From a home card the first of them is answered already.
		expect(initialSession(undefined, { situation: 'account-notice' }).current).toBe('notice');
	});

	it('after a change from Check, Continue goes only through what the change reopened, then back to Check', () => {
		const s = at('check', completeAnswers('promotional-volume', { wentWrong: ['sent-too-often'] }));
		const changed = run(s, { type: 'change', to: 'reason' }, ...pick('reason', 'unsolicited-messages'));
		// The new reason does not offer the old tick: its form is asked again, nothing else.
		expect(changed).toMatchObject({ current: 'went-wrong', changing: true });
		const back = run(changed, { type: 'answer', key: 'wentWrong', value: ['dont-know'] }, { type: 'continue' });
		expect(back).toMatchObject({ current: 'check', changing: false });
	});
});

describe('a contradiction on the result screen', () => {
	it('is resolved by its own event, as the domain resolves it, and the visitor stays on the result', () => {
		const answers = completeAnswers('restricted-industry');
		for (const contradiction of allContradictions) {
			for (const choice of contradiction.choices) {
				const s = reduce(at('result', answers), { type: 'resolve', contradiction: contradiction.id, choice });
				expect(s.answers).toEqual(resolveContradiction(answers, contradiction.id, choice));
				expect(s.current).toBe('result');
			}
		}
	});

	it('cannot change answers through the letter event', () => {
		const start = at('result', completeAnswers('promotional-volume'));
		const s = reduce(start, { type: 'appeal', patch: { appealLocale: 'en', answers: {} } as never });
		expect(s.answers).toEqual(start.answers);
	});
});

describe('every event', () => {
	it('keeps the session on a screen of the path', () => {
		const events: WizardEvent[] = [
			{ type: 'continue' },
			{ type: 'back' },
			{ type: 'go', to: 'walk-6' },
			{ type: 'skip-to-dialog' },
			{ type: 'start-again' },
			...screens.map((s): WizardEvent => ({ type: 'change', to: s.id })),
		];
		const starts = [freshSession(), at('check', completeAnswers('unofficial-access')), at('at-meta', { ...completeAnswers('ai-assistant'), check: done, result: done })];
		for (const start of starts) {
			for (const event of events) {
				const s = reduce(start, event);
				expect(resolveScreen(s.current, s.answers).id, `${start.current} + ${JSON.stringify(event)}`).toBe(s.current);
			}
		}
	});
});
