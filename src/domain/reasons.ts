/** Why Meta restricted the account, as the visitor picks it. Ids appear in URLs and saved state. */
export const banReasons = [
	'promotional-volume',
	'unsolicited-messages',
	'unofficial-access',
	'restricted-industry',
	'template-misclassification',
	'ai-assistant',
] as const;
export type BanReason = (typeof banReasons)[number];

/** `unknown`: the visitor could not tell, even after the diagnosis questions. */
export type AppealReason = BanReason | 'unknown';
export const appealReasons: readonly AppealReason[] = [...banReasons, 'unknown'];

export function isBanReason(value: unknown): value is BanReason {
	return typeof value === 'string' && (banReasons as readonly string[]).includes(value);
}

/** The restricted goods and services of WhatsApp's Business Messaging Policy. */
export const industries = [
	'firearms',
	'alcohol-tobacco',
	'drugs',
	'medical-healthcare',
	'endangered-species',
	'live-animals',
	'hazardous-goods',
	'currency-crypto',
	'body-parts',
	'deceptive-business-models',
	'gambling',
	'adult',
	'dating',
	'multi-level-marketing',
	'lending-debt',
] as const;
export type Industry = (typeof industries)[number];

export const industryCases = ['misclassified', 'stopped', 'still-offering'] as const;
export const aiCases = ['business-bot', 'stopped'] as const;

/** What the visitor may admit went wrong, offered per reason ("we don't know" is always offered). */
export const wentWrongChoices: Record<AppealReason, readonly string[]> = {
	'promotional-volume': ['sent-too-often', 'too-promotional', 'no-opt-out'],
	'unsolicited-messages': ['bought-list', 'imported-contacts', 'no-opt-in-record'],
	'unofficial-access': ['unofficial-tool', 'reseller-number'],
	'restricted-industry': ['restricted-items-listed', 'profile-unclear'],
	'template-misclassification': ['marketing-as-utility', 'category-unclear'],
	'ai-assistant': ['general-assistant-offered', 'bot-scope-unclear'],
	unknown: ['sent-too-often', 'bought-list', 'no-opt-out'],
};

/** Corrective actions offered per reason. */
export const correctiveActions: Record<AppealReason, readonly string[]> = {
	'promotional-volume': ['frequency-reduced', 'content-reviewed', 'opt-out-added', 'audience-narrowed'],
	'unsolicited-messages': ['purchased-lists-deleted', 'opt-in-records-kept', 'opt-in-only', 'opt-out-added'],
	'unofficial-access': ['moved-to-official-provider', 'unofficial-tool-removed', 'number-ownership-confirmed'],
	'restricted-industry': ['restricted-items-removed', 'profile-updated', 'website-updated'],
	'template-misclassification': ['templates-resubmitted', 'templates-reviewed', 'team-trained'],
	'ai-assistant': ['general-assistant-withdrawn', 'bot-scope-limited', 'bot-disclosure-added'],
	unknown: ['opt-in-records-kept', 'frequency-reduced', 'opt-out-added', 'profile-updated'],
};

export const optInMethods = ['website-form', 'checkout-checkbox', 'in-store', 'messaged-first', 'existing-customers'] as const;
