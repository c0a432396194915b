import { describe, expect, it } from 'vitest';
import { appScreens, done, screenById, screens, situations, walkStepCount, type Answers, type FormScreen, type Screen } from '../../src/domain/flow/flow';
import { banReasons } from '../../src/domain/flow/reasons';
import { likelyReasons } from '../../src/domain/flow/diagnose';
import {
	answerRows,
	disableDeadline,
	editAnswer,
	effectiveReason,
	frontier,
	isTerminal,
	nextScreen,
	path,
	previousScreen,
	resolveScreen,
	visibleScreens,
} from '../../src/domain/flow/walk';
import { explore, fewerOptions } from '../../src/domain/flow/explore';
import { completeAnswers } from './fixtures';

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
const endings = explore(fewerOptions);
const forms = screens.filter((s) => s.kind === 'form').map((s) => s.id);
/** The forms the letter is written from (the notice's forms come before the case). */
const letterForms = forms.filter((f) => f !== 'notice' && f !== 'restriction-notice');
const walk = screens.filter((s) => s.kind === 'step').map((s) => s.id);

/** The answers of a visitor who reached the appeal text, with the text screen done. */
const throughText = (answers: Answers): Answers => ({ ...answers, check: done, result: done });

describe('the situation', () => {
	it('starts at "what do you see", with the situations in the order owners meet them', () => {
		expect(frontier({}).id).toBe('what-you-see');
		const first = screens[0]!;
		expect(first.kind === 'choice' && first.options).toEqual([...situations]);
		expect(situations).toEqual(['account-notice', 'temporary-block', 'unofficial-tool', 'business-app', 'number-status', 'delivery-only', 'scam-offer', 'paste', 'not-sure']);
	});

	it.each([
		['account-notice', 'notice'],
		['temporary-block', 'restriction-notice'],
		['number-status', 'outcome-number-status'],
		['delivery-only', 'outcome-delivery-only'],
		['business-app', 'business-app'],
		['unofficial-tool', 'connected-how'],
		['scam-offer', 'outcome-scam-offer'],
		['paste', 'paste'],
		['not-sure', 'outcome-where-to-look'],
	])('%s leads to %s', (answer, next) => {
		expect(nextScreen('what-you-see', { 'what-you-see': answer }).id).toBe(next);
	});

	it.each([
		['the app\'s timer', 'outcome-timed-restriction', { 'what-you-see': 'business-app', 'business-app': 'timed-restriction' }],
		['the app\'s ban', 'outcome-app-ban', { 'what-you-see': 'business-app', 'business-app': 'app-ban' }],
		['another app screen', 'outcome-app-screens', { 'what-you-see': 'business-app', 'business-app': 'not-sure' }],
		['a linked-device tool', 'outcome-unofficial-tool', { 'what-you-see': 'unofficial-tool', 'connected-how': 'linked-device' }],
		['a modified app', 'outcome-unofficial-tool', { 'what-you-see': 'unofficial-tool', 'connected-how': 'modified-app' }],
		['Coexistence', 'outcome-coexistence', { 'what-you-see': 'unofficial-tool', 'connected-how': 'coexistence' }],
		['an unknown QR connection', 'outcome-connection-unsure', { 'what-you-see': 'unofficial-tool', 'connected-how': 'not-sure' }],
		['a number status', 'outcome-number-status', { 'what-you-see': 'number-status' }],
		['failing messages', 'outcome-delivery-only', { 'what-you-see': 'delivery-only' }],
		['a paid unban offer', 'outcome-scam-offer', { 'what-you-see': 'scam-offer' }],
		['not sure', 'outcome-where-to-look', { 'what-you-see': 'not-sure' }],
		['an account notice, text written', 'at-meta', throughText(completeAnswers('promotional-volume'))],
		['a temporary block, text written', 'at-meta', throughText(completeAnswers('promotional-volume', { 'what-you-see': 'temporary-block' }))],
	])('%s leads to %s', (_, end, answers) => {
		expect(frontier(answers as Answers).id).toBe(end);
	});

	it('every situation id, and each app screen id, reaches an outcome on every branch', () => {
		const ended = new Map<string, Set<string>>();
		for (const { answers, path: p } of endings) {
			const key = answers['business-app'] ? `business-app:${answers['business-app'] as string}` : (answers['what-you-see'] as string);
			if (!ended.has(key)) ended.set(key, new Set());
			ended.get(key)!.add(p[p.length - 1]!.id);
		}
		for (const s of situations.filter((s) => s !== 'business-app')) expect(ended.get(s)?.size, s).toBeGreaterThan(0);
		for (const s of appScreens) expect([...(ended.get(`business-app:${s}`) ?? [])]).toEqual([`outcome-${s}`]);
		expect([...ended.get('account-notice')!].sort()).toEqual(['after-submit', 'look-first', 'outcome-acknowledge-only', 'outcome-in-review', 'outcome-no-review']);
		expect([...ended.get('temporary-block')!].sort()).toEqual(['after-submit', 'look-first', 'outcome-acknowledge-only', 'outcome-in-review', 'outcome-temporary-wait']);
	});

	it('outcomes end the path: nothing after them is reachable', () => {
		const answers = { 'what-you-see': 'scam-offer', reason: 'promotional-volume' };
		expect(ids(path(answers))).toEqual(['what-you-see', 'outcome-scam-offer']);
		expect(resolveScreen('business', answers).id).toBe('outcome-scam-offer');
		for (const { path: p } of endings) for (const s of p.filter(isTerminal)) expect(s.id).toBe(p[p.length - 1]!.id);
	});

	it('"I have a code, a webhook or a notice\'s text" leads to the decoder, where the wizard\'s path ends: its result leads back in with a preset', () => {
		const answers = { 'what-you-see': 'paste' };
		const decoder = screens.find((s) => s.id === 'paste');
		expect(decoder).toMatchObject({ kind: 'outcome', decoder: true });
		expect(ids(path(answers))).toEqual(['what-you-see', 'paste']);
		expect(isTerminal(frontier(answers))).toBe(true);
		expect(previousScreen('paste', answers)?.id).toBe('what-you-see');
		// Nothing of an appeal's path is reachable from it, whatever else was answered before.
		expect(resolveScreen('reason', { ...answers, reason: 'promotional-volume' }).id).toBe('paste');
		expect(screens.filter((s) => s.kind === 'outcome' && s.decoder).map((s) => s.id)).toEqual(['paste']);
	});

	it('the notice is read first: its policy, its date and the disable date (or, for a block, its end), then shown as the deadline', () => {
		const base = { 'what-you-see': 'account-notice' };
		const notice = screenById('notice') as FormScreen;
		expect(notice.fields.map((f) => f.id)).toEqual(['policy', 'noticeDate', 'disableDate']);
		expect((screenById('restriction-notice') as FormScreen).fields.map((f) => f.id)).toEqual(['policy', 'noticeDate', 'restrictionEnd']);
		expect(nextScreen('notice', { ...base, policy: 'not-named', notice: done }).id).toBe('admin');
		const dated = { ...base, policy: 'business-messaging-policy', disableDate: ' 2 January 2027 ', notice: done };
		expect(disableDeadline(dated)).toBe('2 January 2027');
		expect(disableDeadline({ ...dated, disableDate: '' })).toBeUndefined();
		expect(disableDeadline({ ...dated, notice: undefined } as unknown as Answers)).toBeUndefined();
		expect(disableDeadline({ ...dated, 'what-you-see': 'temporary-block' })).toBeUndefined();
	});
});

