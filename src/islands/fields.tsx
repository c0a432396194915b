import type { ComponentChildren } from 'preact';
import type { Answer, Field, OptionContext } from '../domain/flow/flow';
import { isRequired, toggleChoice } from '../domain/flow/validate';
import { fieldDomId, lookup, has } from './text';
import { RadioOption } from './radio-option';
import type { WizardStrings } from './types';

interface FieldProps {
	field: Field;
	value: Answer | undefined;
	error: string | undefined;
	ctx: OptionContext;
	strings: WizardStrings;
	onChange: (value: Answer) => void;
}

const inputTypes = {
	text: { type: 'text', autoComplete: 'off', inputMode: undefined },
	tel: { type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
	email: { type: 'email', autoComplete: 'email', inputMode: 'email' },
	url: { type: 'url', autoComplete: 'url', inputMode: 'url' },
	digits: { type: 'text', autoComplete: 'off', inputMode: 'numeric' },
} as const;

export function FieldView({ field, value, error, ctx, strings, onChange }: FieldProps) {
	const id = fieldDomId(field.id);
	const label = lookup(strings, `fields.${field.id}.label`);
	const hintKey = `fields.${field.id}.hint`;
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy = [has(strings, hintKey) ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
	// No space before full-width punctuation: "网站（选填）", "Website (optional)".
	const optional =
		isRequired(field, ctx) || field.kind === 'checkboxes' || field.kind === 'radios' ? '' : /^[\u3000-\u303f\uff01-\uff60]/.test(strings.optional) ? strings.optional : ` ${strings.optional}`;
	const hint = has(strings, hintKey) && (
		<p class="hint" id={hintId}>
			{lookup(strings, hintKey)}
		</p>
	);
	const errorText = error && (
		<p class="field-error" id={errorId}>
			<span class="visually-hidden">{strings.errorPrefix}</span>
			{error}
		</p>
	);

	/** A question with several options: its label, hint and error above them, as one group. */
	const group = (kind: 'checkboxes' | 'radios', options: ComponentChildren) => (
		<fieldset class={`field${error ? ' has-error' : ''}`} aria-describedby={describedBy}>
			<legend class="field-label">{label}</legend>
			{hint}
			{errorText}
			<div class={kind}>{options}</div>
		</fieldset>
	);

	if (field.kind === 'checkboxes') {
		const picked = Array.isArray(value) ? value : [];
		const options = field.options?.(ctx) ?? [];
		return group(
			'checkboxes',
			options.map((option, i) => (
				<div class="checkbox" key={option}>
					<input
						type="checkbox"
						id={i === 0 ? id : fieldDomId(field.id, option)}
						name={field.id}
						value={option}
						checked={picked.includes(option)}
						onChange={(e) => onChange(toggleChoice(field, picked, option, e.currentTarget.checked))}
					/>
					<label for={i === 0 ? id : fieldDomId(field.id, option)}>{lookup(strings, `options.${field.id}.${option}`)}</label>
				</div>
			)),
		);
	}

	if (field.kind === 'radios') {
		const options = field.options?.(ctx) ?? [];
		return group(
			'radios',
			options.map((option, i) => {
				const hintKey = `options.${field.id}-hints.${option}`;
				return (
					<RadioOption
						key={option}
						id={i === 0 ? id : fieldDomId(field.id, option)}
						name={field.id}
						value={option}
						checked={value === option}
						label={lookup(strings, `options.${field.id}.${option}`)}
						hint={has(strings, hintKey) ? lookup(strings, hintKey) : undefined}
						onPick={() => onChange(option)}
					/>
				);
			}),
		);
	}

	const text = typeof value === 'string' ? value : '';
	return (
		<div class={`field${error ? ' has-error' : ''}`}>
			<label class="field-label" for={id}>
				{label}
				{optional}
			</label>
			{hint}
			{errorText}
			{field.kind === 'textarea' ? (
				<textarea id={id} name={field.id} rows={4} value={text} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onInput={(e) => onChange(e.currentTarget.value)} />
			) : (
				<input
					id={id}
					name={field.id}
					value={text}
					{...inputTypes[field.kind]}
					spellcheck={false}
					aria-describedby={describedBy}
					aria-invalid={error ? true : undefined}
					onInput={(e) => onChange(e.currentTarget.value)}
				/>
			)}
		</div>
	);
}
