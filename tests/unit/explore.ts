import { done, type Answer, type Answers, type ChoiceScreen, type Screen } from '../../src/domain/flow/flow';
import { validateForm } from '../../src/domain/flow/validate';
import { effectiveReason, frontier, path } from '../../src/domain/flow/walk';

/** Typed values that pass each form's checks. */
const typed: Record<string, Answer> = {
	disableDate: '2 January 2027',
	businessName: 'Harbour Tea House',
	displayName: 'Harbour Tea',
	phone: '+85291234567',
	wabaId: '104958372615',
	sells: 'tea, cakes and gift boxes',
	use: 'order updates and table bookings for our customers',
	optInOther: 'They asked at the counter',
};

export interface Ending {
	answers: Answers;
	/** The screens the visitor passed, ending with the outcome. */
	path: Screen[];
}

/**
 * Answers every screen the way a visitor could, branching on each option of each question, until
 * an outcome ends the path. `options` may narrow a question's options to keep the tree small.
 */
export function explore(options: (screen: ChoiceScreen) => readonly string[] = (s) => s.options): Ending[] {
	const endings: Ending[] = [];
	const visit = (answers: Answers, depth: number) => {
		if (depth > 80) throw new Error(`No outcome after 80 screens: ${path(answers).map((s) => s.id).join(' → ')}`);
		const screen = frontier(answers);
		if (screen.kind === 'outcome') {
			endings.push({ answers, path: path(answers) });
			return;
		}
		if (screen.kind === 'choice') {
			for (const option of options(screen)) visit({ ...answers, [screen.id]: option }, depth + 1);
			return;
		}
		if (screen.kind === 'form') {
			const ctx = { reason: effectiveReason(answers) ?? 'unknown' };
			const values: Record<string, Answer> = { ...answers };
			for (const field of screen.fields) {
				if (field.kind === 'checkboxes') values[field.id] = [field.options?.(ctx)[0] ?? ''].filter(Boolean);
				else if (typed[field.id] !== undefined) values[field.id] = typed[field.id]!;
			}
			const result = validateForm(screen, values, ctx);
			// A tick that contradicts an earlier answer is stopped on screen: that path ends here.
			if (result.errors.length && result.errors.every((e) => e.code.startsWith('contradicts-'))) return;
			if (result.errors.length) throw new Error(`${screen.id}: ${JSON.stringify(result.errors)}`);
			visit({ ...values, ...result.values, [screen.id]: done }, depth + 1);
			return;
		}
		visit({ ...answers, [screen.id]: done }, depth + 1);
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
