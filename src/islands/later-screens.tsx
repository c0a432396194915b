import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { walkStepCount, type Answer, type FormScreen, type InfoScreen, type OutcomeScreen, type SafetyNote as SafetyNoteKind, type Screen, type StepScreen } from '../domain/flow/flow';
import { answerRows } from '../domain/flow/walk';
import { decoderPanel } from './wizard-decoder';
import { besides, fill, joinList } from '../domain/text/text';
import { answerLines } from '../domain/text/answer-lines';
import { FieldView } from './fields';
import { LanguageChoice } from './language-choice';
import { Heading, optionLabel, Paragraphs, TextList, type ScreenProps } from './screens';
import { has, lookup, lookupList, subtree } from './text';
import type { WizardProps, WizardStrings } from './types';

// Every screen but the first's kind: loaded with the appeal's code once the visitor starts.

export function FormView({ screen, answers, ctx, props, headingRef, errors, onAnswer, appealLocale, dispatch }: ScreenProps & { screen: FormScreen }) {
	const s = props.strings;
	const hintKey = `screens.${screen.id}.hint`;
	// Which voice the appeal speaks in, so typed answers fit it (they go in as typed).
	const voiceKey = `screens.${screen.id}.voice`;
	// The language note only where sentences are typed: names and dates read the same in any letter, and the voice line says they go in as typed.
	const verbatim = screen.fields.some((f) => f.verbatim && f.kind === 'textarea');
	const language = props.languages.find((l) => l.slug === appealLocale) ?? props.languages.find((l) => l.slug === props.locale)!;
	return (
		<>
			<Heading text={lookup(s, `screens.${screen.id}.title`)} headingRef={headingRef} />
			{has(s, hintKey) && <p class="hint">{lookup(s, hintKey)}</p>}
			{screen.asksAppealLanguage && (
				<>
					<LanguageChoice languages={props.languages} appealLocale={language.slug} legend={s.appealLanguage.legend} describedBy="appeal-language-hint" onPick={(slug) => dispatch({ type: 'appeal', patch: { appealLocale: slug } })} />
					<p class="hint" id="appeal-language-hint">
						{s.appealLanguage.hint}
					</p>
				</>
			)}
			{verbatim && <p class="note">{fill(s.verbatimNote, { language: language.name })}</p>}
			{has(s, voiceKey) && <p class="hint">{lookup(s, voiceKey)}</p>}
			{answerLines(subtree(s, `screens.${screen.id}.byAnswer`), answers).map((line) => (
				<p class="note" key={line}>
					{line}
				</p>
			))}
			{screen.fields.map((field) => (
				<FieldView
					key={field.id}
					field={field}
					value={answers[field.id]}
					error={errors[field.id]}
					ctx={ctx}
					strings={s}
					onChange={(value) => onAnswer(field.id, value)}
				/>
			))}
		</>
	);
}

function Illustration({ props, name, alt }: { props: WizardProps; name: string; alt: string }) {
	const src = `${props.illustrationBase}${name}.svg`;
	return (
		// In the guide's frame: the schematic scrolls sideways inside it on a phone, never the page.
		<div class="figure">
			<div class="figure-frame">
				<a class="figure-link" href={src}>
					<img class="step-figure" src={src} alt={alt} width={640} height={400} />
				</a>
			</div>
		</div>
	);
}

/** The screen's body, then the lines for the visitor's own answers (see domain/text/answer-lines). */
function Body({ strings, id, answers }: { strings: WizardStrings; id: string; answers: ScreenProps['answers'] }) {
	const lines = (key: string) => answerLines(subtree(strings, `screens.${id}.${key}`), answers);
	return <Paragraphs items={[...lines('leadByAnswer'), ...lookupList(strings, `screens.${id}.body`), ...lines('byAnswer')]} />;
}

export function InfoView({ screen, answers, props, headingRef }: ScreenProps & { screen: InfoScreen }) {
	const s = props.strings;
	return (
		<>
			<Heading text={lookup(s, `screens.${screen.id}.title`)} headingRef={headingRef} />
			<Body strings={s} id={screen.id} answers={answers} />
			{lookupList(s, `screens.${screen.id}.steps`).length > 0 && <TextList items={lookupList(s, `screens.${screen.id}.steps`)} ordered />}
			{screen.safety && <SafetyNote strings={s} note={screen.safety} />}
		</>
	);
}

/**
 * The decoder panel, put into an element Preact renders empty and never touches again; its result
 * links back into the wizard with ?situation= and ?reason=.
 */
function DecoderSlot({ props }: { props: WizardProps }) {
	const s = props.strings;
	const slot = useRef<HTMLDivElement>(null);
	const [state, setState] = useState<'loading' | 'failed' | 'shown'>('loading');
	const [attempt, setAttempt] = useState(0);
	useEffect(() => {
		let live = true;
		setState('loading');
		decoderPanel(props.locale).then(
			(panel) => {
				if (!live || !slot.current) return;
				slot.current.replaceChildren(panel);
				setState('shown');
			},
			() => live && setState('failed'),
		);
		return () => {
			live = false;
		};
	}, [attempt]);
	return (
		<>
			{state !== 'shown' && (
				<div class="loading" role="status">
					{state === 'failed' ? (
						<>
							<p>{s.loadFailed}</p>
							<button type="button" class="primary" onClick={() => setAttempt((n) => n + 1)}>
								{s.retry}
							</button>
						</>
					) : (
						<p>{s.screens.paste.loading}</p>
					)}
				</div>
			)}
			<div class="decoder-slot" ref={slot} />
		</>
	);
}

