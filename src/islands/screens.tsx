import type { Ref } from 'preact';
import type { Answer, Answers, ChoiceScreen, OptionContext, Screen } from '../domain/flow/flow';
import type { BanReason } from '../domain/flow/reasons';
import type { WizardEvent } from '../domain/flow/wizard-reducer';
import { fieldDomId, has, lookup } from './text';
import { RadioOption } from './radio-option';
import type { WizardProps, WizardStrings } from './types';

export interface ScreenProps {
	screen: Screen;
	answers: Answers;
	ctx: OptionContext;
	props: WizardProps;
	headingRef: Ref<HTMLHeadingElement>;
	errors: Record<string, string>;
	/** The language the appeal will be written in: the page's until the owner picks another. */
	appealLocale: string;
	onAnswer: (key: string, value: Answer) => void;
	onChange: (screenId: string) => void;
	dispatch: (event: WizardEvent) => void;
	/** On the diagnosis screen, the reasons the answers point to (from the flow's code, which the first screen does without). */
	likely?: readonly BanReason[];
}

export function Heading({ text, headingRef }: { text: string; headingRef: Ref<HTMLHeadingElement> }) {
	return (
		<h1 tabIndex={-1} ref={headingRef}>
			{text}
		</h1>
	);
}

export function Paragraphs({ items }: { items: string[] }) {
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

export function optionLabel(strings: WizardStrings, screen: ChoiceScreen, option: string): string {
	return lookup(strings, `options.${screen.optionsKey ?? screen.id}.${option}`);
}

export function ChoiceView({ screen, answers, props, headingRef, errors, onAnswer, likely = [] }: ScreenProps & { screen: ChoiceScreen }) {
	const s = props.strings;
	const value = answers[screen.id];
	const hintKey = `screens.${screen.id}.hint`;
	const error = errors[screen.id];
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
						<RadioOption
							key={option}
							id={id}
							name={screen.id}
							value={option}
							checked={value === option}
							label={
								<>
									{optionLabel(s, screen, option)}
									{isLikely && <strong class="tag">{s.screens.diagnosis.likely}</strong>}
								</>
							}
							hint={why ?? optionHint}
							onPick={() => onAnswer(screen.id, option)}
						/>
					);
				})}
			</div>
		</fieldset>
	);
}


