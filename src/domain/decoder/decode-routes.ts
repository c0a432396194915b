import type { Decoded, Situation } from './engine';

/** The answer to "is it a ban?", worded in i18n under decode.verdict. */
export type Verdict = 'yes' | 'timed' | 'partial' | 'calls' | 'maybe' | 'ended' | 'no' | 'unknown';

export interface Route {
	verdict: Verdict;
	/**
	 * The wizard's first-question answer id, preset only when the paste shows that notice (a webhook,
	 * a label, the app's or Meta's words), never from an API error alone; absent where the wizard has
	 * nothing to add: a finding that is not a ban does not send the owner to appeal.
	 */
	wizard?: string;
	/** The guide page (slug) that explains the situation. */
	guide: string;
}

/**
 * Where each situation leads. The wizard reads `?situation=<id>&reason=<ban reason id>`; ids only,
 * never the paste or the evidence.
 */
export const routes: Readonly<Record<Situation, Route>> = {
	'app-ban': { verdict: 'yes', wizard: 'app-ban', guide: 'is-it-a-ban' },
	disabled: { verdict: 'yes', wizard: 'account-notice', guide: 'request-review' },
	'scheduled-disable': { verdict: 'yes', wizard: 'account-notice', guide: 'request-review' },
	'review-rejected': { verdict: 'yes', wizard: 'account-notice', guide: 'request-review' },
	locked: { verdict: 'maybe', wizard: 'account-notice', guide: 'is-it-a-ban' },
	'policy-block': { verdict: 'yes', wizard: 'account-notice', guide: 'request-review' },
	restriction: { verdict: 'timed', wizard: 'temporary-block', guide: 'is-it-a-ban' },
	'app-restriction': { verdict: 'timed', wizard: 'timed-restriction', guide: 'is-it-a-ban' },
	'country-restriction': { verdict: 'partial', wizard: 'account-notice', guide: 'why-blocked' },
	violation: { verdict: 'maybe', wizard: 'account-notice', guide: 'request-review' },
	'template-limit': { verdict: 'partial', wizard: 'temporary-block', guide: 'why-blocked' },
	'calling-limit': { verdict: 'calls', guide: 'prevention' },
	template: { verdict: 'partial', guide: 'why-blocked' },
	disconnected: { verdict: 'maybe', wizard: 'account-notice', guide: 'is-it-a-ban' },
	alert: { verdict: 'maybe', guide: 'is-it-a-ban' },
	ended: { verdict: 'ended', guide: 'prevention' },
	reinstated: { verdict: 'no', guide: 'prevention' },
	'app-warning': { verdict: 'no', guide: 'prevention' },
	'number-quality': { verdict: 'no', guide: 'is-it-a-ban' },
	'not-a-ban': { verdict: 'no', guide: 'is-it-a-ban' },
	unknown: { verdict: 'unknown', wizard: 'not-sure', guide: 'is-it-a-ban' },
};

/** What the visitor can pick by hand when the paste says nothing we know: the wizard's first answers. */
export const handPicks = [
	'account-notice',
	'temporary-block',
	'number-status',
	'unofficial-tool',
	'delivery-only',
	'scam-offer',
	'timed-restriction',
	'app-ban',
	'not-sure',
] as const;

/** The wizard's address with the situation and the reason preset, or undefined. */
export function wizardHref(appealUrl: string, situation: string | undefined, reason?: string): string | undefined {
	if (!situation) return undefined;
	const query = new URLSearchParams({ situation });
	if (reason) query.set('reason', reason);
	return `${appealUrl}?${query}`;
}

/**
 * The wizard's address for a finding: its situation preset only when the paste showed a notice
 * (after an API error such as 131031 alone, the owner has had no notice, so nothing is preset but
 * a reason the code names); undefined where the finding is no ban.
 */
export function wizardHrefFor(appealUrl: string, decoded: Pick<Decoded, 'situation' | 'reason' | 'notice'>): string | undefined {
	const wizard = routes[decoded.situation].wizard;
	if (!wizard) return undefined;
	if (decoded.notice) return wizardHref(appealUrl, wizard, decoded.reason);
	return decoded.reason ? `${appealUrl}?${new URLSearchParams({ reason: decoded.reason })}` : appealUrl;
}

/** An instant, in the visitor's time zone (or the one given) and language. */
export function formatInstant(iso: string, lang: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(lang, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZoneName: 'short',
		...(timeZone ? { timeZone } : {}),
	}).format(new Date(iso));
}

/**
 * A ban date: a calendar date (YYYY-MM-DD) is the same date everywhere, so it is formatted in UTC;
 * an instant is shown in the visitor's zone; any other text as it was given.
 */
export function formatBanDate(value: string, lang: string, timeZone?: string): string {
	const day = value.match(/^(\d{4})-(\d\d)-(\d\d)$/);
	if (day) {
		return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
			Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])),
		);
	}
	// A day written without its year ("3月3日"): the month and day alone.
	const noYear = value.match(/^--(\d\d)-(\d\d)$/);
	if (noYear) return new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, Number(noYear[1]) - 1, Number(noYear[2])));
	return /^\d{4}-\d\d-\d\dT/.test(value) ? formatInstant(value, lang, timeZone) : value;
}
