import { aiCases, correctiveActions, industries, industryCases, notApplicable, optInMethods, policies, stillOffering, wentWrongChoices } from './reasons';
import { dontKnow, type Condition } from './answers';
import type { ChoiceScreen, Field, FormScreen, InfoScreen, ResultScreen } from './screen';

/**
 * The visitor's case: the questions that follow the reason and the forms whose answers the appeal
 * text is built from. `appealing` is the flow's condition for paths that lead to an appeal;
 * flow.ts places these screens in its order.
 *
 * A case the policy bars and the visitor still offers ends in its own result screen
 * (`still-offering`, `ai-still-offering`): no letter is written, the visitor may write their own.
 */
export function caseQuestions(appealing: Condition): (ChoiceScreen | InfoScreen | ResultScreen)[] {
	const industry = { ...appealing, 'effective-reason': ['restricted-industry'] };
	const ai = { ...appealing, 'effective-reason': ['ai-assistant'] };
	return [
		{ id: 'industry', kind: 'choice', options: industries, when: industry },
		{ id: 'industry-case', kind: 'choice', options: industryCases, when: industry },
		// Before any text: Meta decides the category; the 2024 exception; commerce features are not messaging.
		{ id: 'industry-notice', kind: 'info', when: { ...industry, 'industry-case': industryCases } },
		{ id: 'still-offering', kind: 'result', when: { ...industry, 'industry-case': [stillOffering] } },
		{ id: 'ai-case', kind: 'choice', options: aiCases, when: ai },
		{ id: 'ai-still-offering', kind: 'result', when: { ...ai, 'ai-case': [stillOffering] } },
	];
}

/**
 * What Meta's notice says, asked first: the policy it names, its date and, for an account, the date
 * it will be disabled. The appeal's first line names them; the diagnosis is asked only when the
 * reason is unknown. A temporary block has no disable date, so it has its own form.
 */
export function noticeForms(accountNotice: Condition, temporaryBlock: Condition): FormScreen[] {
	const policy: Field = { id: 'policy', kind: 'radios', required: true, options: () => policies };
	const noticeDate: Field = { id: 'noticeDate', kind: 'text', maxLength: 100, verbatim: true };
	return [
		{ id: 'notice', kind: 'form', when: accountNotice, fields: [policy, noticeDate, { id: 'disableDate', kind: 'text', maxLength: 100, verbatim: true }] },
		{ id: 'restriction-notice', kind: 'form', when: temporaryBlock, fields: [policy, noticeDate, { id: 'restrictionEnd', kind: 'text', maxLength: 100, verbatim: true }] },
	];
}

/** Cases that end in the visitor's own text: the forms, the check and the written letter are skipped. */
export const ownText: readonly Condition[] = [
	{ 'effective-reason': ['restricted-industry'], 'industry-case': [stillOffering] },
	{ 'effective-reason': ['ai-assistant'], 'ai-case': [stillOffering] },
];

/** Reasons whose appeal needs to say what the business does and sells. */
const aboutRequiredFor: readonly string[] = ['restricted-industry', 'template-misclassification'];

export function caseForms(appealing: Condition): FormScreen[] {
	const forms: FormScreen[] = [
		{
			id: 'business',
			kind: 'form',
			when: appealing,
			asksAppealLanguage: true,
			fields: [
				{ id: 'businessName', kind: 'text', required: true, maxLength: 200, verbatim: true },
				{ id: 'displayName', kind: 'text', required: true, maxLength: 200, verbatim: true },
				{ id: 'phone', kind: 'tel', required: true, maxLength: 40, check: 'phone' },
				{ id: 'wabaId', kind: 'digits', maxLength: 40, check: 'digits' },
				{ id: 'portfolioId', kind: 'digits', maxLength: 40, check: 'digits' },
				{ id: 'website', kind: 'url', maxLength: 300, check: 'url' },
				{ id: 'email', kind: 'email', maxLength: 200, check: 'email' },
			],
		},
		{
			id: 'about',
			kind: 'form',
			when: appealing,
			fields: [
				{ id: 'sells', kind: 'textarea', required: ({ reason }) => aboutRequiredFor.includes(reason), maxLength: 2000, verbatim: true },
				{ id: 'licence', kind: 'text', maxLength: 300, verbatim: true },
			],
		},
		{
			id: 'messaging',
			kind: 'form',
			when: appealing,
			fields: [
				{ id: 'use', kind: 'textarea', required: true, maxLength: 5000, verbatim: true },
				{
					id: 'optIn',
					kind: 'checkboxes',
					required: true,
					// "Don't know" and "not applicable" come last and give no consent sentence.
					options: () => [...optInMethods, dontKnow, notApplicable],
					exclusive: [dontKnow, notApplicable],
					orText: 'optInOther',
				},
				{ id: 'optInOther', kind: 'textarea', maxLength: 5000, verbatim: true },
			],
		},
		{
			id: 'went-wrong',
			kind: 'form',
			when: appealing,
			fields: [
				{
					id: 'wentWrong',
					kind: 'checkboxes',
					required: true,
					options: ({ reason }) => [...wentWrongChoices[reason], dontKnow],
					exclusive: [dontKnow],
					orText: 'wentWrongOther',
				},
				{ id: 'wentWrongOther', kind: 'textarea', maxLength: 5000, verbatim: true },
				// What went wrong and what changed since sit on one screen: the letter tells them as one story.
				{ id: 'actions', kind: 'checkboxes', options: ({ reason }) => correctiveActions[reason] },
				{ id: 'actionsOther', kind: 'textarea', maxLength: 5000, verbatim: true },
			],
		},
	];
	return forms.map((form) => ({ ...form, unless: ownText }));
}
