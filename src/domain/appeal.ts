import { dontKnow, type Answers } from './flow';
import type { AppealReason, Industry } from './reasons';
import { fill } from './text';
import { effectiveReason } from './walk';

/** One language's sentence blocks (content/appeal/<locale>.json, checked by appeal-schema.ts). */
export interface AppealBlocks {
	greeting: string;
	opening: string;
	identity: Record<'businessName' | 'displayName' | 'phone' | 'wabaId' | 'portfolioId' | 'website', string>;
	reason: Record<AppealReason, string>;
	industryCase: Record<'misclassified' | 'stopped' | 'still-offering', string>;
	industries: Record<Industry, string>;
	aiCase: Record<'business-bot' | 'stopped', string>;
	use: string;
	optIn: { intro: string; methods: Record<string, string>; other: string };
	wentWrong: { intro: string; items: Record<string, string>; other: string };
	actions: { intro: string; items: Record<string, string>; other: string };
	closing: string;
	signature: string;
	contact: string;
	listSeparator: string;
	bullet: string;
}

/** Joins sentences with a space, except after full-width punctuation, which carries its own. */
function joinSentences(sentences: string[]): string {
	return sentences.reduce((all, next) => (all === '' ? next : /[\u3000-\u303f\uff01-\uff60]$/.test(all) ? all + next : `${all} ${next}`), '');
}

function text(answers: Answers, key: string): string {
	const value = answers[key];
	return typeof value === 'string' ? value.trim() : '';
}

function list(answers: Answers, key: string): string[] {
	const value = answers[key];
	return Array.isArray(value) ? [...value] : [];
}

function bullets(blocks: AppealBlocks, items: string[]): string {
	return items.map((item) => `${blocks.bullet}${item}`).join('\n');
}

/**
 * The appeal text for the "additional information" field of Meta's review form, assembled from
 * one language's sentence blocks. It says only what the answers say: what the visitor typed goes
 * in as typed, unticked actions are absent, and "we don't know" admits nothing.
 */
export function generateAppeal(answers: Answers, blocks: AppealBlocks): string {
	const reason = effectiveReason(answers) ?? 'unknown';
	const paragraphs: string[] = [blocks.greeting, blocks.opening];

	const identity = (Object.keys(blocks.identity) as (keyof AppealBlocks['identity'])[])
		.filter((key) => text(answers, key) !== '')
		.map((key) => fill(blocks.identity[key], { value: text(answers, key) }));
	paragraphs.push(identity.join('\n'));

	const reasonParagraph = [blocks.reason[reason]];
	if (reason === 'restricted-industry') {
		const industry = text(answers, 'industry') as Industry;
		const industryCase = text(answers, 'industry-case') as keyof AppealBlocks['industryCase'];
		const template = blocks.industryCase[industryCase];
		if (template) reasonParagraph.push(fill(template, { industry: blocks.industries[industry] ?? '' }));
	}
	if (reason === 'ai-assistant') {
		const template = blocks.aiCase[text(answers, 'ai-case') as keyof AppealBlocks['aiCase']];
		if (template) reasonParagraph.push(template);
	}
	paragraphs.push(joinSentences(reasonParagraph));

	const use = [fill(blocks.use, { use: text(answers, 'use') })];
	const methods = list(answers, 'optIn')
		.map((m) => blocks.optIn.methods[m])
		.filter((m): m is string => Boolean(m));
	const otherOptIn = text(answers, 'optInOther');
	if (otherOptIn) methods.push(fill(blocks.optIn.other, { text: otherOptIn }));
	if (methods.length) use.push(fill(blocks.optIn.intro, { methods: methods.join(blocks.listSeparator) }));
	paragraphs.push(use.join('\n'));

	const admitted = list(answers, 'wentWrong').filter((w) => w !== dontKnow);
	const wrongItems = admitted.map((w) => blocks.wentWrong.items[w]).filter((w): w is string => Boolean(w));
	const otherWrong = text(answers, 'wentWrongOther');
	if (otherWrong && !list(answers, 'wentWrong').includes(dontKnow)) wrongItems.push(fill(blocks.wentWrong.other, { text: otherWrong }));
	if (wrongItems.length) paragraphs.push(`${blocks.wentWrong.intro}\n${bullets(blocks, wrongItems)}`);

	const actionItems = list(answers, 'actions')
		.map((a) => blocks.actions.items[a])
		.filter((a): a is string => Boolean(a));
	const otherActions = text(answers, 'actionsOther');
	if (otherActions) actionItems.push(fill(blocks.actions.other, { text: otherActions }));
	if (actionItems.length) paragraphs.push(`${blocks.actions.intro}\n${bullets(blocks, actionItems)}`);

	paragraphs.push(blocks.closing);
	const signature = [fill(blocks.signature, { businessName: text(answers, 'businessName') })];
	const email = text(answers, 'email');
	if (email) signature.push(fill(blocks.contact, { email }));
	paragraphs.push(signature.join('\n'));

	return paragraphs.filter((p) => p.trim() !== '').join('\n\n');
}
