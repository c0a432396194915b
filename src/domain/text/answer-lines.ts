/**
 * Lines a screen shows only for some answers. In the resources they sit under
 * `screens.<id>.byAnswer.<question>.<value>` (after the body) or `screens.<id>.leadByAnswer…`
 * (before it): a list of sentences for that one answer, so a text that fits one case (an
 * industry, someone who is not an admin) is never shown to another. The value `*` stands for any
 * typed answer, which its lines quote as {{answer}} (a date the owner gave, as they wrote it).
 * Questions are read in the resources' order; an answer with no entry adds nothing.
 */
export type AnswerLineTree = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export function answerLines(tree: unknown, answers: Readonly<Record<string, unknown>>): string[] {
	if (!tree || typeof tree !== 'object') return [];
	return Object.entries(tree as AnswerLineTree).flatMap(([question, byValue]) => {
		const value = answers[question];
		if (typeof value !== 'string' || !value.trim()) return [];
		const own = byValue[value];
		if (Array.isArray(own)) return [...own];
		const typed = byValue['*'];
		return Array.isArray(typed) ? typed.map((line) => line.replaceAll('{{answer}}', value.trim())) : [];
	});
}
