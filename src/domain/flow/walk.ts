import { done, notSure, screenById, screens, type Answer, type Answers, type Condition, type Screen } from './flow';
import { isBanReason, type AppealReason } from './reasons';

/** The reason the appeal addresses: the one picked, or the one picked after the diagnosis. */
export function effectiveReason(answers: Answers): AppealReason | undefined {
	const reason = answers['reason'];
	if (isBanReason(reason)) return reason;
	if (reason !== notSure) return undefined;
	const diagnosed = answers['diagnosis'];
	if (isBanReason(diagnosed) || diagnosed === 'unknown') return diagnosed;
	return undefined;
}

function holds(condition: Condition | undefined, answers: Answers): boolean {
	if (!condition) return true;
	return Object.entries(condition).every(([key, allowed]) => {
		const value = key === 'effective-reason' ? effectiveReason(answers) : answers[key];
		return typeof value === 'string' && allowed.includes(value);
	});
}

/** Outcomes end a path; the appeal text does not, since the walk to Meta's dialog follows it. */
export function isTerminal(screen: Screen): boolean {
	return screen.kind === 'outcome';
}

export function isAnswered(screen: Screen, answers: Answers): boolean {
	const value = answers[screen.id];
	if (screen.kind === 'choice') return typeof value === 'string' && screen.options.includes(value);
	// "Where to look" is never passed: its Continue asks the question before it again.
	if (isTerminal(screen) || (screen.kind === 'info' && screen.asksAgain)) return false;
	return value === done;
}

/** Screens whose conditions hold for these answers, in flow order. */
export function visibleScreens(answers: Answers): Screen[] {
	return screens.filter((s) => holds(s.when, answers) && !s.unless?.some((c) => holds(c, answers)));
}

/**
 * The visitor's path: visible screens replayed from the start up to the first one that is
 * unanswered or terminal. The last screen of the path is where the visitor should be.
 */
export function path(answers: Answers): Screen[] {
	const result: Screen[] = [];
	for (const screen of visibleScreens(answers)) {
		result.push(screen);
		if (isTerminal(screen) || !isAnswered(screen, answers)) break;
	}
	return result;
}

export function frontier(answers: Answers): Screen {
	const p = path(answers);
	return p[p.length - 1]!;
}

export function isReachable(id: string, answers: Answers): boolean {
	return path(answers).some((s) => s.id === id);
}

/** Where a visitor asking for `id` may go: there if it is on the path, else where the path ends. */
export function resolveScreen(id: string | undefined, answers: Answers): Screen {
	const p = path(answers);
	return p.find((s) => s.id === id) ?? p[p.length - 1]!;
}

/** The screen after `id` once it is answered. */
export function nextScreen(id: string, answers: Answers): Screen {
	const visible = visibleScreens(answers);
	const index = visible.findIndex((s) => s.id === id);
	const next = visible[index + 1];
	return next && isReachable(next.id, answers) ? next : frontier(answers);
}

export function previousScreen(id: string, answers: Answers): Screen | undefined {
	const visible = visibleScreens(answers);
	const index = visible.findIndex((s) => s.id === id);
	return index > 0 ? visible[index - 1] : undefined;
}

export interface AnswerRow {
	/** The screen its "Change" link goes back to. */
	screen: Screen;
	/** The question (a choice screen's id) or the field id. */
	key: string;
	/** Where its texts are: "screens.<id>" for a question, "fields.<id>" for a field. */
	kind: 'question' | 'field';
	value: Answer | undefined;
}

/** The rows of "check your answers": every answered question and form field on the path, in order. */
export function answerRows(answers: Answers): AnswerRow[] {
	return path(answers)
		.filter((s) => (s.kind === 'choice' || s.kind === 'form') && isAnswered(s, answers))
		.flatMap((screen): AnswerRow[] =>
			screen.kind === 'form'
				? screen.fields.map((f) => ({ screen, key: f.id, kind: 'field', value: answers[f.id] }))
				: [{ screen, key: screen.id, kind: 'question', value: answers[screen.id] }],
		);
}

/**
 * One edit by the visitor, with its consequences: editing a form field reopens its screen (it is
 * validated again before the visitor can move past it), and when the effective reason changes,
 * ticks the new reason does not offer are dropped and their screens reopened.
 */
export function editAnswer(answers: Answers, key: string, value: Answer): Answers {
	const next: Record<string, Answer> = { ...answers, [key]: value };
	// A field may sit on more than one form (the notice's policy and date): each is checked again.
	for (const form of screens) if (form.kind === 'form' && form.fields.some((f) => f.id === key)) delete next[form.id];
	const reason = effectiveReason(next) ?? 'unknown';
	for (const screen of screens) {
		if (screen.kind !== 'form') continue;
		for (const field of screen.fields) {
			const ticked = next[field.id];
			if (field.kind !== 'checkboxes' || !field.options || !Array.isArray(ticked)) continue;
			const allowed = field.options({ reason });
			const kept = ticked.filter((v) => allowed.includes(v));
			if (kept.length !== ticked.length) {
				next[field.id] = kept;
				delete next[screen.id];
			}
		}
	}
	return next;
}

/** The date Meta's notice gives for disabling the account, while the visitor is on that path. */
export function disableDeadline(answers: Answers): string | undefined {
	const date = answers['disableDate'];
	const onPath = path(answers).some((s) => s.id === 'notice') && isAnswered(screenById('notice')!, answers);
	return onPath && typeof date === 'string' && date.trim() ? date.trim() : undefined;
}
