import { done, screens, type Answer, type Answers, type Field, type Screen } from '../../src/domain/flow/flow';
import { effectiveReason, frontier, isTerminal } from '../../src/domain/flow/walk';

export const allScreenIds: readonly string[] = screens.map((s) => s.id);

/** A valid example value per field, as an owner would type it. */
function exampleValue(field: Field, answers: Answers): Answer {
	if (field.kind === 'checkboxes') {
		const options = field.options?.({ reason: effectiveReason(answers) ?? 'unknown' }) ?? [];
		return field.required && options[0] ? [options[0]] : [];
	}
	const byCheck: Record<string, string> = { phone: '+85291234567', digits: '104958372615', url: 'https://example.com', email: 'owner@example.com' };
	if (field.check) return byCheck[field.check]!;
	return field.kind === 'textarea' ? 'order updates and table bookings' : 'Harbour Tea House';
}

/** The answer sets one step on from `answers`: every option of a choice, or a filled-in screen. */
function successors(answers: Answers, at: Screen, expandAll: boolean): Answers[] {
	if (isTerminal(at)) return [];
	if (at.kind === 'choice') {
		const options = expandAll ? at.options : at.options.slice(0, 1);
		return options.map((value) => ({ ...answers, [at.id]: value }));
	}
	const filled: Record<string, Answer> = { ...answers, [at.id]: done };
	if (at.kind === 'form') for (const field of at.fields) filled[field.id] = exampleValue(field, answers);
	return [filled];
}

/**
 * For every screen of the flow, answers that put the visitor on it, found by walking the flow
 * itself: each choice screen's options are all tried the first few times the walk meets it in each situation, so a
 * new screen or condition needs no new test data. Screens it cannot reach are missing from the map.
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
		stack.push(...successors(answers, at, seen < 4).reverse());
	}
	return found;
}

