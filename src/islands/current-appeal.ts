import { appealOutcome, ownDraftText, shownAppeal } from '../domain/letter/appeal';
import type { WizardState } from '../domain/flow/saved-state';
import type { AppealText } from './TextActions';
import type { WizardProps } from './types';

/**
 * The appeal as the result screen shows it: the picked language and version, with the visitor's
 * edits. None while that language's blocks are still loading.
 */
export function currentAppeal(props: WizardProps, state: WizardState): AppealText | undefined {
	const saved = state.appealLocale;
	const locale = saved && props.languages.some((l) => l.slug === saved) ? saved : props.locale;
	const blocks = props.appealBlocks[locale];
	if (!blocks) return undefined;
	const lang = (slug: string) => props.languages.find((l) => l.slug === slug)!.lang;
	// Still offering what the policy bars: the only text is the one the visitor wrote, if any.
	if (appealOutcome(state.answers).kind === 'own-text') {
		const text = ownDraftText(state.draft, props.locale);
		return text.trim() !== '' ? { text, locale: props.locale, lang: lang(props.locale) } : undefined;
	}
	const shown = shownAppeal(state.answers, blocks, locale, state.draft, state.appealVersion);
	return { text: shown.text, locale, lang: lang(locale) };
}

/** What a visitor without admin access sends on: what to ask, numbered, then the appeal text itself. */
export function handoffMessage(h: { askTitle: string; ask: readonly string[]; letterTitle: string }, appeal: AppealText): AppealText {
	const asks = h.ask.map((item, i) => `${i + 1}. ${item}`).join('\n');
	return { ...appeal, text: `${h.askTitle}\n${asks}\n\n${h.letterTitle}\n\n${appeal.text}` };
}
