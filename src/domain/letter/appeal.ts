import type { Answers } from '../flow/flow';
import { contradictionsIn, type Contradiction } from '../flow/contradictions';
import { licenceHolds, namesOf, typedText, type Terms } from './licence';
import { exceptionIndustries, stillOffering, type Industry } from '../flow/reasons';
import { besides, fill, joinList } from '../text/text';
import { effectiveReason } from '../flow/walk';

export { joinList };

/**
 * How a block attaches to the one before it: it starts a new paragraph, continues the sentence
 * run, goes on a new line, or is a bullet of a list.
 */
export type Join = 'paragraph' | 'sentence' | 'line' | 'bullet';

/** One sentence or line of the appeal and the answers that license it (see licence.ts). */
export interface Block {
	when: readonly string[];
	text: string;
	join?: Join;
	/** Introduces its paragraph: written only when another block of the paragraph is. */
	heading?: boolean;
}

/** One language's appeal (content/appeal/<locale>.json, checked by appeal-schema.ts). */
export interface AppealBlocks {
	listSeparator: string;
	/** Before the last item of an inline list ("a, b and c"). */
	listLastSeparator: string;
	bullet: string;
	terms: Terms;
	full: Readonly<Record<string, Block>>;
	short: Readonly<Record<string, Block>>;
}

export const appealVersions = ['short', 'full'] as const;
export type AppealVersion = (typeof appealVersions)[number];

/** Slot values: a term's name(s) where the blocks name the answer, else the text as typed. */
function slotValues(text: string, answers: Answers, blocks: AppealBlocks): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [, key] of text.matchAll(/\{\{(\w+)\}\}/g)) {
		values[key!] = blocks.terms[key!] ? joinList(namesOf(answers, key!, blocks.terms), blocks) : typedText(answers, key!);
	}
	return values;
}

const grouped = new WeakMap<object, [string, Block][][]>();

/** The blocks in their paragraphs: a paragraph starts at every block that joins as one. */
function paragraphsOf(source: Readonly<Record<string, Block>>): [string, Block][][] {
	let groups = grouped.get(source);
	if (groups) return groups;
	groups = [];
	for (const entry of Object.entries(source)) {
		if (groups.length === 0 || (entry[1].join ?? 'paragraph') === 'paragraph') groups.push([]);
		groups[groups.length - 1]!.push(entry);
	}
	grouped.set(source, groups);
	return groups;
}

export interface Letter {
	text: string;
	/** The ids of the blocks written, in order. */
	written: string[];
}

/**
 * Writes one version of the letter from the blocks whose licence holds. Paragraphs are fixed by
 * the blocks' order: a block that is not written leaves its paragraph's others where they are.
 */
export function composeLetter(answers: Answers, blocks: AppealBlocks, version: AppealVersion): Letter {
	const written: string[] = [];
	const paragraphs: string[] = [];
	for (const group of paragraphsOf(blocks[version])) {
		const licensed = group.filter(([, b]) => licenceHolds(b.when, answers, blocks.terms));
		const kept = licensed.some(([, b]) => !b.heading) ? licensed : [];
		let paragraph = '';
		for (const [id, block] of kept) {
			const text = fill(block.text, slotValues(block.text, answers, blocks));
			const join = block.join ?? 'paragraph';
			if (join === 'bullet') paragraph += `${paragraph ? '\n' : ''}${blocks.bullet}${text}`;
			else if (paragraph === '') paragraph = text;
			else paragraph = join === 'sentence' ? besides(paragraph, text) : `${paragraph}\n${text}`;
			written.push(id);
		}
		if (paragraph) paragraphs.push(paragraph);
	}
	return { text: paragraphs.join('\n\n'), written };
}

export type AppealOutcome =
	| { kind: 'letter' }
	/** The visitor still offers what the policy bars: we write nothing, they may write their own. */
	| { kind: 'own-text'; case: 'industry' | 'ai-assistant'; exception: boolean }
	/** Two answers contradict each other: the visitor says which is true before anything is written. */
	| { kind: 'resolve'; contradictions: Contradiction[] };

export function appealOutcome(answers: Answers): AppealOutcome {
	const reason = effectiveReason(answers);
	if (reason === 'restricted-industry' && answers['industry-case'] === stillOffering) {
		const industry = answers['industry'];
		return { kind: 'own-text', case: 'industry', exception: exceptionIndustries.includes(industry as Industry) };
	}
	if (reason === 'ai-assistant' && answers['ai-case'] === stillOffering) {
		return { kind: 'own-text', case: 'ai-assistant', exception: false };
	}
	const contradictions = contradictionsIn(answers);
	return contradictions.length ? { kind: 'resolve', contradictions } : { kind: 'letter' };
}

/**
 * The appeal text for the "additional information" box of Meta's review dialog. It says only
 * what the answers say: every block is licensed by them, typed text goes in as typed, and nothing
 * is written while the visitor still offers what the policy bars or while answers contradict.
 */
export function generateAppeal(answers: Answers, blocks: AppealBlocks, version: AppealVersion = 'full'): string {
	return appealOutcome(answers).kind === 'letter' ? composeLetter(answers, blocks, version).text : '';
}

export interface Draft {
	locale: string;
	basis: string;
	text: string;
}

export interface ShownAppeal {
	version: AppealVersion;
	/** Both versions as the answers give them. */
	versions: Record<AppealVersion, string>;
	generated: string;
	/** The text to show and copy: the visitor's edits while the text they started from is unchanged. */
	text: string;
	/** Edits were made to a text the answers no longer give (they changed since), so they are not shown. */
	editsReplaced: boolean;
	/** The visitor's edits belong to the other version. */
	editsElsewhere: boolean;
}

/**
 * Which version to show and with which edits. There is one draft: it belongs to the version whose
 * generated text it started from, so picking the other version shows that one unedited.
 */
/** The visitor's own text where no letter is written (a draft with no generated basis), in that page language. */
export function ownDraftText(draft: Draft | undefined, locale: string): string {
	return draft?.locale === locale && draft.basis === '' ? draft.text : '';
}

export function shownAppeal(answers: Answers, blocks: AppealBlocks, locale: string, draft: Draft | undefined, picked?: AppealVersion): ShownAppeal {
	const generated = { short: generateAppeal(answers, blocks, 'short'), full: generateAppeal(answers, blocks, 'full') };
	const ownDraft = draft && draft.locale === locale ? draft : undefined;
	const draftVersion = appealVersions.find((v) => ownDraft?.basis === generated[v]);
	const version = picked ?? draftVersion ?? 'short';
	const text = draftVersion === version ? ownDraft!.text : generated[version];
	const edited = Boolean(ownDraft && ownDraft.text !== ownDraft.basis);
	return {
		version,
		versions: generated,
		generated: generated[version],
		text,
		editsReplaced: edited && draftVersion === undefined,
		editsElsewhere: edited && draftVersion !== undefined && draftVersion !== version,
	};
}
