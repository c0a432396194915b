import { screens, type Answer, type Answers } from './flow';
import { notApplicable, stillOffering } from './reasons';
import { effectiveReason } from './walk';

/**
 * Answers that cannot both be true ("we are not in this category" and "restricted goods were in
 * our catalogue"). Nothing is written while one holds: the form that adds the second answer says
 * so, and if an earlier answer is changed later, the result screen asks which is true.
 */
export type ContradictionId = 'not-in-category' | 'business-bot' | 'no-marketing';

export interface Contradiction {
	id: ContradictionId;
	/** The ticks, per field, that conflict with the earlier answer. */
	conflicting: Readonly<Record<string, readonly string[]>>;
	/** What the visitor can say is true; the first keeps the earlier answer and drops the ticks. */
	choices: readonly string[];
}

interface Definition extends Contradiction {
	claimed: (answers: Answers) => boolean;
	/** Every choice but the first: the answers it changes. */
	changes: Readonly<Record<string, (answers: Answers) => Record<string, Answer | undefined>>>;
}

const definitions: readonly Definition[] = [
	{
		id: 'not-in-category',
		claimed: (a) => effectiveReason(a) === 'restricted-industry' && a['industry-case'] === 'misclassified',
		conflicting: {
			wentWrong: ['restricted-items-listed'],
			actions: ['restricted-items-removed', 'restricted-messages-stopped', 'restricted-templates-changed'],
		},
		choices: ['not-in-category', 'stopped', stillOffering],
		changes: { stopped: () => ({ 'industry-case': 'stopped' }), [stillOffering]: () => ({ 'industry-case': stillOffering }) },
	},
	{
		id: 'business-bot',
		claimed: (a) => effectiveReason(a) === 'ai-assistant' && a['ai-case'] === 'business-bot',
		conflicting: { wentWrong: ['general-assistant-offered'], actions: ['general-assistant-withdrawn'] },
		choices: ['business-bot', 'stopped', stillOffering],
		changes: { stopped: () => ({ 'ai-case': 'stopped' }), [stillOffering]: () => ({ 'ai-case': stillOffering }) },
	},
	{
		id: 'no-marketing',
		claimed: (a) => listOf(a, 'optIn').includes(notApplicable),
		conflicting: { wentWrong: ['sent-too-often', 'too-promotional', 'no-opt-out', 'bought-list', 'imported-contacts', 'marketing-as-utility'] },
		choices: ['not-sent', 'sent'],
		// "How did people agree?" has to be answered again: its form reopens.
		changes: { sent: (a) => ({ optIn: listOf(a, 'optIn').filter((v) => v !== notApplicable), messaging: undefined }) },
	},
];

function listOf(answers: Answers, key: string): readonly string[] {
	const value = answers[key];
	return Array.isArray(value) ? value : [];
}

function conflictsIn(definition: Definition, answers: Answers, fields?: readonly string[]): string[] {
	return Object.entries(definition.conflicting)
		.filter(([field, ticks]) => (!fields || fields.includes(field)) && listOf(answers, field).some((v) => ticks.includes(v)))
		.map(([field]) => field);
}

function publicPart({ id, conflicting, choices }: Definition): Contradiction {
	return { id, conflicting, choices };
}

/** Every contradiction the wizard knows, for its texts. */
export const allContradictions: readonly Contradiction[] = definitions.map(publicPart);

/** The contradictions these answers hold. */
export function contradictionsIn(answers: Answers): Contradiction[] {
	return definitions.filter((d) => d.claimed(answers) && conflictsIn(d, answers).length > 0).map(publicPart);
}

/** For a form's validation: which of its fields add a tick that contradicts an earlier answer. */
export function contradictedFields(answers: Answers, fields: readonly string[]): { field: string; id: ContradictionId }[] {
	return definitions.filter((d) => d.claimed(answers)).flatMap((d) => conflictsIn(d, answers, fields).map((field) => ({ field, id: d.id })));
}

/** The answers once the visitor has said which is true. */
export function resolveContradiction(answers: Answers, id: ContradictionId, choice: string): Answers {
	const definition = definitions.find((d) => d.id === id);
	if (!definition || !definition.choices.includes(choice)) return answers;
	const next: Record<string, Answer> = { ...answers };
	const change = definition.changes[choice];
	if (change) {
		for (const [key, value] of Object.entries(change(answers))) {
			if (value === undefined) delete next[key];
			else next[key] = value;
		}
		return next;
	}
	for (const [field, ticks] of Object.entries(definition.conflicting)) {
		if (!listOf(next, field).some((v) => ticks.includes(v))) continue;
		next[field] = listOf(next, field).filter((v) => !ticks.includes(v));
		// A required list left empty asks its question again.
		const form = screens.find((s) => s.kind === 'form' && s.fields.some((f) => f.id === field && f.required));
		if (form && listOf(next, field).length === 0) delete next[form.id];
	}
	return next;
}