describe('can you appeal, and who files', () => {
	const base = { 'what-you-see': 'account-notice', policy: 'business-messaging-policy', notice: done };

	it('asks each question once, after the situation and before the case', () => {
		for (const { path: p } of endings.filter((e) => e.path.some((s) => s.id === 'reason'))) {
			const order = ids(p);
			const at = (id: string) => order.indexOf(id);
			for (const q of ['admin', 'meta-offers']) {
				expect(order.filter((id) => id === q)).toHaveLength(1);
				expect(at(q)).toBeLessThan(at('reason'));
				expect(at(q)).toBeGreaterThan(at('what-you-see'));
			}
		}
	});

	it('"Unchanged" explains what is left, then lets the visitor write a text anyway', () => {
		const answers = { ...base, admin: 'yes', 'meta-offers': 'unchanged', 'review-unchanged': done };
		expect(nextScreen('meta-offers', { ...answers, 'review-unchanged': undefined } as unknown as Answers).id).toBe('review-unchanged');
		expect(nextScreen('review-unchanged', answers).id).toBe('reason');
	});

	it('"I haven\'t looked yet" leads to where to look, then asks again: nothing is written before the violation is read', () => {
		const answers = { ...base, admin: 'yes', 'meta-offers': 'not-looked' };
		expect(nextScreen('meta-offers', answers).id).toBe('look-first');
		expect(screenById('look-first')).toMatchObject({ kind: 'info', asksAgain: 'meta-offers' });
		// No path goes on from there: the letter's questions come only after the answer is read.
		const looked = endings.filter((e) => ids(e.path).includes('look-first'));
		expect(looked.length).toBeGreaterThan(0);
		for (const { path: p } of looked) expect(p.at(-1)!.id).toBe('look-first');
	});

	it.each([
		['yes', 'meta-offers'],
		['agency', 'not-admin'],
		['rented', 'rented-number'],
		['not-sure', 'admin-unsure'],
	])('admin: %s leads to %s', (answer, next) => {
		expect(nextScreen('admin', { ...base, admin: answer }).id).toBe(next);
	});

	it.each([
		['account-notice', 'yes', 'request-review', 'reason'],
		['account-notice', 'yes', 'not-looked', 'look-first'],
		['account-notice', 'yes', 'in-review', 'outcome-in-review'],
		['account-notice', 'yes', 'unchanged', 'review-unchanged'],
		['account-notice', 'yes', 'acknowledge-only', 'outcome-acknowledge-only'],
		['account-notice', 'agency', 'acknowledge-only', 'outcome-acknowledge-only'],
		['account-notice', 'yes', 'no-button', 'outcome-no-review'],
		['account-notice', 'agency', 'no-button', 'no-button-not-admin'],
		['account-notice', 'not-sure', 'no-button', 'no-button-not-admin'],
		['temporary-block', 'yes', 'no-button', 'outcome-temporary-wait'],
		['temporary-block', 'rented', 'no-button', 'no-button-not-admin'],
		['temporary-block', 'yes', 'request-review', 'reason'],
	])('%s, admin %s, Meta offers %s: next is %s', (situation, admin, offer, next) => {
		const answers: Answers = { 'what-you-see': situation, policy: 'business-messaging-policy', notice: done, 'restriction-notice': done, admin, 'not-admin': done, 'rented-number': done, 'admin-unsure': done, 'meta-offers': offer };
		expect(nextScreen('meta-offers', answers).id).toBe(next);
	});

	it('every ending after a notice or block meets the scam warning; "submit once" only where a review is filed', () => {
		const noReview = ['outcome-acknowledge-only', 'outcome-no-review', 'outcome-temporary-wait'];
		const afterNotice = endings.filter(({ answers, path: p }) => ['account-notice', 'temporary-block'].includes(answers['what-you-see'] as string) && p.at(-1)!.id !== 'look-first');
		expect(afterNotice.length).toBeGreaterThan(10);
		for (const { path: p } of afterNotice) {
			const ending = p[p.length - 1]!;
			const notes = p.flatMap((s) => ('safety' in s && s.safety ? [s.safety] : []));
			expect(notes.length, ending.id).toBeGreaterThan(0);
			if (noReview.includes(ending.id)) expect('safety' in ending && ending.safety, ending.id).toBe('no-appeal');
			else expect(notes, ending.id).toContain('appeal');
		}
	});

	it('the temporary block asks what Meta offers through the same question, not a second one', () => {
		const p = ids(path(completeAnswers('promotional-volume', { 'what-you-see': 'temporary-block' })));
		expect(p.filter((id) => id === 'meta-offers')).toHaveLength(1);
		expect(p).toContain('restriction-notice');
		expect(p).not.toContain('notice');
	});
});

