import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { appealOutcome, appealVersions, generateAppeal, ownDraftText, shownAppeal, type AppealBlocks, type AppealOutcome, type AppealVersion } from '../domain/letter/appeal';
import type { Contradiction, ContradictionId } from '../domain/flow/contradictions';
import { allFields, screens, type Answers } from '../domain/flow/flow';
import type { WizardState } from '../domain/flow/saved-state';
import { otherScriptSample } from '../domain/text/script';
import { fill } from '../domain/text/text';
import { dateParts } from '../domain/text/dates';
import { Heading, TextList } from './screens';
import { LanguageChoice } from './language-choice';
import { TextActions } from './TextActions';
import { fieldDomId, lookup, lookupList } from './text';
import type { WizardProps } from './types';

interface Props {
	props: WizardProps;
	answers: Answers;
	state: WizardState;
	headingRef: Ref<HTMLHeadingElement>;
	onState: (patch: Partial<Pick<WizardState, 'appealLocale' | 'appealVersion' | 'draft'>>) => void;
	onResolve: (contradiction: ContradictionId, choice: string) => void;
	/** Opens the form that holds an answer, to change it there. */
	onChange: (screenId: string) => void;
}

/** Typed descriptions (not names): the text whose language the visitor may not have noticed. */
const describingFields = allFields().filter((f) => f.kind === 'textarea' && f.verbatim).map((f) => f.id);

/** The described fields whose answer holds a line, and the form each is on. */
function typedIn(answers: Answers, line: string): { field: string; form: string }[] {
	return describingFields.flatMap((field) => {
		const value = answers[field];
		const form = screens.find((s) => s.kind === 'form' && s.fields.some((f) => f.id === field));
		return typeof value === 'string' && value.includes(line) && form ? [{ field, form: form.id }] : [];
	});
}

/**
 * The appeal text, or what stands in its place: a question when two answers contradict each other,
 * and an empty box of the visitor's own when they still offer what the policy bars.
 */
export function ResultView(view: Props) {
	const outcome = appealOutcome(view.answers);
	const kind = outcome.kind;
	const first = useRef(true);
	useEffect(() => {
		// The island focuses the heading on a new screen; a resolved question changes this one in place.
		if (!first.current) (view.headingRef as { current: HTMLHeadingElement | null }).current?.focus();
		first.current = false;
	}, [kind]);
	if (outcome.kind === 'resolve') return <Resolve {...view} contradiction={outcome.contradictions[0]!} />;
	if (outcome.kind === 'own-text') return <OwnText {...view} outcome={outcome} />;
	return <Letter {...view} />;
}

function Resolve({ props, headingRef, onResolve, contradiction }: Props & { contradiction: Contradiction }) {
	const s = props.strings;
	const r = s.screens.result.resolve;
	const [choice, setChoice] = useState<string | undefined>(undefined);
	const [error, setError] = useState(false);
	const base = `resolve.${contradiction.id}`;
	return (
		<form
			class="wizard-form"
			noValidate
			onSubmit={(e) => {
				e.preventDefault();
				if (!choice) return setError(true);
				setError(false);
				setChoice(undefined);
				onResolve(contradiction.id, choice);
			}}
		>
			<Heading text={r.title} headingRef={headingRef} />
			<fieldset class={`question${error ? ' has-error' : ''}`} aria-describedby={error ? 'resolve-error' : undefined}>
				<legend>{lookup(s, `screens.result.${base}.question`)}</legend>
				{error && (
					<p class="field-error" id="resolve-error">
						<span class="visually-hidden">{s.errorPrefix}</span>
						{s.errors['choose-one']}
					</p>
				)}
				<div class="radios">
					{contradiction.choices.map((option) => {
						const id = fieldDomId(`resolve-${contradiction.id}`, option);
						return (
							<div class="radio" key={option}>
								<input type="radio" id={id} name={`resolve-${contradiction.id}`} value={option} checked={choice === option} onChange={() => setChoice(option)} />
								<label for={id}>{lookup(s, `screens.result.${base}.choices.${option}`)}</label>
							</div>
						);
					})}
				</div>
			</fieldset>
			<button type="submit" class="primary">
				{r.continue}
			</button>
		</form>
	);
}

