import { banReasons, type AppealReason } from './reasons';
import { caseForms, caseQuestions } from './case-screens';

/**
 * The appeal wizard as data: an ordered list of screens. A screen is shown when its `when`
 * condition holds; the walk (walk.ts) replays the answers from the first screen on every step.
 * Texts live in i18n resources under wizard.screens.<id>, wizard.options.<question>.<value>
 * and wizard.fields.<field>; nothing here is in any human language.
 */

export type Answer = string | readonly string[];
export type Answers = Readonly<Record<string, Answer>>;

/** Every key must hold one of its listed values. `reason` is the effective reason (see walk.ts). */
export type Condition = Readonly<Record<string, readonly string[]>>;

export interface OptionContext {
	reason: AppealReason;
}

export type FieldKind = 'text' | 'tel' | 'email' | 'url' | 'digits' | 'textarea' | 'checkboxes';
export type FieldCheck = 'phone' | 'digits' | 'url' | 'email';

export interface Field {
	id: string;
	kind: FieldKind;
	/** Required always, or for some cases only (e.g. some reasons). */
	required?: boolean | ((ctx: OptionContext) => boolean);
	maxLength?: number;
	check?: FieldCheck;
	/** For checkboxes. */
	options?: (ctx: OptionContext) => readonly string[];
	/** Checkbox values that exclude every other ("we don't know"). */
	exclusive?: readonly string[];
	/** For checkboxes: this free-text field counts as an answer too. */
	orText?: string;
	/** Typed text goes into the appeal as it is, untranslated: the screen says so. */
	verbatim?: boolean;
}

interface ScreenBase {
	id: string;
	when?: Condition;
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
}
export interface InfoScreen extends ScreenBase {
	kind: 'info';
}
/** One step of the walk to Request Review. */
export interface StepScreen extends ScreenBase {
	kind: 'step';
	step: number;
	illustration: string;
	/** Meta's English interface label to look for. */
	label: string;
}
/** The end of the road for cases with no appeal in Business Support Home. */
export interface OutcomeScreen extends ScreenBase {
	kind: 'outcome';
}
export interface CheckScreen extends ScreenBase {
	kind: 'check';
}
export interface ResultScreen extends ScreenBase {
	kind: 'result';
}
export type Screen = ChoiceScreen | FormScreen | InfoScreen | StepScreen | OutcomeScreen | CheckScreen | ResultScreen;

export const notSure = 'not-sure';
export const yesNo = ['yes', 'no', notSure] as const;
export const dontKnow = 'dont-know';
export const done = 'done';

/** The yes/no questions asked when the visitor does not know the reason. */
export const diagnoseQuestions = [
	'diagnose-opt-in',
	'diagnose-volume',
	'diagnose-source',
	'diagnose-industry',
	'diagnose-templates',
	'diagnose-ai',
] as const;

const walkSteps: readonly Omit<StepScreen, 'kind' | 'id'>[] = [
	{ step: 1, illustration: 'screen-a-business-suite', label: 'All tools' },
	{ step: 2, illustration: 'screen-b-all-tools', label: 'Business Support Home' },
	{ step: 3, illustration: 'screen-c-support-home', label: 'Account Overview' },
	{ step: 4, illustration: 'screen-d-account', label: 'WhatsApp accounts' },
	{ step: 5, illustration: 'screen-e-violation', label: 'Request Review' },
	{ step: 6, illustration: 'screen-f-request-dialog', label: 'Submit' },
];
export const walkStepCount = walkSteps.length;

const appealing: Condition = { 'what-you-see': ['account-notice', 'temporary-block'] };

export const screens: readonly Screen[] = [
	{
		id: 'what-you-see',
		kind: 'choice',
		options: ['account-notice', 'temporary-block', 'business-app', 'delivery-only', notSure],
	},
	{ id: 'outcome-business-app', kind: 'outcome', when: { 'what-you-see': ['business-app'] } },
	{ id: 'outcome-delivery-only', kind: 'outcome', when: { 'what-you-see': ['delivery-only'] } },
	{ id: 'outcome-where-to-look', kind: 'outcome', when: { 'what-you-see': [notSure] } },
	{ id: 'temporary-block', kind: 'choice', options: yesNo, when: { 'what-you-see': ['temporary-block'] } },
	{
		id: 'outcome-temporary-wait',
		kind: 'outcome',
		when: { 'what-you-see': ['temporary-block'], 'temporary-block': ['no', notSure] },
	},
	{ id: 'reason', kind: 'choice', options: [...banReasons, notSure], when: appealing },
	...diagnoseQuestions.map(
		(id): ChoiceScreen => ({
			id,
			kind: 'choice',
			options: yesNo,
			optionsKey: 'yes-no',
			when: { ...appealing, reason: [notSure] },
		}),
	),
	{
		id: 'diagnosis',
		kind: 'choice',
		options: [...banReasons, 'unknown'],
		when: { ...appealing, reason: [notSure] },
	},
	...caseQuestions(appealing),
	{ id: 'admin', kind: 'choice', options: ['yes', 'agency', notSure], when: appealing },
	{ id: 'not-admin', kind: 'info', when: { ...appealing, admin: ['agency', notSure] } },
	{ id: 'have-ready', kind: 'info', when: appealing },
	...walkSteps.map((s): StepScreen => ({ ...s, id: `walk-${s.step}`, kind: 'step', when: appealing })),
	...caseForms(appealing),
	{ id: 'check', kind: 'check', when: appealing },
	{ id: 'result', kind: 'result', when: appealing },
];

export function screenById(id: string): Screen | undefined {
	return screens.find((s) => s.id === id);
}

export function allFields(): Field[] {
	return screens.flatMap((s) => (s.kind === 'form' ? [...s.fields] : []));
}