describe('the order', () => {
	it('is situation, triage, case, check, text, at Meta, after you submit', () => {
		const answers = { ...throughText(completeAnswers('promotional-volume')), 'at-meta': done, ...Object.fromEntries(walk.map((w) => [w, done])) };
		expect(ids(path(answers))).toEqual([
			'what-you-see',
			'notice',
			'admin',
			'meta-offers',
			'reason',
			'business',
			'about',
			'messaging',
			'went-wrong',
			'check',
			'result',
			'at-meta',
			...walk,
			'after-submit',
		]);
	});

	it('has no walk step before the appeal text, on any path', () => {
		expect(walk).toHaveLength(walkStepCount);
		for (const { path: p } of endings) {
			const order = ids(p);
			const at = (id: string) => order.indexOf(id);
			const stepsAt = p.flatMap((s, i) => (s.kind === 'step' ? [i] : []));
			if (stepsAt.length === 0) continue;
			// The text: the written letter, or the visitor's own where the case is still offered.
			const text = p.findIndex((s) => s.kind === 'result');
			expect(text).toBeGreaterThan(-1);
			for (const i of stepsAt) expect(i).toBeGreaterThan(text);
			if (at('check') > -1) for (const form of forms.filter((f) => at(f) > -1)) expect(at(form)).toBeLessThan(at('check'));
		}
		// And in the flow's data, whatever the answers.
		const resultIndex = screens.findIndex((s) => s.kind === 'result');
		screens.forEach((s, i) => s.kind === 'step' && expect(i).toBeGreaterThan(resultIndex));
	});

	it('a walk step asked for before the text exists shows where the visitor is instead', () => {
		const answers = completeAnswers('unofficial-access');
		expect(resolveScreen('walk-6', answers).id).toBe('check');
		expect(resolveScreen('walk-6', { ...answers, check: done }).id).toBe('result');
	});

	it('the last step is "paste your text, then Submit", and step 4 quotes no label', () => {
		const steps = screens.filter((s): s is Extract<Screen, { kind: 'step' }> => s.kind === 'step');
		expect(steps.at(-1)!.label).toBe('Submit');
		expect(steps.find((s) => s.step === 4)!.label).toBeUndefined();
		expect(steps.filter((s) => s.step !== 4).every((s) => s.label)).toBe(true);
	});
});

