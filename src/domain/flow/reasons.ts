import type { Answer } from './answers';

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

/** The policy Meta's notice names; the appeal cites that one, or none. */
export const policies = ['business-messaging-policy', 'commerce-policy', 'business-solution-terms', 'not-named'] as const;

/**
 * The restricted goods and services of WhatsApp's Business Messaging Policy, in its order. Where
 * one entry of the policy mixes goods that the August 2024 exception treats differently, it is
 * split: alcohol (excepted) from tobacco (not), over-the-counter medicine (excepted) from other drugs.
 */
export const industries = [
	'firearms',
	'alcohol',
	'tobacco',
	'otc-medicine',
	'prescription-drugs',
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

/** The goods the August 2024 exception may let message in some countries (marketing and utility only). */
export const exceptionIndustries: readonly Industry[] = ['alcohol', 'otc-medicine', 'gambling'];

export const industryCases = ['misclassified', 'stopped', 'still-offering'] as const;
export const aiCases = ['business-bot', 'stopped', 'still-offering'] as const;
export const stillOffering = 'still-offering';

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

/** Corrective actions offered per reason. Each says one thing, so a tick claims no more than its box. */
export const correctiveActions: Record<AppealReason, readonly string[]> = {
	'promotional-volume': ['frequency-reduced', 'content-reviewed', 'opt-out-explained', 'opt-outs-honoured', 'audience-narrowed'],
	'unsolicited-messages': ['purchased-lists-deleted', 'opt-in-records-kept', 'opt-in-only', 'opt-out-explained', 'opt-outs-honoured'],
	'unofficial-access': ['moved-to-official-provider', 'unofficial-tool-removed', 'number-ownership-confirmed'],
	'restricted-industry': [
		'restricted-items-removed',
		'restricted-messages-stopped',
		'restricted-templates-changed',
		'profile-updated',
		'website-updated',
	],
	'template-misclassification': ['templates-resubmitted', 'templates-reviewed', 'promotions-as-marketing', 'team-trained'],
	'ai-assistant': ['general-assistant-withdrawn', 'bot-scope-limited', 'bot-says-automated', 'human-handover-added'],
	unknown: ['opt-in-records-kept', 'frequency-reduced', 'opt-out-explained', 'opt-outs-honoured', 'profile-updated'],
};

export const optInMethods = ['website-form', 'checkout-checkbox', 'in-store', 'trade-fair-enquiry', 'messaged-first', 'existing-customers'] as const;
/** No marketing sent yet, or the only message was a test. */
export const notApplicable = 'not-applicable';

/**
 * Ids that were split, with what they became. An old id never comes back, so reading saved answers
 * through this twice changes nothing. For a single choice, several new ids mean the old one could
 * stand for any of them: the question is asked again rather than guessed. An old tick said all of
 * its new ones ("Opt-out added and honoured"), so it becomes all of them.
 */
export const renamedChoices: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
	industry: { 'alcohol-tobacco': ['alcohol', 'tobacco'], drugs: ['otc-medicine', 'prescription-drugs'] },
	actions: {
		'opt-out-added': ['opt-out-explained', 'opt-outs-honoured'],
		'bot-disclosure-added': ['bot-says-automated', 'human-handover-added'],
	},
};

/**
 * Saved answers read with today's ids, for restoring saved progress (saved-state.ts calls this on
 * the answers it restores). A single choice that was split is dropped, so its question comes back;
 * a split tick becomes the ticks it stood for. Saved with `stateVersion` 1, before the split.
 */
export function upgradeSavedAnswers(answers: Readonly<Record<string, Answer>>): Record<string, Answer> {
	const upgraded: Record<string, Answer> = { ...answers };
	for (const [key, renames] of Object.entries(renamedChoices)) {
		const value = upgraded[key];
		if (typeof value === 'string' && renames[value]) {
			const next = renames[value];
			if (next.length === 1) upgraded[key] = next[0]!;
			else delete upgraded[key];
		} else if (Array.isArray(value)) {
			upgraded[key] = [...new Set(value.flatMap((v) => renames[v] ?? [v]))];
		}
	}
	return upgraded;
}
