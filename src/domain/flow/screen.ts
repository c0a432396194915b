import type { Condition } from './answers';
import type { AppealReason } from './reasons';

/** The shapes of the wizard's screens and fields (the screens themselves are in flow.ts and case-screens.ts). */
export interface OptionContext {
	reason: AppealReason;
}

export type FieldKind = 'text' | 'tel' | 'email' | 'url' | 'digits' | 'textarea' | 'checkboxes' | 'radios';
export type FieldCheck = 'phone' | 'digits' | 'url' | 'email';

export interface Field {
	id: string;
	kind: FieldKind;
	/** Required always, or for some cases only (e.g. some reasons). */
	required?: boolean | ((ctx: OptionContext) => boolean);
	maxLength?: number;
	check?: FieldCheck;
	/** For checkboxes and radios. */
	options?: (ctx: OptionContext) => readonly string[];
	/** Checkbox values that exclude every other ("we don't know"). */
	exclusive?: readonly string[];
	/** For checkboxes: this free-text field counts as an answer too. */
	orText?: string;
	/** Typed text goes into the appeal as it is, untranslated: the screen says so. */
	verbatim?: boolean;
}

/** Guide pages a screen may link to, by slug. */
export type GuidePage = 'is-it-a-ban' | 'request-review' | 'unban-scams';

interface ScreenBase {
	id: string;
	when?: Condition;
	/** Hidden when any of these holds, e.g. the forms where the visitor writes their own text. */
	unless?: readonly Condition[];
}
export interface ChoiceScreen extends ScreenBase {
	kind: 'choice';
	options: readonly string[];
	/** Where the option texts are, when shared with other questions (default: the screen id). */
	optionsKey?: string;
}
export interface FormScreen extends ScreenBase {
	kind: 'form';
	fields: readonly Field[];
	/** Asks the appeal's language before anything is typed for it (issue 23.2); it defaults to the page's. */
	asksAppealLanguage?: true;
}
/** Where an appeal is filed the note adds "submit once"; where none can be, owners still meet paid "unban" offers. */
export type SafetyNote = 'appeal' | 'no-appeal';
export interface InfoScreen extends ScreenBase {
	kind: 'info';
	/** Offers "I'm already at Meta's dialog", which skips to the last step of the walk. */
	skipToDialog?: boolean;
	/** Shows the scam warning, and on appeal paths "submit once, no new numbers". */
	safety?: SafetyNote;
	/** Continue clears this question's answer and asks it again (after "where to look"). */
	asksAgain?: string;
}
/** One step of the walk to Request Review. */
export interface StepScreen extends ScreenBase {
	kind: 'step';
	step: number;
	illustration: string;
	/** Meta's English interface label to look for; none where today's label is not confirmed. */
	label?: string;
}
/**
 * The end of a path: no appeal in Business Support Home, the appeal is sent, or the decoder,
 * whose result leads back into the wizard with the situation (and reason) preset in the address.
 */
export interface OutcomeScreen extends ScreenBase {
	kind: 'outcome';
	/** Shows the decoder panel, loaded when the screen opens (see islands/wizard-decoder.ts). */
	decoder?: boolean;
	guide?: GuidePage;
	illustration?: string;
	safety?: SafetyNote;
	/** "Start again" is offered unless this is false. */
	restart?: boolean;
}
export interface CheckScreen extends ScreenBase {
	kind: 'check';
}
export interface ResultScreen extends ScreenBase {
	kind: 'result';
}
/** For a visitor who may not see Request Review: the text to pass on, and what to ask. */
export interface HandoffScreen extends ScreenBase {
	kind: 'handoff';
}
export type Screen = ChoiceScreen | FormScreen | InfoScreen | StepScreen | OutcomeScreen | CheckScreen | ResultScreen | HandoffScreen;
