import { banReasons } from './reasons';
import { caseForms, caseQuestions, noticeForms, ownText } from './case-screens';
import { notSure, yesNo, type Condition } from './answers';
import type { ChoiceScreen, Field, Screen, StepScreen } from './screen';

/**
 * The appeal wizard as data: an ordered list of screens. A screen is shown when its `when`
 * condition holds; the walk (walk.ts) replays the answers from the first screen on every step.
 * Texts live in i18n resources under wizard.screens.<id>, wizard.options.<question>.<value>
 * and wizard.fields.<field>; nothing here is in any human language.
 *
 * The order: 1. the situation and what the notice says, 2. can you appeal and who files, 3. the case, 4. check your
 * answers, 5. the appeal text, 6. at Meta with the text in hand, 7. after you submit. The walk to
 * Meta's dialog comes after the text, so nobody keeps Meta's dialog open while filling in forms.
 */

export * from './answers';
export type * from './screen';

/**
 * What the visitor sees, in the order owners tend to meet it. Ids appear in URLs and saved state.
 * `paste` comes after every situation, before "not sure": who recognises their situation picks it
 * without reading further; who has only a code, a webhook or a notice's text meets the decoder
 * before giving up.
 */
export const situations = [
	'account-notice',
	'temporary-block',
	// A linked tool or a modified app often ends in the app's ban screen: its own option comes first, so the first fit is the one whose advice is right.
	'unofficial-tool',
	'business-app',
	'number-status',
	'delivery-only',
	'scam-offer',
	'paste',
	notSure,
] as const;
/** What the WhatsApp Business app shows; `?situation=` accepts these two as well. */
export const appScreens = ['timed-restriction', 'app-ban'] as const;

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
	// No label is confirmed for today's screen: the step says "select your account".
	{ step: 4, illustration: 'screen-d-account' },
	{ step: 5, illustration: 'screen-e-violation', label: 'Request Review' },
	{ step: 6, illustration: 'screen-f-request-dialog', label: 'Submit' },
];
export const walkStepCount = walkSteps.length;
export const walkStepId = (step: number) => `walk-${step}`;

/** Paths that lead to an appeal in Business Support Home. */
const appealing: Condition = { 'what-you-see': ['account-notice', 'temporary-block'] };
const notAdmin = ['agency', 'rented', notSure];
const situation = (...ids: string[]): Condition => ({ 'what-you-see': ids });

