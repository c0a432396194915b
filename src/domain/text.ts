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