/** Only on paper: what this is, when it was written and where it goes. */
function PrintHeading({ props, lang }: { props: WizardProps; lang: string }) {
	const r = props.strings.screens.result;
	return (
		<div class="print-only print-heading">
			<p>
				<strong>{r.printTitle}</strong>
			</p>
			<p>{fill(r.printDate, dateParts(new Date(), lang))}</p>
			<p>{r.printNote}</p>
		</div>
	);
}

function AfterText({ props }: { props: WizardProps }) {
	const r = props.strings.screens.result;
	return (
		<section class="no-print">
			<h2>{r.nextTitle}</h2>
			<TextList items={r.next} ordered />
			<h2>{r.preventionTitle}</h2>
			<TextList items={r.prevention} class="checklist" />
		</section>
	);
}

function OwnText({ props, state, headingRef, onState, outcome }: Props & { outcome: Extract<AppealOutcome, { kind: 'own-text' }> }) {
	const s = props.strings;
	const r = s.screens.result;
	const screen = outcome.case === 'industry' ? 'still-offering' : 'ai-still-offering';
	const text = ownDraftText(state.draft, props.locale);
	const textareaRef = useRef<HTMLTextAreaElement>(null);
	const lang = props.languages.find((l) => l.slug === props.locale)!.lang;
	return (
		<>
			<Heading text={lookup(s, `screens.${screen}.title`)} headingRef={headingRef} />
			{lookupList(s, `screens.${screen}.body`).map((p, i) => (
				<p key={i}>{p}</p>
			))}
			{outcome.exception && <p>{lookup(s, `screens.${screen}.exception`)}</p>}
			<p class="note no-print">{r.dialogNote}</p>
			<label class="field-label no-print" for="appeal-text">
				{r.ownText.label}
			</label>
			<p class="hint no-print" id="appeal-hint">
				{r.ownText.hint}
			</p>
			<textarea
				id="appeal-text"
				class="appeal-text no-print"
				rows={10}
				value={text}
				ref={textareaRef}
				aria-describedby="appeal-hint"
				onInput={(e) => onState({ draft: { locale: props.locale, basis: '', text: e.currentTarget.value } })}
			/>
			<PrintHeading props={props} lang={lang} />
			<pre class="print-only">{text}</pre>
			{text.trim() !== '' && <TextActions props={props} appeal={{ text, locale: props.locale, lang }} fileName={r.fileName} textBox={textareaRef} supportHome download print />}
			<AfterText props={props} />
		</>
	);
}

function ResultLanguage({ props, appealLocale, onState }: { props: WizardProps; appealLocale: string; onState: Props['onState'] }) {
	return <LanguageChoice languages={props.languages} appealLocale={appealLocale} legend={props.strings.screens.result.language} describedBy="appeal-choices-hint" onPick={(slug) => onState({ appealLocale: slug })} />;
}

function Letter(view: Props) {
	const { props, state, headingRef, onState } = view;
	const s = props.strings;
	const saved = state.appealLocale;
	const appealLocale = saved && props.languages.some((l) => l.slug === saved) ? saved : props.locale;
	const blocks = props.appealBlocks[appealLocale];
	if (blocks) return <LetterText {...view} appealLocale={appealLocale} blocks={blocks} />;
	// Another language's blocks load when it is picked.
	return (
		<>
			<Heading text={s.screens.result.title} headingRef={headingRef} />
			<div class="letter-choices">
				<ResultLanguage props={props} appealLocale={appealLocale} onState={onState} />
			</div>
			<p role="status">{s.loading}</p>
		</>
	);
}

