import { done, type Answer, type Answers } from './answers';
import { screens } from './flow';
import type { ChoiceScreen, Field, Screen } from './screen';
import { validateForm } from './validate';
import { effectiveReason, frontier, isTerminal, path } from './walk';

/**
 * The flow walked as owners could walk it, for tests and the bench: every path to an outcome,
 * and for every screen answers that reach it. A new screen or condition needs no new test data.
 */

/** What an owner might type, by field; any other field gets a value that passes its check. */
const typed: Readonly<Record<string, string>> = {
	noticeDate: '5 December 2026',
	disableDate: '2 January 2027',
	restrictionEnd: '19 December 2026',
	businessName: 'Harbour Tea House',
	displayName: 'Harbour Tea',
	phone: '+85291234567',
	wabaId: '104958372615',
	sells: 'tea, cakes and gift boxes',
	use: 'order updates and table bookings for our customers',
	optInOther: 'They asked at the counter',
};
const byCheck: Readonly<Record<string, string>> = { phone: '+85291234567', digits: '104958372615', url: 'https://example.com', email: 'owner@example.com' };

function exampleValue(field: Field, answers: Answers): Answer {
	if (field.kind === 'radios') return field.options?.({ reason: effectiveReason(answers) ?? 'unknown' })[0] ?? '';
	if (field.kind === 'checkboxes') {
		const first = field.options?.({ reason: effectiveReason(answers) ?? 'unknown' })[0];
		return first ? [first] : [];
	}
	return typed[field.id] ?? (field.check ? byCheck[field.check]! : field.kind === 'textarea' ? 'order updates and table bookings' : 'Harbour Tea House');
}

/** The answers one step on: one per option of a question, the form filled in, or the screen passed. None at an outcome, or where a tick contradicts an earlier answer (the screen stops it). */
export function successors(answers: Answers, options: (screen: ChoiceScreen) => readonly string[] = (s) => s.options): Answers[] {
	const at = frontier(answers);
	if (isTerminal(at) || asksAgain(at)) return [];
	if (at.kind === 'choice') return options(at).map((value) => ({ ...answers, [at.id]: value }));
	if (at.kind !== 'form') return [{ ...answers, [at.id]: done }];
	const ctx = { reason: effectiveReason(answers) ?? 'unknown' };
	const values: Record<string, Answer> = { ...answers };
	for (const field of at.fields) values[field.id] = exampleValue(field, answers);
	const result = validateForm(at, values, ctx);
	if (result.errors.length && result.errors.every((e) => e.code.startsWith('contradicts-'))) return [];
	if (result.errors.length) throw new Error(`${at.id}: ${JSON.stringify(result.errors)}`);
	return [{ ...values, ...result.values, [at.id]: done }];
}

/** A screen whose Continue goes back to a question already asked: a path's end for the explorer. */
export function asksAgain(screen: Screen): boolean {
	return screen.kind === 'info' && Boolean(screen.asksAgain);
}

export interface Ending {
	answers: Answers;
	/** The screens the visitor passed, ending with the outcome. */
	path: Screen[];
}

/** Every path to an outcome (or back to a question asked before), branching on each option `options` gives (default: all of them). */
export function explore(options?: (screen: ChoiceScreen) => readonly string[]): Ending[] {
	const endings: Ending[] = [];
	const visit = (answers: Answers, depth: number) => {
		if (depth > 80) throw new Error(`No outcome after 80 screens: ${path(answers).map((s) => s.id).join(' → ')}`);
		const at = frontier(answers);
		if (at.kind === 'outcome' || asksAgain(at)) {
			endings.push({ answers, path: path(answers) });
			return;
		}
		for (const next of successors(answers, options)) visit(next, depth + 1);
	};
	visit({}, 0);
	return endings;
}

/**
 * Keeps the tree small where the branches do not change which screens come: the diagnosis
 * questions (the reason is picked on the diagnosis screen) and the list of industries.
 */
export function fewerOptions(screen: ChoiceScreen): readonly string[] {
	if (screen.id.startsWith('diagnose-')) return [screen.options[0]!];
	if (screen.id === 'industry') return [screen.options[0]!, screen.options[screen.options.length - 1]!];
	return screen.options;
}

export const allScreenIds: readonly string[] = screens.map((s) => s.id);

/**
 * For every screen, answers that put the visitor on it: each question's options are all tried the
 * first few times the search meets it in each situation, then only the first. Screens it cannot
 * reach are missing from the map.
 */
export function answersReaching(): Map<string, Answers> {
	const found = new Map<string, Answers>();
	const expansions = new Map<string, number>();
	const stack: Answers[] = [{}];
	for (let visited = 0; stack.length && visited < 20_000; visited++) {
		const answers = stack.pop()!;
		const at = frontier(answers);
		if (!found.has(at.id)) found.set(at.id, answers);
		// Counted per situation: each first answer opens its own branch of the flow.
		const key = `${String(answers[allScreenIds[0]!] ?? '')}:${at.id}`;
		const seen = expansions.get(key) ?? 0;
		expansions.set(key, seen + 1);
		stack.push(...successors(answers, (s) => (seen < 4 ? s.options : s.options.slice(0, 1))).reverse());
	}
	return found;
}

export interface PathLength {
	/** The answers that shape the path: situation, admin, what Meta offers, reason. */
	case: string;
	/** Screens the visitor sees before Check, the first question included. */
	screens: number;
}

/**
 * Screens before Check on every path that reaches it (the bench prints them). Diagnosis and
 * industry branches are walked with `fewerOptions`; each case keeps its longest path.
 */
export function screensToCheck(): PathLength[] {
	const longest = new Map<string, number>();
	for (const { answers, path: p } of explore(fewerOptions)) {
		const at = p.findIndex((s) => s.id === 'check');
		if (at < 0) continue;
		const key = ['what-you-see', 'admin', 'meta-offers', 'reason'].map((k) => String(answers[k])).join(' · ');
		longest.set(key, Math.max(longest.get(key) ?? 0, at));
	}
	return [...longest].map(([key, screens]) => ({ case: key, screens })).sort((a, b) => a.screens - b.screens || a.case.localeCompare(b.case));
}
