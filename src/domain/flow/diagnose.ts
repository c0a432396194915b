import type { Answers } from './flow';
import type { BanReason } from './reasons';

/** Which answer to which "not sure" question points to which reason. */
export const diagnosisRules: readonly { question: string; answer: string; reason: BanReason }[] = [
	{ question: 'diagnose-opt-in', answer: 'no', reason: 'unsolicited-messages' },
	{ question: 'diagnose-volume', answer: 'yes', reason: 'promotional-volume' },
	{ question: 'diagnose-source', answer: 'yes', reason: 'unofficial-access' },
	{ question: 'diagnose-industry', answer: 'yes', reason: 'restricted-industry' },
	{ question: 'diagnose-templates', answer: 'yes', reason: 'template-misclassification' },
	{ question: 'diagnose-ai', answer: 'yes', reason: 'ai-assistant' },
];

/** The likely reasons, in the order of the questions. */
export function likelyReasons(answers: Answers): BanReason[] {
	return diagnosisRules.filter((r) => answers[r.question] === r.answer).map((r) => r.reason);
}