export const screens: readonly Screen[] = [
	// 1. The situation.
	{ id: 'what-you-see', kind: 'choice', options: situations },
	{ id: 'business-app', kind: 'choice', options: [...appScreens, notSure], when: situation('business-app') },
	{ id: 'outcome-timed-restriction', kind: 'outcome', guide: 'is-it-a-ban', when: { ...situation('business-app'), 'business-app': ['timed-restriction'] } },
	{ id: 'outcome-app-ban', kind: 'outcome', guide: 'is-it-a-ban', when: { ...situation('business-app'), 'business-app': ['app-ban'] } },
	{ id: 'outcome-app-screens', kind: 'outcome', guide: 'is-it-a-ban', when: { ...situation('business-app'), 'business-app': [notSure] } },
	{ id: 'connected-how', kind: 'choice', options: ['linked-device', 'modified-app', 'coexistence', notSure], when: situation('unofficial-tool') },
	{ id: 'outcome-unofficial-tool', kind: 'outcome', guide: 'is-it-a-ban', when: { ...situation('unofficial-tool'), 'connected-how': ['linked-device', 'modified-app'] } },
	{ id: 'outcome-coexistence', kind: 'outcome', when: { ...situation('unofficial-tool'), 'connected-how': ['coexistence'] } },
	{ id: 'outcome-connection-unsure', kind: 'outcome', when: { ...situation('unofficial-tool'), 'connected-how': [notSure] } },
	{ id: 'outcome-number-status', kind: 'outcome', guide: 'is-it-a-ban', when: situation('number-status') },
	{ id: 'outcome-delivery-only', kind: 'outcome', guide: 'is-it-a-ban', when: situation('delivery-only') },
	{ id: 'outcome-scam-offer', kind: 'outcome', guide: 'unban-scams', when: situation('scam-offer') },
	{ id: 'paste', kind: 'outcome', decoder: true, restart: false, when: situation('paste') },
	{ id: 'outcome-where-to-look', kind: 'outcome', guide: 'is-it-a-ban', when: situation(notSure) },
	// What the notice says, before anything else is asked: the policy, the date, the disable date.
	...noticeForms(situation('account-notice'), situation('temporary-block')),

	// 2. Can you appeal, and who files.
	{ id: 'admin', kind: 'choice', options: ['yes', ...notAdmin], when: appealing },
	{ id: 'not-admin', kind: 'info', when: { ...appealing, admin: ['agency'] } },
	{ id: 'rented-number', kind: 'info', when: { ...appealing, admin: ['rented'] } },
	{ id: 'admin-unsure', kind: 'info', when: { ...appealing, admin: [notSure] } },
	{ id: 'meta-offers', kind: 'choice', options: ['request-review', 'in-review', 'unchanged', 'acknowledge-only', 'no-button', 'not-looked'], when: appealing },
	// Nothing is written before the violation is read: where to look, then the question again.
	{ id: 'look-first', kind: 'info', asksAgain: 'meta-offers', when: { ...appealing, 'meta-offers': ['not-looked'] } },
	{ id: 'outcome-in-review', kind: 'outcome', guide: 'request-review', illustration: 'screen-g-in-review', safety: 'appeal', when: { ...appealing, 'meta-offers': ['in-review'] } },
	{ id: 'review-unchanged', kind: 'info', safety: 'appeal', when: { ...appealing, 'meta-offers': ['unchanged'] } },
	{ id: 'outcome-acknowledge-only', kind: 'outcome', safety: 'no-appeal', guide: 'request-review', when: { ...appealing, 'meta-offers': ['acknowledge-only'] } },
	{ id: 'outcome-no-review', kind: 'outcome', safety: 'no-appeal', guide: 'request-review', when: { ...situation('account-notice'), 'meta-offers': ['no-button'], admin: ['yes'] } },
	{ id: 'outcome-temporary-wait', kind: 'outcome', safety: 'no-appeal', guide: 'is-it-a-ban', when: { ...situation('temporary-block'), 'meta-offers': ['no-button'], admin: ['yes'] } },
	{ id: 'no-button-not-admin', kind: 'info', when: { ...appealing, 'meta-offers': ['no-button'], admin: notAdmin } },

	// 3. The case.
	{ id: 'reason', kind: 'choice', options: [...banReasons, notSure], when: appealing },
	...diagnoseQuestions.map(
		(id): ChoiceScreen =>
			id === 'diagnose-source'
				? // A QR scan can be Meta's own Coexistence sign-up, which is official: it gets its own answer.
					{ id, kind: 'choice', options: ['yes', 'coexistence', 'no', notSure], when: { ...appealing, reason: [notSure] } }
				: { id, kind: 'choice', options: yesNo, optionsKey: 'yes-no', when: { ...appealing, reason: [notSure] } },
	),
	{
		id: 'diagnosis',
		kind: 'choice',
		options: [...banReasons, 'unknown'],
		when: { ...appealing, reason: [notSure] },
	},
	...caseQuestions(appealing),
	...caseForms(appealing),

	// 4. Check your answers, 5. the appeal text.
	{ id: 'check', kind: 'check', when: appealing, unless: ownText },
	{ id: 'result', kind: 'result', when: appealing, unless: ownText },

	// 6. At Meta, with the text in hand.
	{ id: 'hand-off', kind: 'handoff', when: { ...appealing, admin: notAdmin } },
	{ id: 'at-meta', kind: 'info', skipToDialog: true, safety: 'appeal', when: appealing },
	...walkSteps.map((s): StepScreen => ({ ...s, id: walkStepId(s.step), kind: 'step', when: appealing })),

	// 7. After you submit.
	{ id: 'after-submit', kind: 'outcome', guide: 'request-review', illustration: 'screen-g-in-review', safety: 'appeal', restart: false, when: appealing },
];

export function screenById(id: string): Screen | undefined {
	return screens.find((s) => s.id === id);
}

export function allFields(): Field[] {
	return screens.flatMap((s) => (s.kind === 'form' ? [...s.fields] : []));
}
