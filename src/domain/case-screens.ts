import { aiCases, correctiveActions, industries, industryCases, optInMethods, wentWrongChoices } from './reasons';
import { dontKnow, type ChoiceScreen, type Condition, type FormScreen, type InfoScreen } from './flow';

/**
 * The visitor's case: the questions that follow the reason (industry, AI assistant) and the forms
 * whose answers the appeal text is built from. `appealing` is the flow's condition for paths that
 * lead to an appeal; flow.ts places these screens in its order.
 */
export function caseQuestions(appealing: Condition): (ChoiceScreen | InfoScreen)[] {
	return [
		{ id: 'industry', kind: 'choice', options: industries, when: { ...appealing, 'effective-reason': ['restricted-industry'] } },
		{
			id: 'industry-case',
			kind: 'choice',
			options: industryCases,
			when: { ...appealing, 'effective-reason': ['restricted-industry'] },
		},
		{
			id: 'still-offering',
			kind: 'info',
			when: { ...appealing, 'effective-reason': ['restricted-industry'], 'industry-case': ['still-offering'] },
		},
		{ id: 'ai-case', kind: 'choice', options: aiCases, when: { ...appealing, 'effective-reason': ['ai-assistant'] } },
	];
}

export function caseForms(appealing: Condition): FormScreen[] {
	return [
		{
			id: 'business',
			kind: 'form',
			when: appealing,
			fields: [
				{ id: 'businessName', kind: 'text', required: true, maxLength: 200, verbatim: true },
				{ id: 'displayName', kind: 'text', required: true, maxLength: 200, verbatim: true },
				{ id: 'phone', kind: 'tel', required: true, maxLength: 40, check: 'phone' },
				{ id: 'wabaId', kind: 'digits', required: true, maxLength: 40, check: 'digits' },
				{ id: 'portfolioId', kind: 'digits', maxLength: 40, check: 'digits' },
				{ id: 'website', kind: 'url', maxLength: 300, check: 'url' },
				{ id: 'email', kind: 'email', maxLength: 200, check: 'email' },
			],
		},
		{
			id: 'messaging',
			kind: 'form',
			when: appealing,
			fields: [
				{ id: 'use', kind: 'textarea', required: true, maxLength: 5000, verbatim: true },
				{ id: 'optIn', kind: 'checkboxes', required: true, options: () => optInMethods, orText: 'optInOther' },
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
					exclusive: dontKnow,
					orText: 'wentWrongOther',
				},
				{ id: 'wentWrongOther', kind: 'textarea', maxLength: 5000, verbatim: true },
			],
		},
		{
			id: 'changes',
			kind: 'form',
			when: appealing,
			fields: [
				{ id: 'actions', kind: 'checkboxes', options: ({ reason }) => correctiveActions[reason] },
				{ id: 'actionsOther', kind: 'textarea', maxLength: 5000, verbatim: true },
			],
		},
	];
}
