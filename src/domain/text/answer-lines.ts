/**
 * Lines a screen shows only for some answers. In the resources they sit under
 * `screens.<id>.byAnswer.<question>.<value>`: a list of sentences for that one answer, so a text
 * that fits one case (an industry, someone who is not an admin) is never shown to another.
 * Questions are read in the resources' order; an answer with no entry adds nothing.
 */
export type AnswerLineTree = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export function answerLines(tree: unknown, answers: Readonly<Record<string, unknown>>): string[] {
	if (!tree || typeof tree !== 'object') return [];
	return Object.entries(tree as AnswerLineTree).flatMap(([question, byValue]) => {
		const value = answers[question];
		const lines = typeof value === 'string' ? byValue[value] : undefined;
		return Array.isArray(lines) ? [...lines] : [];
	});
}
