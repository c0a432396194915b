/**
 * Fills {{name}} slots in one pass. Values are inserted as they are and never re-read, so text a
 * visitor typed that happens to contain "{{…}}" stays exactly as typed.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{\{(\w+)\}\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot));
}
