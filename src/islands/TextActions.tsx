import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, RefObject } from 'preact';
import { fill } from '../domain/text/text';
import type { WizardProps } from './types';

export interface AppealText {
	text: string;
	locale: string;
	lang: string;
}

interface Props {
	props: WizardProps;
	appeal: AppealText;
	/** The download's file name, without the extension. */
	fileName: string;
	/** The text on screen: a refused Copy selects it. Without one, a box with the text appears. */
	textBox?: RefObject<HTMLTextAreaElement>;
	/** What is copied, e.g. "Short, 412 characters" (default: the character count). */
	what?: string;
	download?: boolean;
	print?: boolean;
	/** The system share sheet, where the browser has one. */
	share?: boolean;
	/** The way back to Meta, opened in a new tab. */
	supportHome?: boolean;
	/** A line above the buttons, e.g. "Your appeal text" where the text itself is not on screen. */
	label?: string;
	/** Extra classes, e.g. the walk's sticky bar. */
	class?: string;
	/** More buttons in the same row, e.g. undo. */
	children?: ComponentChildren;
}

function downloadText(appeal: AppealText, fileName: string) {
	const url = URL.createObjectURL(new Blob([appeal.text], { type: 'text/plain;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = `${fileName}.txt`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Everything that takes the appeal text away from the wizard, in one row: Copy, and where asked,
 * download, print, share and the way to Business Support Home. When the clipboard is refused the
 * text is selected on screen, to copy by hand.
 */
export function TextActions({ props, appeal, fileName, textBox, what, download, print, share, supportHome, label, class: extra, children }: Props) {
	const s = props.strings;
	const r = s.screens.result;
	const [status, setStatus] = useState('');
	const [showBox, setShowBox] = useState(false);
	const [canShare, setCanShare] = useState(false);
	const ownBox = useRef<HTMLTextAreaElement>(null);

	useEffect(() => setCanShare(share === true && typeof navigator.share === 'function'), [share]);
	useEffect(() => {
		if (!showBox) return;
		ownBox.current?.focus();
		ownBox.current?.select();
	}, [showBox]);

	async function copy() {
		try {
			await navigator.clipboard.writeText(appeal.text);
			setStatus(r.copied);
		} catch {
			const box = textBox?.current;
			if (box) {
				box.focus();
				box.select();
			} else setShowBox(true);
			setStatus(r.copyFailed);
		}
	}

	async function shareText() {
		try {
			await navigator.share({ title: s.screens['hand-off'].shareTitle, text: appeal.text });
		} catch {
			// Closed by the visitor, or refused: copy and download are still there.
		}
	}

	return (
		<div class={`text-actions no-print${extra ? ` ${extra}` : ''}`}>
			{label && <p class="text-actions-label">{label}</p>}
			<div class="actions">
				<button type="button" class="primary" onClick={copy}>
					{r.copy}
				</button>
				{supportHome && (
					<a class="button" href={props.supportHomeUrl} target="_blank" rel="noopener noreferrer">
						{s.openSupportHome}
						<span class="visually-hidden"> {s.opensInNewTab}</span>
					</a>
				)}
				{download && (
					<button type="button" onClick={() => downloadText(appeal, fileName)}>
						{r.download}
					</button>
				)}
				{print && (
					<button type="button" onClick={() => window.print()}>
						{r.print}
					</button>
				)}
				{canShare && (
					<button type="button" onClick={shareText}>
						{s.screens['hand-off'].share}
					</button>
				)}
				{children}
			</div>
			<p class="hint">{what ?? fill(r.characters, { count: [...appeal.text].length })}</p>
			<p class="status" role="status" aria-live="polite">
				{status}
			</p>
			{showBox && (
				<>
					<label class="field-label" for="appeal-copy-box">
						{s.copyBar.boxLabel}
					</label>
					<textarea id="appeal-copy-box" class="appeal-text" readOnly rows={6} lang={appeal.lang} value={appeal.text} ref={ownBox} />
				</>
			)}
		</div>
	);
}
