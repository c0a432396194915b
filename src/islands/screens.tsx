import type { ComponentChildren, Ref } from 'preact';
import {
	walkStepCount,
	type Answer,
	type Answers,
	type ChoiceScreen,
	type FormScreen,
	type InfoScreen,
	type OptionContext,
	type OutcomeScreen,
	type Screen,
	type StepScreen,
} from '../domain/flow';
import { joinList } from '../domain/appeal';
import { likelyReasons } from '../domain/diagnose';
import { answerRows } from '../domain/walk';
import { besides, fill } from '../domain/text';
import type { BanReason } from '../domain/reasons';
import type { WizardEvent } from '../domain/wizard-reducer';
import { FieldView, fieldDomId } from './fields';
import { has, lookup, lookupList } from './text';
import type { WizardProps, WizardStrings } from './types';

export interface ScreenProps {
	screen: Screen;
	answers: Answers;
	ctx: OptionContext;
	props: WizardProps;
	headingRef: Ref<HTMLHeadingElement>;
	errors: Record<string, string>;
	onAnswer: (key: string, value: Answer) => void;
	onChange: (screenId: string) => void;
	dispatch: (event: WizardEvent) => void;
}

export function Heading({ text, headingRef }: { text: string; headingRef: Ref<HTMLHeadingElement> }) {
	return (
		<h1 tabIndex={-1} ref={headingRef}>
			{text}
		</h1>
	);
}

function Paragraphs({ items }: { items: string[] }) {
	return (
		<>
			{items.map((p, i) => (
				<p key={i}>{p}</p>
			))}
		</>
	);
}

/** A list of plain strings from the resources, numbered or not. */
export function TextList({ items, ordered = false, class: className }: { items: readonly string[]; ordered?: boolean; class?: string }) {
	const children = items.map((item, i) => <li key={i}>{item}</li>);
	return ordered ? <ol class={className}>{children}</ol> : <ul class={className}>{children}</ul>;
}

function optionLabel(strings: WizardStrings, screen: ChoiceScreen, option: string): string {
	return lookup(strings, `options.${screen.optionsKey ?? screen.id}.${option}`);
}

export function ChoiceView({ screen, answers, props, headingRef, errors, onAnswer }: ScreenProps & { screen: ChoiceScreen }) {
	const s = props.strings;
	const value = answers[screen.id];
	const hintKey = `screens.${screen.id}.hint`;
	const error = errors[screen.id];
	const likely = screen.id === 'diagnosis' ? likelyReasons(answers) : [];
	return (
		<fieldset
			class={`question${error ? ' has-error' : ''}`}
			aria-describedby={[has(s, hintKey) ? 'question-hint' : '', error ? 'question-error' : ''].filter(Boolean).join(' ') || undefined}
		>
			<legend>
				<Heading text={lookup(s, `screens.${screen.id}.title`)} headingRef={headingRef} />
			</legend>
			{has(s, hintKey) && (
				<p class="hint" id="question-hint">
					{lookup(s, hintKey)}
				</p>
			)}
			{screen.id === 'diagnosis' && likely.length === 0 && <p class="hint">{s.screens.diagnosis.none}</p>}
			{error && (
				<p class="field-error" id="question-error">
					<span class="visually-hidden">{s.errorPrefix}</span>
					{error}
				</p>
			)}
			<div class="radios">
				{screen.options.map((option) => {
					const id = fieldDomId(screen.id, option);
					const optionHint = has(s, `options.${screen.id}-hints.${option}`) ? lookup(s, `options.${screen.id}-hints.${option}`) : undefined;
					const isLikely = likely.includes(option as BanReason);
					const why = isLikely ? lookup(s, `screens.diagnosis.why.${option}`) : undefined;
					return (
						<div class="radio" key={option}>
							<input
								type="radio"
								id={id}
								name={screen.id}
								value={option}
								checked={value === option}
								aria-describedby={optionHint || why ? `${id}-hint` : undefined}
								onChange={() => onAnswer(screen.id, option)}
							/>
							<label for={id}>
								{optionLabel(s, screen, option)}
								{isLikely && <strong class="tag">{s.screens.diagnosis.likely}</strong>}
							</label>
							{(optionHint || why) && (
								<p class="hint" id={`${id}-hint`}>
									{why ?? optionHint}
								</p>
							)}
						</div>
					);
				})}
			</div>
		</fieldset>
	);
}

export function FormView({ screen, answers, ctx, props, headingRef, errors, onAnswer }: ScreenProps & { screen: FormScreen }) {
	const s = props.strings;
	const hintKey = `screens.${screen.id}.hint`;
	const verbatim = screen.fields.some((f) => f.verbatim);
	return (
		<>
			<Heading text={lookup(s, `screens.${screen.id}.title`)} headingRef={headingRef} />
			{has(s, hintKey) && <p class="hint">{lookup(s, hintKey)}</p>}
			{verbatim && <p class="note">{s.verbatimNote}</p>}
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

/** The scam warning and "submit once, no new numbers", on every path that leads to an appeal. */
export function SafetyNote({ strings }: { strings: WizardStrings }) {
	return (
		<aside class="note safety no-print" aria-labelledby="safety-title">
			<h2 id="safety-title">{strings.safety.title}</h2>
			<TextList items={strings.safety.items} />
		</aside>
	);
}

function Illustration({ props, name, alt }: { props: WizardProps; name: string; alt: string }) {
	const src = `${props.illustrationBase}${name}.svg`;
	return (
		<a class="figure-link" href={src}>
			<img class="step-figure" src={src} alt={alt} width={640} height={400} />
		</a>
	);
}

export function InfoView({ screen, props, headingRef }: ScreenProps & { screen: InfoScreen }) {
	const s = props.strings;
	return (
		<>
			<Heading text={lookup(s, `screens.${screen.id}.title`)} headingRef={headingRef} />
			<Paragraphs items={lookupList(s, `screens.${screen.id}.body`)} />
			{screen.safety && <SafetyNote strings={s} />}
		</>
	);
}

export function OutcomeView({ screen, props, headingRef, dispatch }: ScreenProps & { screen: OutcomeScreen }) {
	const s = props.strings;
	return (
		<>
			<Heading text={lookup(s, `screens.${screen.id}.title`)} headingRef={headingRef} />
			<Paragraphs items={lookupList(s, `screens.${screen.id}.body`)} />
			{screen.illustration && <Illustration props={props} name={screen.illustration} alt={lookup(s, `screens.${screen.id}.alt`)} />}
			{screen.safety && <SafetyNote strings={s} />}
			<p class="actions">
				{screen.guide && (
					<a class="button" href={props.guideUrls[screen.guide]}>
						{s.guideLinks[screen.guide]}
					</a>
				)}
				{screen.restart !== false && (
					<button type="button" onClick={() => dispatch({ type: 'start-again' })}>
						{s.startAgain}
					</button>
				)}
			</p>
		</>
	);
}

export function HandoffView({ props, headingRef, children }: ScreenProps & { children: ComponentChildren }) {
	const h = props.strings.screens['hand-off'];
	return (
		<>
			<Heading text={h.title} headingRef={headingRef} />
			<Paragraphs items={h.body} />
			{children}
			<h2>{h.askTitle}</h2>
			<TextList items={h.ask} ordered />
			<p>{h.seeItYourself}</p>
			<SafetyNote strings={props.strings} />
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
