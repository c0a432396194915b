import { appScreens, done, screens, situations, walkStepCount, walkStepId, type Answer, type Answers } from './flow';
import { resolveContradiction, type ContradictionId } from './contradictions';
import { isBanReason } from './reasons';
import { freshState, type WizardState } from './saved-state';
import { validateForm, type ErrorCode } from './validate';
import { editAnswer, effectiveReason, isAnswered, nextScreen, previousScreen, resolveScreen } from './walk';

/**
 * Every transition of the wizard, as one pure function: (session, event) → session. The island
 * renders the session and dispatches events; history, focus and storage stay in the island.
 */

export interface WizardError {
	/** A field id, or the question's id for "choose one". */
	field: string;
	code: ErrorCode | 'choose-one';
}

export interface Session extends WizardState {
	/** Came from "Change" on the check screen (or from older saved answers): Continue returns there. */
	changing: boolean;
	errors: readonly WizardError[];
	/** A question a link answered (a home card's situation): the screen it opened shows it with "change", until the visitor moves on. */
	preset?: string | undefined;
}

export type WizardEvent =
	| { type: 'answer'; key: string; value: Answer }
	| { type: 'continue' }
	/** Back link, browser history, a link to a screen: there if it is on the path. */
	| { type: 'go'; to: string }
	/** "Change" on the check screen. */
	| { type: 'change'; to: string }
	| { type: 'back' }
	/** "I'm already at Meta's dialog": straight to the walk's last step. */
	| { type: 'skip-to-dialog' }
	| { type: 'start-again' }
	| { type: 'clear' }
	/** On the result screen: which of two contradicting answers is true. Only this event changes answers there. */
	| { type: 'resolve'; contradiction: ContradictionId; choice: string }
	/** On the result screen: the letter's language and version, and the visitor's edits. */
	| { type: 'appeal'; patch: Partial<Pick<WizardState, 'appealLocale' | 'appealVersion' | 'draft'>> };

export function freshSession(): Session {
	return { ...freshState(), changing: false, errors: [] };
}

function at(session: Session, answers: Answers, to: string | undefined): Session {
	return { ...session, answers, current: resolveScreen(to, answers).id, errors: [] };
}

export function reduce(session: Session, event: WizardEvent): Session {
	const next = step(session, event);
	return next.preset && next.current !== session.current ? { ...next, preset: undefined } : next;
}

function step(session: Session, event: WizardEvent): Session {
	const screen = resolveScreen(session.current, session.answers);
	switch (event.type) {
		case 'answer':
			return { ...session, answers: editAnswer(session.answers, event.key, event.value) };
		case 'go':
			return at(session, session.answers, event.to);
		case 'change':
			return { ...at(session, session.answers, event.to), changing: true };
		case 'back':
			return at(session, session.answers, previousScreen(screen.id, session.answers)?.id ?? screen.id);
		case 'start-again':
			return { ...at(session, session.answers, screens[0]!.id), changing: false };
		case 'clear':
			return freshSession();
		case 'resolve':
			return { ...session, answers: resolveContradiction(session.answers, event.contradiction, event.choice) };
		case 'appeal': {
			// Only the letter's own settings: a patch cannot reach the answers.
			const next = { ...session };
			for (const key of ['appealLocale', 'appealVersion', 'draft'] as const) if (key in event.patch) Object.assign(next, { [key]: event.patch[key] });
			return next;
		}
		case 'skip-to-dialog': {
			const answers: Record<string, Answer> = { ...session.answers, 'at-meta': done };
			for (let step = 1; step < walkStepCount; step++) answers[walkStepId(step)] = done;
			return at(session, answers, walkStepId(walkStepCount));
		}
		case 'continue':
			return advance(session);
	}
}

function advance(session: Session): Session {
	const screen = resolveScreen(session.current, session.answers);
	let answers: Answers = session.answers;
	if (screen.kind === 'outcome') return session;
	if (screen.kind === 'info' && screen.asksAgain) {
		const { [screen.asksAgain]: _asked, ...rest } = answers;
		return { ...session, answers: rest, current: resolveScreen(screen.asksAgain, rest).id, errors: [] };
	}
	if (screen.kind === 'choice') {
		if (!isAnswered(screen, answers)) return { ...session, errors: [{ field: screen.id, code: 'choose-one' }] };
	} else if (screen.kind === 'form') {
		const result = validateForm(screen, answers, { reason: effectiveReason(answers) ?? 'unknown' });
		if (result.errors.length) return { ...session, errors: result.errors };
		answers = { ...answers, ...result.values, [screen.id]: done };
	} else {
		answers = { ...answers, [screen.id]: done };
	}
	const backToCheck = session.changing && screen.kind !== 'check' && isAnswered(screen, answers);
	const next = backToCheck ? resolveScreen('check', answers) : nextScreen(screen.id, answers);
	const changing = session.changing && next.id !== 'check' && next.kind !== 'result';
	return { ...session, answers, current: next.id, errors: [], changing };
}

/** What the page's address asks for: ?step=, and presets from a guide link or the decoder. */
export interface Query {
	step?: string | null;
	reason?: string | null;
	situation?: string | null;
}

/** A situation id, or one of the app's screens (which means the app plus that follow-up). */
function presetAnswers(situation: string | null | undefined): Record<string, string> | undefined {
	if ((situations as readonly string[]).includes(situation ?? '')) return { 'what-you-see': situation! };
	if ((appScreens as readonly string[]).includes(situation ?? '')) return { 'what-you-see': 'business-app', 'business-app': situation! };
	return undefined;
}

/** The first screen the preset did not answer. */
function afterPreset(preset: Record<string, string>, answers: Answers) {
	let next = nextScreen(screens[0]!.id, answers);
	while (next.kind === 'choice' && preset[next.id] !== undefined) next = nextScreen(next.id, answers);
	return next;
}

/**
 * The session on arrival: saved progress, then the address. A preset replaces what was saved and
 * opens the next question, which shows what was chosen with "change" (a home card is one tap from
 * its first new question); unknown values are ignored. Older saved answers (`updated`) resume in change mode, so Continue skips what is answered.
 */
export function initialSession(saved: WizardState | undefined, query: Query, updated = false): Session {
	let answers: Answers = { ...(saved?.answers ?? {}) };
	let asked = query.step ?? saved?.current;
	const preset = presetAnswers(query.situation);
	if (preset) {
		const changed = Object.entries(preset).some(([key, value]) => answers[key] !== value);
		for (const [key, value] of Object.entries(preset)) answers = editAnswer(answers, key, value);
		if (changed && !query.step) asked = afterPreset(preset, answers).id;
	}
	const reason = query.reason;
	if (isBanReason(reason) && answers['reason'] !== reason) {
		const hadReason = answers['reason'] !== undefined;
		answers = editAnswer(answers, 'reason', reason);
		if (hadReason && !preset && !query.step) asked = 'reason';
	}
	const current = resolveScreen(asked, answers).id;
	const presetShown = preset && current !== screens[0]!.id && current === afterPreset(preset, answers).id;
	return { ...(saved ?? freshState()), answers, current, changing: updated, errors: [], preset: presetShown ? screens[0]!.id : undefined };
}