describe('the hand-off', () => {
	it.each(['agency', 'rented', 'not-sure'])('a visitor whose admin answer is %s gets the hand-off after the text, then may still walk', (admin) => {
		const answers = throughText(completeAnswers('promotional-volume', { admin, 'not-admin': done, 'rented-number': done, 'admin-unsure': done }));
		expect(frontier(answers).id).toBe('hand-off');
		expect(nextScreen('hand-off', { ...answers, 'hand-off': done }).id).toBe('at-meta');
		const p = ids(path({ ...answers, 'hand-off': done }));
		expect(p.indexOf('hand-off')).toBe(p.indexOf('result') + 1);
	});

	it('an admin goes from the text straight to Meta', () => {
		const answers = throughText(completeAnswers('promotional-volume'));
		expect(ids(visibleScreens(answers))).not.toContain('hand-off');
		expect(nextScreen('result', answers).id).toBe('at-meta');
	});

	it('is reached on every branch where the visitor is not an admin and an appeal is written', () => {
		for (const { answers, path: p } of endings.filter((e) => e.path.at(-1)!.id === 'after-submit')) {
			expect(ids(p).includes('hand-off')).toBe(answers['admin'] !== 'yes');
		}
	});
});

describe('reasons', () => {
	it.each([
		['promotional-volume', 'business'],
		['unsolicited-messages', 'business'],
		['unofficial-access', 'business'],
		['template-misclassification', 'business'],
		['restricted-industry', 'industry'],
		['ai-assistant', 'ai-case'],
	])('%s is asked after the notice\'s policy, then %s', (reason, next) => {
		const answers = { ...completeAnswers('promotional-volume'), reason, policy: 'not-named' };
		expect(nextScreen('reason', answers).id).toBe(next);
		const order = ids(path(answers));
		expect(order.indexOf('notice')).toBeLessThan(order.indexOf('reason'));
	});

	it('not sure is followed by the diagnosis', () => {
		expect(nextScreen('reason', { ...completeAnswers('promotional-volume'), reason: 'not-sure' }).id).toBe('diagnose-opt-in');
	});

	it('a restricted industry asks the industry, then the case, then says what an appeal can change; "still offering" ends in its own outcome', () => {
		const base = { ...completeAnswers('restricted-industry'), policy: 'commerce-policy', industry: 'gambling' };
		expect(nextScreen('industry', base).id).toBe('industry-case');
		for (const industryCase of ['misclassified', 'stopped', 'still-offering']) {
			expect(nextScreen('industry-case', { ...base, 'industry-case': industryCase }).id).toBe('industry-notice');
		}
		expect(nextScreen('industry-notice', { ...base, 'industry-case': 'stopped', 'industry-notice': done }).id).toBe('business');
		const still = { ...base, 'industry-case': 'still-offering', 'industry-notice': done };
		expect(resolveScreen('business', still).id).toBe('still-offering');
		// The own text goes to Meta: no forms for a letter that will not be written.
		const written = { ...still, 'still-offering': done };
		expect(nextScreen('still-offering', written).id).toBe('at-meta');
		expect(ids(visibleScreens(written)).filter((id) => [...letterForms, 'check', 'result'].includes(id))).toEqual([]);
		// A reason changed after "still offering" brings the forms back.
		expect(ids(visibleScreens({ ...written, reason: 'promotional-volume' }))).toEqual(expect.arrayContaining([...letterForms, 'check', 'result']));
	});

	it('an AI assistant still offered ends in its own outcome', () => {
		const answers = { ...completeAnswers('ai-assistant'), policy: 'business-solution-terms', 'ai-case': 'still-offering' };
		expect(nextScreen('ai-case', answers).id).toBe('ai-still-offering');
		expect(resolveScreen('check', answers).id).toBe('ai-still-offering');
		expect(nextScreen('ai-still-offering', { ...answers, 'ai-still-offering': done }).id).toBe('at-meta');
	});

	it('"not sure" walks the diagnosis questions, then asks the follow-ups of the picked reason', () => {
		const answers: Answers = {
			...completeAnswers('promotional-volume'),
			reason: 'not-sure',
			'diagnose-opt-in': 'yes',
			'diagnose-volume': 'yes',
			'diagnose-source': 'coexistence',
			'diagnose-industry': 'yes',
			'diagnose-templates': 'not-sure',
			'diagnose-ai': 'no',
		};
		expect(frontier(answers).id).toBe('diagnosis');
		expect(likelyReasons(answers)).toEqual(['promotional-volume', 'restricted-industry']);
		expect(likelyReasons({ ...answers, 'diagnose-source': 'yes' })).toContain('unofficial-access');
		const picked = { ...answers, diagnosis: 'restricted-industry' };
		expect(effectiveReason(picked)).toBe('restricted-industry');
		expect(nextScreen('diagnosis', picked).id).toBe('industry');
	});

	it('a person who opted everyone in and sends rarely gets no likely reason', () => {
		expect(likelyReasons({ 'diagnose-opt-in': 'yes', 'diagnose-volume': 'no' })).toEqual([]);
	});
});

