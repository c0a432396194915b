/**
 * Fills {{name}} slots in one pass. Values are inserted as they are and never re-read, so text a
 * visitor typed that happens to contain "{{…}}" stays exactly as typed.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{\{(\w+)\}\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot));
}

/** Two pieces of text side by side: a space between them, except after full-width punctuation. */
export function besides(first: string, second: string): string {
	return /[\u3000-\u303f\uff01-\uff60]$/.test(first) ? first + second : `${first} ${second}`;
}

/** "a, b and c" with the language's own separators (the appeal blocks carry them). */
export function joinList(items: readonly string[], separators: { listSeparator: string; listLastSeparator: string }): string {
	if (items.length < 2) return items.join('');
	return `${items.slice(0, -1).join(separators.listSeparator)}${separators.listLastSeparator}${items[items.length - 1]}`;
}
