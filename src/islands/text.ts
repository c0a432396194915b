import type { WizardStrings } from './types';

type Tree = { [key: string]: string | string[] | Tree };

function at(strings: WizardStrings, path: string): unknown {
	return path.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], strings);
}

/** Reads a dotted path in the wizard's strings; a missing key shows as the key (tests catch it). */
export function lookup(strings: WizardStrings, path: string): string {
	const node = at(strings, path);
	return typeof node === 'string' ? node : path;
}

export function lookupList(strings: WizardStrings, path: string): string[] {
	const node = at(strings, path);
	if (Array.isArray(node)) return node as string[];
	return typeof node === 'string' ? [node] : [];
}

/** The node at a dotted path, whatever it is (for data that is not one string or one list). */
export function subtree(strings: WizardStrings, path: string): unknown {
	return at(strings, path);
}

export function has(strings: WizardStrings, path: string): boolean {
	return typeof at(strings, path) === 'string';
}

/** The id of a field's input (or of one option's), for labels and the error summary's links. */
export function fieldDomId(fieldId: string, option?: string): string {
	return option ? `field-${fieldId}-${option}` : `field-${fieldId}`;
}