describe('every screen', () => {
	it('is reachable by some answers', () => {
		const reachable = new Set(endings.flatMap((e) => ids(e.path)));
		expect([...reachable].sort()).toEqual(ids(screens).sort());
	});

	it('has a unique id that no answer field uses', () => {
		const screenIds = ids(screens);
		expect(new Set(screenIds).size).toBe(screenIds.length);
		const fieldIds = screens.flatMap((s) => (s.kind === 'form' ? s.fields.map((f) => f.id) : []));
		expect(fieldIds.filter((f) => screenIds.includes(f))).toEqual([]);
	});

	it('every ban reason is offered on the reason screen', () => {
		const reason = screens.find((s) => s.id === 'reason');
		expect(reason?.kind === 'choice' && reason.options).toEqual([...banReasons, 'not-sure']);
	});

	it('back goes to the previous visible screen', () => {
		const answers = completeAnswers('ai-assistant');
		expect(previousScreen('business', answers)?.id).toBe('ai-case');
		expect(previousScreen('reason', answers)?.id).toBe('meta-offers');
		expect(previousScreen('at-meta', throughText(answers))?.id).toBe('result');
		expect(previousScreen('what-you-see', answers)).toBeUndefined();
	});

	it('a screen asked for in the URL is shown only when it is on the path', () => {
		expect(resolveScreen('check', {}).id).toBe('what-you-see');
		const answers = throughText(completeAnswers('unofficial-access'));
		expect(resolveScreen('walk-3', { ...answers, 'at-meta': done, 'walk-1': done, 'walk-2': done }).id).toBe('walk-3');
		expect(resolveScreen('no-such-screen', answers).id).toBe('at-meta');
	});
});

describe('check your answers', () => {
	it('lists each answered question and field once, in order, and nothing from hidden screens', () => {
		const answers = { ...completeAnswers('ai-assistant'), industry: 'gambling' };
		const rows = answerRows(answers);
		const keys = rows.map((r) => r.key);
		expect(keys.slice(0, 8)).toEqual(['what-you-see', 'policy', 'noticeDate', 'disableDate', 'admin', 'meta-offers', 'reason', 'ai-case']);
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
		expect(frontier(edited).id).toBe('went-wrong');
	});

	it('a choice that keeps every tick valid changes nothing else', () => {
		const answers = completeAnswers('promotional-volume', { wentWrong: ['dont-know'] });
		const edited = editAnswer(answers, 'admin', 'agency');
		expect(edited['went-wrong']).toBe(done);
	});
});
