import type { BrowserContext, Page } from 'playwright-core';
import { serialise, storageKey, type WizardState } from '../../src/domain/flow/saved-state';

export const done = 'done';

/** Answers of an admin with Request Review, through "can you appeal, and who files". */
export const triaged: Record<string, string | string[]> = {
	'what-you-see': 'account-notice',
	policy: 'business-messaging-policy',
	notice: done,
	admin: 'yes',
	'meta-offers': 'request-review',
};

/** Answers of an admin whose appeal text is written (the check and result screens done). */
export const written: Record<string, string | string[]> = {
	...triaged,
	reason: 'promotional-volume',
	policy: 'business-messaging-policy',
	businessName: 'Harbour Tea House',
	displayName: 'Harbour Tea',
	phone: '+85291234567',
	wabaId: '104958372615',
	use: 'order updates and table bookings',
	optIn: ['checkout-checkbox'],
	wentWrong: ['dont-know'],
	actions: ['frequency-reduced'],
	sells: 'tea, cakes and gift boxes',
	business: done,
	about: done,
	messaging: done,
	'went-wrong': done,
	check: done,
	result: done,
};

/** Saved progress as the wizard stores it (the domain's own serialise), written once per tab before the page's scripts run. */
export async function seed(context: BrowserContext, current: string, answers: Record<string, unknown>, extra: Partial<WizardState> = {}): Promise<void> {
	const saved = serialise({ current, answers: answers as WizardState['answers'], ...extra }, Date.now());
	await context.addInitScript(
		([key, value]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key!, value!);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[storageKey, saved],
	);
}

/**
 * The same saved progress written straight into a page already on the site (a shared page): the
 * next navigation reads it. Used where a new context per test would cost more than the test.
 */
export async function seedPage(page: Page, origin: string, current: string, answers: Record<string, unknown>, extra: Partial<WizardState> = {}): Promise<void> {
	if (!page.url().startsWith(origin)) await page.goto(new URL('robots.txt', origin).href);
	const saved = serialise({ current, answers: answers as WizardState['answers'], ...extra }, Date.now());
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey, saved]);
}