function LetterText({ props, answers, state, headingRef, onState, onChange, appealLocale, blocks }: Props & { appealLocale: string; blocks: AppealBlocks }) {
	const s = props.strings;
	const r = s.screens.result;
	const language = props.languages.find((l) => l.slug === appealLocale)!;
	// The version picked here (saved, so the walk's Copy copies the same); else the one the edits belong to.
	const shown = shownAppeal(answers, blocks, appealLocale, state.draft, state.appealVersion);
	const { text, generated, version } = shown;
	const textareaRef = useRef<HTMLTextAreaElement>(null);

	const typed = describingFields.map((id) => answers[id]).filter((v): v is string => typeof v === 'string' && v.trim() !== '' && text.includes(v.trim()));
	const otherScript = otherScriptSample(typed, text === generated ? undefined : { generated, text }, language.script);

	const pageLanguage = props.languages.find((l) => l.slug === props.locale)!;
	const own = props.appealBlocks[props.locale];
	const translation = appealLocale !== props.locale && own ? generateAppeal(answers, own, version) : undefined;
	const count = (v: AppealVersion) => fill(r.characters, { count: [...shown.versions[v]].length });

	return (
		<>
			<Heading text={r.title} headingRef={headingRef} />
			<p class="no-print">{r.printNote}</p>
			{/* Beside the letter, before Copy: what Meta's reviewers will read as typed. */}
			{otherScript && (
				<p class="notice no-print other-script">
					{fill(r.otherScript, { sample: otherScript.length > 40 ? `${[...otherScript].slice(0, 40).join('')}…` : otherScript })}
					{/* Where that text was typed, to change it there; lines added by editing the letter have no field. */}
					{typedIn(answers, otherScript).length > 0 && ` ${r.otherScriptChange}`}
					{typedIn(answers, otherScript).map(({ field, form }) => (
						<>
							{' '}
							<a
								key={field}
								href={`?step=${form}`}
								onClick={(e) => {
									e.preventDefault();
									onChange(form);
								}}
							>
								{lookup(s, `fields.${field}.label`)}
							</a>
						</>
					))}
				</p>
			)}
			{shown.editsReplaced && <p class="notice no-print">{r.editsReplaced}</p>}
			{shown.editsElsewhere && <p class="notice no-print">{r.editsElsewhere}</p>}
			<label class="field-label no-print" for="appeal-text">
				{r.textLabel}
			</label>
			<textarea
				id="appeal-text"
				class="appeal-text letter-text no-print"
				lang={language.lang}
				rows={16}
				value={text}
				ref={textareaRef}
				data-version={version}
				onInput={(e) => onState({ draft: { locale: appealLocale, basis: generated, text: e.currentTarget.value } })}
			/>
			<PrintHeading props={props} lang={language.lang} />
			<pre class="print-only" lang={language.lang}>
				{text}
			</pre>
			<TextActions
				props={props}
				appeal={{ text, locale: appealLocale, lang: language.lang }}
				fileName={`${r.fileName}-${appealLocale}-${version}`}
				textBox={textareaRef}
				what={fill(r.copyWhich, { version: r.versions[version], count: [...text].length })}
				supportHome
				download
				print
			>
				{text !== generated && (
					<button type="button" onClick={() => onState({ draft: undefined })}>
						{r.reset}
					</button>
				)}
			</TextActions>
			<div class="letter-choices no-print">
				<ResultLanguage props={props} appealLocale={appealLocale} onState={onState} />
				<fieldset class="appeal-version" aria-describedby="appeal-choices-hint">
					<legend>{r.version}</legend>
					<div class="segmented">
						{appealVersions.map((v) => (
							<label key={v}>
								<input type="radio" name="appeal-version" value={v} checked={v === version} onChange={() => onState({ appealVersion: v })} />
								{r.versions[v]} ({count(v)})
							</label>
						))}
					</div>
				</fieldset>
			</div>
			<p class="hint no-print" id="appeal-choices-hint">
				{r.versionHint} {r.languageHint}
			</p>
			<p class="note no-print">{r.dialogNote}</p>
			{translation && (
				<section class="translation no-print" lang={pageLanguage.lang} aria-labelledby="translation-title">
					<h2 id="translation-title">{fill(r.translationTitle, { language: pageLanguage.name })}</h2>
					<p class="hint">{r.translationNote}</p>
					<div class="translation-text">{translation}</div>
				</section>
			)}
			<AfterText props={props} />
		</>
	);
}
