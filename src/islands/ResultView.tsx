import { useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { generateAppeal } from '../domain/appeal';
import type { Answers } from '../domain/flow';
import { appealToShow, type WizardState } from '../domain/saved-state';
import { fill } from '../domain/text';
import { Heading, TextList } from './screens';
import type { WizardProps } from './types';

interface Props {
	props: WizardProps;
	answers: Answers;
	state: WizardState;
	headingRef: Ref<HTMLHeadingElement>;
	onState: (patch: Partial<WizardState>) => void;
}

export function ResultView({ props, answers, state, headingRef, onState }: Props) {
	const s = props.strings;
	const r = s.screens.result;
	const saved = state.appealLocale;
	const appealLocale = saved && props.languages.some((l) => l.slug === saved) ? saved : props.locale;
	const language = props.languages.find((l) => l.slug === appealLocale)!;
	const generated = generateAppeal(answers, props.appealBlocks[appealLocale]!);
	const text = appealToShow(generated, appealLocale, state.draft);
	const editsReplaced = state.draft?.locale === appealLocale && text === generated && state.draft.text !== generated;
	const [status, setStatus] = useState('');
	const textareaRef = useRef<HTMLTextAreaElement>(null);

	async function copy() {
		try {
			await navigator.clipboard.writeText(text);
			setStatus(r.copied);
		} catch {
			textareaRef.current?.focus();
			textareaRef.current?.select();
			setStatus(r.copyFailed);
		}
	}

	function download() {
		const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = `${r.fileName}-${appealLocale}.txt`;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	}

	const pageLanguage = props.languages.find((l) => l.slug === props.locale)!;
	const translation = appealLocale !== props.locale ? generateAppeal(answers, props.appealBlocks[props.locale]!) : undefined;

	return (
		<>
			<Heading text={r.title} headingRef={headingRef} />
			<fieldset class="appeal-language no-print">
				<legend>{r.language}</legend>
				<div class="segmented">
					{props.languages.map((l) => (
						<label key={l.slug} lang={l.lang}>
							<input type="radio" name="appeal-language" value={l.slug} checked={l.slug === appealLocale} onChange={() => onState({ appealLocale: l.slug })} />
							{l.name}
						</label>
					))}
				</div>
			</fieldset>
			{editsReplaced && <p class="notice no-print">{r.editsReplaced}</p>}
			<label class="field-label no-print" for="appeal-text">
				{r.textLabel}
			</label>
			<textarea
				id="appeal-text"
				class="appeal-text no-print"
				lang={language.lang}
				rows={16}
				value={text}
				ref={textareaRef}
				aria-describedby="appeal-count"
				onInput={(e) => onState({ draft: { locale: appealLocale, basis: generated, text: e.currentTarget.value } })}
			/>
			<pre class="print-only" lang={language.lang}>
				{text}
			</pre>
			<p id="appeal-count" class="hint no-print">
				{fill(r.characters, { count: [...text].length })}
			</p>
			<div class="actions no-print">
				<button type="button" class="primary" onClick={copy}>
					{r.copy}
				</button>
				<button type="button" onClick={download}>
					{r.download}
				</button>
				<button type="button" onClick={() => window.print()}>
					{r.print}
				</button>
				{text !== generated && (
					<button type="button" onClick={() => onState({ draft: undefined })}>
						{r.reset}
					</button>
				)}
			</div>
			<p class="status no-print" role="status" aria-live="polite">
				{status}
			</p>
			{translation && (
				<section class="translation no-print" lang={pageLanguage.lang} aria-labelledby="translation-title">
					<h2 id="translation-title">{fill(r.translationTitle, { language: pageLanguage.name })}</h2>
					<p class="hint">{r.translationNote}</p>
					<div class="translation-text">{translation}</div>
				</section>
			)}
			<section class="no-print">
				<h2>{r.nextTitle}</h2>
				<TextList items={r.next} ordered />
				<h2>{r.preventionTitle}</h2>
				<TextList items={r.prevention} class="checklist" />
			</section>
		</>
	);
}
