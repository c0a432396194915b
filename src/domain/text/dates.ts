/**
 * A calendar date split into the words a sentence needs, so each language's strings place them
 * (en "December 1, 2026", zh "2026 年 12 月 1 日" with the spaces Chinese pages put around digits).
 */
export type DateParts = {
	year: string;
	month: string;
	day: string;
};

export function dateParts(date: Date | number, lang: string, timeZone?: string): DateParts {
	const parts = new Intl.DateTimeFormat(lang, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		...(timeZone ? { timeZone } : {}),
	}).formatToParts(date);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	return { year: part('year'), month: part('month'), day: part('day') };
};
