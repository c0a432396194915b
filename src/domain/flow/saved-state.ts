import { upgradeSavedAnswers } from './reasons';
import { allFields, done, screens, walkStepCount, walkStepId, type Answers } from './flow';

export { storageKey } from './storage-key';
export const stateVersion = 3;
export const maxAgeMs = 30 * 24 * 60 * 60 * 1000;

export interface WizardState {
	current: string;
	answers: Answers;
	/** The language the appeal is written in. */
	appealLocale?: string;
	/** Edits made to the generated appeal, kept while the text they started from is unchanged. */
	draft?: { locale: string; basis: string; text: string } | undefined;
	/** The version of the appeal the visitor picked: what the result screen shows and every Copy copies. */
	appealVersion?: 'short' | 'full' | undefined;
}

/** Where a visitor with no saved answers starts. */
export function freshState(): WizardState {
	return { current: screens[0]!.id, answers: {} };
}

/**
 * `outdated`: saved by a version this code cannot read. `updated`: saved by an older version and
 * carried over; the wizard asks only what is new.
 */
export type RestoreNotice = 'corrupt' | 'outdated' | 'expired' | 'updated';

interface Saved extends WizardState {
	version: number;
	savedAt: number;
}

type RawAnswers = Record<string, unknown>;

/**
 * Each step carries answers saved by version n to version n + 1, by index (index 0: 1 → 2).
 * Version 2 asks "what does Meta offer on the violation" in place of the temporary block's own
 * Request Review question, and walks to Meta's dialog only once the text exists, so walk steps
 * done before the forms count as not done.
 */
const migrations: readonly ((answers: RawAnswers) => RawAnswers)[] = [
	(answers) => {
		const next = { ...answers };
		const offered: Record<string, string> = { yes: 'request-review', no: 'no-button', 'not-sure': 'not-looked' };
		const old = next['temporary-block'];
		if (typeof old === 'string' && offered[old] && next['meta-offers'] === undefined) next['meta-offers'] = offered[old];
		delete next['temporary-block'];
		delete next['have-ready'];
		for (let step = 1; step <= walkStepCount; step++) delete next[walkStepId(step)];
		return next;
	},
	// Version 3 asks what the notice says first (policy, dates) on one form, folds "already
	// reviewed?" into what Meta offers, and asks what went wrong and what changed on one screen.
	(answers) => {
		const next = { ...answers };
		const reviewed = next['already-reviewed'];
		if (reviewed === 'in-review' || reviewed === 'unchanged') next['meta-offers'] = reviewed;
		if (next['scheduled-disable'] !== 'yes') delete next['disableDate'];
		if (typeof next['policy'] === 'string') {
			next['notice'] = done;
			next['restriction-notice'] = done;
		}
		if (next['changes'] !== done) delete next['went-wrong'];
		for (const gone of ['already-reviewed', 'scheduled-disable', 'disable-date', 'changes']) delete next[gone];
		return next;
	},
];

const fieldIds = new Map(allFields().map((f) => [f.id, f]));
const screenIds = new Set(screens.map((s) => s.id));
/**
 * Generous limits for what is restored: a text over the form's 5,000 characters is kept so the
 * visitor can shorten it (validation says so), not silently dropped.
 */
const maxText = 50_000;
const maxDraft = 250_000;

function isText(value: unknown): value is string {
	return typeof value === 'string' && value.length <= maxText;
}

/** Keeps only answers the current flow knows, keyed by question or field id. */
export function knownAnswers(raw: unknown): Record<string, string | string[]> {
	const answers: Record<string, string | string[]> = {};
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return answers;
	for (const [key, value] of Object.entries(raw)) {
		const field = fieldIds.get(key);
		if (field?.kind === 'checkboxes') {
			if (Array.isArray(value) && value.every(isText)) answers[key] = value;
		} else if ((field || screenIds.has(key)) && isText(value)) {
			answers[key] = value;
		}
	}
	return answers;
}

export function serialise(state: WizardState, now: number): string {
	const saved: Saved = { ...state, version: stateVersion, savedAt: now };
	return JSON.stringify(saved);
}

/**
 * Reads saved progress. Corrupt, unknown-version or expired data gives no state and a notice
 * (the wizard starts fresh); an older version is carried over with the `updated` notice; unknown
 * answers are dropped, so a changed flow keeps what fits.
 */
export function restore(raw: string | null, now: number): { state?: WizardState; notice?: RestoreNotice } {
	if (raw === null) return {};
	let parsed: Partial<Saved>;
	try {
		parsed = JSON.parse(raw) as Partial<Saved>;
	} catch {
		return { notice: 'corrupt' };
	}
	if (!parsed || typeof parsed !== 'object') return { notice: 'corrupt' };
	const version = parsed.version;
	if (typeof version !== 'number') return { notice: 'corrupt' };
	if (!Number.isInteger(version) || version < 1 || version > stateVersion) return { notice: 'outdated' };
	if (typeof parsed.savedAt !== 'number' || now - parsed.savedAt > maxAgeMs) return { notice: 'expired' };
	let answers: unknown = parsed.answers;
	if (version < stateVersion && answers && typeof answers === 'object' && !Array.isArray(answers)) {
		for (const migrate of migrations.slice(version - 1)) answers = migrate(answers as RawAnswers);
	}
	const state: WizardState = {
		current: typeof parsed.current === 'string' && screenIds.has(parsed.current) ? parsed.current : '',
		answers: upgradeSavedAnswers(knownAnswers(answers)),
	};
	if (typeof parsed.appealLocale === 'string') state.appealLocale = parsed.appealLocale;
	if (parsed.appealVersion === 'short' || parsed.appealVersion === 'full') state.appealVersion = parsed.appealVersion;
	const draft = parsed.draft;
	if (draft && typeof draft.text === 'string' && draft.text.length <= maxDraft && typeof draft.locale === 'string' && typeof draft.basis === 'string') {
		state.draft = { locale: draft.locale, basis: draft.basis, text: draft.text };
	}
	return version < stateVersion ? { state, notice: 'updated' } : { state };
}

/** The appeal to show: the visitor's edits while the generated text they started from is unchanged. */
export function appealToShow(generated: string, locale: string, draft: WizardState['draft']): string {
	return draft && draft.locale === locale && draft.basis === generated ? draft.text : generated;
}
