import type { WizardStrings } from './types';

type Tree = { [key: string]: string | string[] | Tree };

/** Reads a dotted path in the wizard's strings; a missing key shows as the key (tests catch it). */
export function lookup(strings: WizardStrings, path: string): string {
	let node: unknown = strings;
	for (const part of path.split('.')) node = (node as Tree | undefined)?.[part];
	return typeof node === 'string' ? node : path;
}

export function lookupList(strings: WizardStrings, path: string): string[] {
	let node: unknown = strings;
	for (const part of path.split('.')) node = (node as Tree | undefined)?.[part];
	if (Array.isArray(node)) return node as string[];
	return typeof node === 'string' ? [node] : [];
}

export function has(strings: WizardStrings, path: string): boolean {
	return lookup(strings, path) !== path;
}