export function OutcomeView({ screen, answers, props, headingRef, dispatch }: ScreenProps & { screen: OutcomeScreen }) {
	const s = props.strings;
	const restart = screen.restart !== false;
	return (
		<>
			<Heading text={lookup(s, `screens.${screen.id}.title`)} headingRef={headingRef} />
			<Body strings={s} id={screen.id} answers={answers} />
			{screen.decoder && <DecoderSlot props={props} />}
			{screen.illustration && <Illustration props={props} name={screen.illustration} alt={lookup(s, `screens.${screen.id}.alt`)} />}
			{screen.safety && <SafetyNote strings={s} note={screen.safety} />}
			{(screen.guide || restart) && (
				<p class="actions">
					{screen.guide && (
						<a class="button" href={props.guideUrls[screen.guide]}>
							{s.guideLinks[screen.guide]}
						</a>
					)}
					{restart && (
						<button type="button" onClick={() => dispatch({ type: 'start-again' })}>
							{s.startAgain}
						</button>
					)}
				</p>
			)}
		</>
	);
}

export function HandoffView({ props, headingRef, children }: ScreenProps & { children: ComponentChildren }) {
	const h = props.strings.screens['hand-off'];
	return (
		<>
			<Heading text={h.title} headingRef={headingRef} />
			<Paragraphs items={h.body} />
			<h2>{h.askTitle}</h2>
			<TextList items={h.ask} ordered />
			{children}
			<p>{h.seeItYourself}</p>
			<SafetyNote strings={props.strings} note="appeal" />
		</>
	);
}

export function StepView({ screen, props, headingRef }: ScreenProps & { screen: StepScreen }) {
	const s = props.strings;
	const meaning = lookup(s, `screens.${screen.id}.meaning`);
	return (
		<>
			<p class="caption">{fill(s.stepOf, { step: screen.step, total: walkStepCount })}</p>
			<Heading text={lookup(s, `screens.${screen.id}.title`)} headingRef={headingRef} />
			<p>{lookup(s, `screens.${screen.id}.body`)}</p>
			{screen.label ? (
				<>
					<p class="label-to-find">
						{s.lookFor}
						<strong lang="en">{screen.label}</strong>
					</p>
					<p>{besides(s.meaning, meaning)}</p>
				</>
			) : (
				<p class="hint">{meaning}</p>
			)}
			<Illustration
				props={props}
				name={screen.illustration}
				alt={screen.label ? fill(s.illustrationAlt, { label: screen.label }) : lookup(s, `screens.${screen.id}.alt`)}
			/>
			<p>
				<a class="button" href={props.supportHomeUrl} target="_blank" rel="noopener noreferrer">
					{s.openSupportHome}
					<span class="visually-hidden"> {s.opensInNewTab}</span>
				</a>
			</p>
			<details class="something-else">
				<summary>{s.somethingElse}</summary>
				<TextList items={s.somethingElseItems} />
				<p>
					<a href={props.requestReviewUrl}>{s.somethingElseMore}</a>
				</p>
			</details>
		</>
	);
}

function answerText(s: WizardStrings, screen: Screen, key: string, value: Answer | undefined, list: (items: string[]) => string): string {
	if (screen.kind === 'choice') return typeof value === 'string' ? optionLabel(s, screen, value) : s.screens.check.notAnswered;
	if (Array.isArray(value)) return value.length ? list(value.map((v) => lookup(s, `options.${key}.${v}`))) : s.screens.check.notAnswered;
	const field = screen.kind === 'form' ? screen.fields.find((f) => f.id === key) : undefined;
	if (field?.kind === 'radios') return typeof value === 'string' && value ? lookup(s, `options.${key}.${value}`) : s.screens.check.notAnswered;
	return typeof value === 'string' && value.trim() ? value : s.screens.check.notAnswered;
}

export function CheckView({ answers, props, headingRef, onChange }: ScreenProps) {
	const s = props.strings;
	const rows = answerRows(answers).map((row) => ({
		...row,
		question: lookup(s, row.kind === 'field' ? `fields.${row.key}.label` : `screens.${row.key}.title`),
		value: answerText(s, row.screen, row.key, row.value, (items) => joinList(items, props.appealBlocks[props.locale]!)),
	}));
	return (
		<>
			<Heading text={s.screens.check.title} headingRef={headingRef} />
			<dl class="summary-list">
				{rows.map((row) => (
					<div class="summary-row" key={row.key}>
						<dt>{row.question}</dt>
						<dd class="summary-value">{row.value}</dd>
						<dd class="summary-action">
							<a
								href={`?step=${row.screen.id}`}
								aria-label={fill(s.screens.check.changeWhat, { question: row.question })}
								onClick={(e) => {
									e.preventDefault();
									onChange(row.screen.id);
								}}
							>
								{s.screens.check.change}
							</a>
						</dd>
					</div>
				))}
			</dl>
		</>
	);
}

/** The scam warning on every ending where owners meet "unban" offers; "submit once" where an appeal is filed. */
export function SafetyNote({ strings, note }: { strings: WizardStrings; note: SafetyNoteKind }) {
	const { title, submitOnce, items } = strings.safety;
	return (
		<aside class="note safety no-print" aria-labelledby="safety-title">
			<h2 id="safety-title">{title}</h2>
			<TextList items={note === 'appeal' ? [submitOnce, ...items] : items} />
		</aside>
	);
}
