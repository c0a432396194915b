import type { ComponentChildren } from 'preact';

interface RadioOptionProps {
	id: string;
	name: string;
	value: string;
	checked: boolean;
	label: ComponentChildren;
	/** Said under the label and read with the option. */
	hint?: string | undefined;
	onPick: () => void;
}

/** One option of a single-answer question: a choice screen's or a radio field's. */
export function RadioOption({ id, name, value, checked, label, hint, onPick }: RadioOptionProps) {
	return (
		<div class="radio">
			<input type="radio" id={id} name={name} value={value} checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={onPick} />
			<label for={id}>{label}</label>
			{hint && (
				<p class="hint" id={`${id}-hint`}>
					{hint}
				</p>
			)}
		</div>
	);
}
