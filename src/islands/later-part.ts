import type { AppealBlocks } from '../domain/letter/appeal';
import { joinWizardStrings } from '../domain/flow/wizard-join';
import type { WizardProps, WizardStrings } from './types';

/** What the wizard needs beyond its first screen: the code that writes the appeal, and the text. */
export interface LaterPart {
	views: typeof import('./later-views');
	strings: WizardStrings;
}

async function json<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${response.status} ${url}`);
	return (await response.json()) as T;
}

let later: Promise<LaterPart> | undefined;
const letters = new Map<string, Promise<AppealBlocks>>();

/** Starts loading once; a failed load may be tried again. */
export function loadLater(props: WizardProps): Promise<LaterPart> {
	later ??= Promise.all([import('./later-views'), json<Record<string, unknown>>(props.partUrls.strings)]).then(([views, rest]) => ({
		views,
		strings: joinWizardStrings(props.strings, rest),
	}));
	later.catch(() => (later = undefined));
	return later;
}

export function loadLetter(props: WizardProps, locale: string): Promise<AppealBlocks> {
	let letter = letters.get(locale);
	if (!letter) {
		letter = json<AppealBlocks>(props.partUrls.letters[locale]!);
		letters.set(locale, letter);
		letter.catch(() => letters.delete(locale));
	}
	return letter;
}
