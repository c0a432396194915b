import { describe, expect, it } from 'vitest';
import { appealToShow, freshState, maxAgeMs, restore, serialise, stateVersion } from '../../src/domain/saved-state';

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

	it('starts fresh on another version', () => {
		expect(restore(JSON.stringify({ version: stateVersion + 1, savedAt: now, answers: {} }), now)).toEqual({ notice: 'outdated' });
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
