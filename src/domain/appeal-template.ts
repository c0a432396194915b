import { generateAppeal, type AppealBlocks } from './appeal';
import { done, type Answers } from './flow';
import { correctiveActions, industries, type AppealReason } from './reasons';

export interface TemplatePlaceholders {
	businessName: string;
	displayName: string;
	phone: string;
	wabaId: string;
	use: string;
	industry: string;
}

/**
 * A fill-in-the-blanks appeal for one reason, for visitors without JavaScript: brackets where the
 * wizard would put their answers, and every corrective action of the reason to delete from.
 */
export function appealTemplate(reason: AppealReason, blocks: AppealBlocks, placeholders: TemplatePlaceholders): string {
	const answers: Answers = {
		'what-you-see': 'account-notice',
		reason: reason === 'unknown' ? 'not-sure' : reason,
		diagnosis: 'unknown',
		industry: industries[0],
		'industry-case': 'misclassified',
		'ai-case': 'business-bot',
		businessName: placeholders.businessName,
		displayName: placeholders.displayName,
		phone: placeholders.phone,
		wabaId: placeholders.wabaId,
		use: placeholders.use,
		actions: correctiveActions[reason],
		business: done,
	};
	const withPlaceholder: AppealBlocks = {
		...blocks,
		industries: Object.fromEntries(industries.map((i) => [i, placeholders.industry])) as AppealBlocks['industries'],
	};
	return generateAppeal(answers, withPlaceholder);
}
