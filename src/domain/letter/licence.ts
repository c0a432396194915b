import type { Answer, Answers } from '../flow/flow';
import { plain } from '../flow/validate';
import { effectiveReason } from '../flow/walk';

/**
 * The claim ledger's grammar. A block of the appeal (content/appeal/<locale>.json) lists the
 * conditions that license it; it is written only when all of them hold for the visitor's answers.
 *
 *   "industry-case is misclassified"      a single answer is one of these (a|b|c)
 *   "ai-case is not still-offering"       it is none of these, or unanswered
 *   "actions has frequency-reduced"       a ticked list holds one of these
 *   "wentWrong lacks dont-know"           it holds none of these
 *   "use typed" / "sells not typed"       a text field was (not) filled in
 *   "policy named" / "policy not named"   the answer has a name in the blocks' terms
 *
 * `effective-reason` is the reason the appeal addresses (walk.ts), as in the flow's conditions.
 */
export type Op = 'is' | 'is not' | 'has' | 'lacks' | 'typed' | 'not typed' | 'named' | 'not named';

export interface Condition {
	key: string;
	op: Op;
	values: readonly string[];
}

/** Names the blocks give to answer values: {{policy}}, {{industry}}, {{optIn}}, {{actions}}. */
export type Terms = Readonly<Record<string, Readonly<Record<string, string>>>>;

const pattern = /^([\w-]+) (is not|is|has|lacks|typed|not typed|named|not named)(?: ([\w-]+(?:\|[\w-]+)*))?$/;
const withValues: readonly Op[] = ['is', 'is not', 'has', 'lacks'];

export function parseCondition(text: string): Condition | undefined {
	const match = pattern.exec(text);
	if (!match) return undefined;
	const op = match[2] as Op;
	const values = match[3]?.split('|') ?? [];
	if (withValues.includes(op) !== values.length > 0) return undefined;
	return { key: match[1]!, op, values };
}

export function answerOf(answers: Answers, key: string): Answer | undefined {
	return key === 'effective-reason' ? effectiveReason(answers) : answers[key];
}

/** Typed text as it goes into the appeal: as typed, without the blank space around it. */
export function typedText(answers: Answers, key: string): string {
	const value = answers[key];
	return typeof value === 'string' && plain(value).trim() !== '' ? value.trim() : '';
}

/** The names of an answer's values, in the terms' order (not the order they were ticked). */
export function namesOf(answers: Answers, key: string, terms: Terms): string[] {
	const names = terms[key];
	const value = answers[key];
	if (!names || value === undefined) return [];
	const picked = typeof value === 'string' ? [value] : value;
	return Object.keys(names)
		.filter((id) => picked.includes(id))
		.map((id) => names[id]!);
}

export function conditionHolds(condition: Condition, answers: Answers, terms: Terms): boolean {
	const value = answerOf(answers, condition.key);
	const list = Array.isArray(value) ? (value as readonly string[]) : [];
	switch (condition.op) {
		case 'is':
			return typeof value === 'string' && condition.values.includes(value);
		case 'is not':
			return !(typeof value === 'string' && condition.values.includes(value));
		case 'has':
			return list.some((v) => condition.values.includes(v));
		case 'lacks':
			return !list.some((v) => condition.values.includes(v));
		case 'typed':
			return typedText(answers, condition.key) !== '';
		case 'not typed':
			return typedText(answers, condition.key) === '';
		case 'named':
			return namesOf(answers, condition.key, terms).length > 0;
		case 'not named':
			return namesOf(answers, condition.key, terms).length === 0;
	}
}

const parsed = new Map<string, Condition>();

/** Whether every condition of a licence holds. An unreadable condition never holds. */
export function licenceHolds(when: readonly string[], answers: Answers, terms: Terms): boolean {
	return when.every((text) => {
		let condition = parsed.get(text);
		if (!condition) {
			condition = parseCondition(text);
			if (!condition) return false;
			parsed.set(text, condition);
		}
		return conditionHolds(condition, answers, terms);
	});
}
