import { describe, expect, it } from 'vitest';
import { appealToShow, freshState, maxAgeMs, restore, serialise, stateVersion } from '../../src/domain/flow/saved-state';

const now = Date.UTC(2026, 10, 25);

describe('saved state', () => {
	it('round-trips answers, screen, appeal language and draft', () => {
		const state = {
			current: 'business',
			answers: { 'what-you-see': 'account-notice', businessName: 'Harbour Tea', optIn: ['in-store'] },
			appealLocale: 'zh-tw',
			draft: { locale: 'zh-tw', basis: 'generated', text: 'edited' },
		};
		expect(restore(serialise(state, now), now)).toEqual({ state });
	});

	it('starts fresh with a notice on corrupt data', () => {
		expect(restore('{not json', now)).toEqual({ notice: 'corrupt' });
		expect(restore('42', now)).toEqual({ notice: 'corrupt' });
		expect(restore('null', now)).toEqual({ notice: 'corrupt' });
		expect(restore(JSON.stringify({ answers: {} }), now)).toEqual({ notice: 'corrupt' });
	});

	it('starts fresh on a version it cannot read', () => {
		for (const version of [stateVersion + 1, 0, 1.5, -1]) {
			expect(restore(JSON.stringify({ version, savedAt: now, answers: {} }), now)).toEqual({ notice: 'outdated' });
		}
	});

	it('carries answers saved by version 1 over, with a notice: the temporary block\'s question becomes "what Meta offers"', () => {
		const answers = (blockAnswer: string) => ({ 'what-you-see': 'temporary-block', 'temporary-block': blockAnswer, admin: 'agency', 'have-ready': 'done', 'walk-1': 'done', 'walk-6': 'done', businessName: 'Acme' });
		const offered = { yes: 'request-review', no: 'no-button', 'not-sure': 'not-looked' };
		for (const [old, now_] of Object.entries(offered)) {
			const restored = restore(JSON.stringify({ version: 1, savedAt: now, current: 'walk-1', answers: answers(old) }), now);
			expect(restored).toEqual({
				notice: 'updated',
				state: { current: 'walk-1', answers: { 'what-you-see': 'temporary-block', admin: 'agency', businessName: 'Acme', 'meta-offers': now_ } },
			});
		}
	});

	it('keeps an answer to "what Meta offers" over the old question, and the appeal draft', () => {
		const draft = { locale: 'en', basis: 'b', text: 't' };
		const raw = JSON.stringify({ version: 1, savedAt: now, current: 'result', answers: { 'temporary-block': 'no', 'meta-offers': 'request-review' }, draft });
		expect(restore(raw, now).state).toEqual({ current: 'result', answers: { 'meta-offers': 'request-review' }, draft });
	});

	it('drops answers older than 30 days', () => {
		const raw = serialise({ current: 'reason', answers: { reason: 'ai-assistant' } }, now - maxAgeMs - 1);
		expect(restore(raw, now)).toEqual({ notice: 'expired' });
		expect(restore(serialise({ current: 'reason', answers: {} }, now - maxAgeMs + 1000), now).state).toBeDefined();
	});

	it('drops unknown keys and values of the wrong type, keeping what still fits', () => {
		const raw = JSON.stringify({
			version: stateVersion,
			savedAt: now,
			current: 'removed-screen',
			answers: { reason: 'promotional-volume', oldQuestion: 'x', optIn: 'not-a-list', phone: 42, businessName: 'Acme' },
		});
		expect(restore(raw, now)).toEqual({ state: { current: '', answers: { reason: 'promotional-volume', businessName: 'Acme' } } });
	});

	it('keeps a text longer than the form allows, so the visitor can shorten it instead of losing it', () => {
		const long = 'x'.repeat(6000);
		expect(restore(serialise({ current: 'messaging', answers: { use: long } }, now), now).state?.answers).toEqual({ use: long });
	});

	it('nothing saved is no state and no notice', () => {
		expect(restore(null, now)).toEqual({});
	});
});

describe('appealToShow', () => {
	it('keeps edits only while the generated text and language they started from are unchanged', () => {
		const draft = { locale: 'en', basis: 'generated', text: 'edited' };
		expect(appealToShow('generated', 'en', draft)).toBe('edited');
		expect(appealToShow('generated after a changed answer', 'en', draft)).toBe('generated after a changed answer');
		expect(appealToShow('generated', 'zh-tw', draft)).toBe('generated');
		expect(appealToShow('generated', 'en', undefined)).toBe('generated');
	});
});

describe('freshState', () => {
	it('starts at the first screen of the flow with no answers', () => {
		expect(freshState()).toEqual({ current: 'what-you-see', answers: {} });
	});
});
