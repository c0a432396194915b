/**
 * Joins the two parts of the wizard's text (wizard-parts.ts splits them): its own module, with no
 * import of the flow, because the island's first chunk joins them when the rest arrives.
 */
type Strings = Record<string, unknown>;

/** Groups with one entry per screen, question or field: the only groups split by screen. */
export const perScreen = ['screens', 'options', 'fields'] as const;
/** Groups of which the first screen needs one entry: Continue with nothing chosen. */
export const firstLoadEntries: Record<string, readonly string[]> = { errors: ['choose-one'] };

export function joinWizardStrings<T extends Strings>(first: T, rest: Strings): T {
	const joined: Strings = { ...first, ...rest };
	for (const key of [...perScreen, ...Object.keys(firstLoadEntries)]) if (key in first || key in rest) joined[key] = { ...((first[key] ?? {}) as Strings), ...((rest[key] ?? {}) as Strings) };
	return joined as T;
}
