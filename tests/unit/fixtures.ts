import { done, type Answers } from '../../src/domain/flow/flow';
import type { AppealReason } from '../../src/domain/flow/reasons';

/** A complete set of answers for one reason, up to the check screen. */
export function completeAnswers(reason: AppealReason, extra: Record<string, string | string[]> = {}): Answers {
	return {
		'what-you-see': 'account-notice',
		notice: done,
		'restriction-notice': done,
		admin: 'yes',
		'meta-offers': 'request-review',
		reason: reason === 'unknown' ? 'not-sure' : reason,
		...(reason === 'unknown'
			? { 'diagnose-opt-in': 'yes', 'diagnose-volume': 'no', 'diagnose-source': 'no', 'diagnose-industry': 'no', 'diagnose-templates': 'no', 'diagnose-ai': 'no', diagnosis: 'unknown' }
			: {}),
		policy: 'business-messaging-policy',
		...(reason === 'restricted-industry' ? { industry: 'alcohol', 'industry-case': 'stopped', 'industry-notice': done } : {}),
		...(reason === 'ai-assistant' ? { 'ai-case': 'business-bot' } : {}),
		businessName: 'Harbour Tea House',
		displayName: 'Harbour Tea',
		phone: '+85291234567',
		wabaId: '104958372615',
		sells: 'tea, cakes and gift boxes from our tea house in Sheung Wan',
		use: 'order updates and table bookings for our customers',
		optIn: ['checkout-checkbox', 'messaged-first'],
		wentWrong: ['dont-know'],
		business: done,
		about: done,
		messaging: done,
		'went-wrong': done,
		actions: [],
		...extra,
	} as Answers;
}
