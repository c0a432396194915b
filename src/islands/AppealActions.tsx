import { useEffect, useRef, useState } from 'preact/hooks';
import { appealOutcome, ownDraftText, shownAppeal } from '../domain/letter/appeal';
import type { WizardState } from '../domain/flow/saved-state';
import { fill } from '../domain/text/text';
import type { WizardProps } from './types';

export interface AppealText {
	text: string;
	locale: string;
	lang: string;
}

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

function download(appeal: AppealText, fileName: string) {
	const url = URL.createObjectURL(new Blob([appeal.text], { type: 'text/plain;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = `${fileName}-${appeal.locale}.txt`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Props {
	props: WizardProps;
	appeal: AppealText;
	/** Also offer download and, where the browser has it, the system share sheet. */
	full?: boolean;
}

/**
 * Copy (and on the hand-off, download and share) for the appeal text, away from the result screen.
 * When the clipboard is refused the text appears selected in a box, to copy by hand.
 */
export function AppealActions({ props, appeal, full = false }: Props) {
	const s = props.strings;
	const r = s.screens.result;
	const [status, setStatus] = useState('');
	const [showText, setShowText] = useState(false);
	const [canShare, setCanShare] = useState(false);
	const boxRef = useRef<HTMLTextAreaElement>(null);

	useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
	useEffect(() => {
		if (!showText) return;
		boxRef.current?.focus();
		boxRef.current?.select();
	}, [showText]);

	async function copy() {
		try {
			await navigator.clipboard.writeText(appeal.text);
			setStatus(r.copied);
		} catch {
			setShowText(true);
			boxRef.current?.select();
			setStatus(r.copyFailed);
		}
	}

	async function share() {
		try {
			await navigator.share({ title: s.screens['hand-off'].shareTitle, text: appeal.text });
		} catch {
			// Closed by the visitor, or refused: copy and download are still there.
		}
	}

	return (
		<div class={full ? 'appeal-actions' : 'appeal-actions copy-bar no-print'}>
			<p class="copy-bar-label">
				{s.copyBar.label} <span class="hint">{fill(r.characters, { count: [...appeal.text].length })}</span>
			</p>
			<div class="actions">
				<button type="button" class="primary" onClick={copy}>
					{r.copy}
				</button>
				{full && (
					<button type="button" onClick={() => download(appeal, r.fileName)}>
						{r.download}
					</button>
				)}
				{full && canShare && (
					<button type="button" onClick={share}>
						{s.screens['hand-off'].share}
					</button>
				)}
			</div>
			<p class="status" role="status" aria-live="polite">
				{status}
			</p>
			{showText && (
				<>
					<label class="field-label" for="appeal-copy-box">
						{s.copyBar.boxLabel}
					</label>
					<textarea id="appeal-copy-box" class="appeal-text" readOnly rows={6} lang={appeal.lang} value={appeal.text} ref={boxRef} />
				</>
			)}
		</div>
	);
}
