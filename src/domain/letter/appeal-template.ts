import { composeLetter, type AppealBlocks } from './appeal';
import { done, type Answers } from '../flow/flow';
import { correctiveActions, industries, type AppealReason } from '../flow/reasons';

export interface TemplatePlaceholders {
	businessName: string;
	displayName: string;
	phone: string;
	wabaId: string;
	sells: string;
	use: string;
	industry: string;
}

/**
 * A fill-in-the-blanks appeal for one reason, for visitors without JavaScript: brackets where the
 * wizard would put their answers, and every corrective action of the reason to delete from. It
 * names no policy and says nothing about consent or what went wrong: those the visitor adds.
 */
export function appealTemplate(reason: AppealReason, blocks: AppealBlocks, placeholders: TemplatePlaceholders): string {
	const answers: Answers = {
		'what-you-see': 'account-notice',
		reason: reason === 'unknown' ? 'not-sure' : reason,
		diagnosis: 'unknown',
		policy: 'not-named',
		industry: industries[0],
		'industry-case': 'stopped',
		'ai-case': 'stopped',
		businessName: placeholders.businessName,
		displayName: placeholders.displayName,
		phone: placeholders.phone,
		wabaId: placeholders.wabaId,
		sells: placeholders.sells,
		use: placeholders.use,
		actions: correctiveActions[reason],
		business: done,
	};
	const withPlaceholder: AppealBlocks = {
		...blocks,
		terms: { ...blocks.terms, industry: Object.fromEntries(industries.map((i) => [i, placeholders.industry])) },
	};
	return composeLetter(answers, withPlaceholder, 'full').text;
}
