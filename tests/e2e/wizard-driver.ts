import type { Page } from 'playwright-core';

/** Drives the appeal wizard the way a visitor does: pick, type, press Continue. */
export class WizardDriver {
	constructor(
		readonly page: Page,
		/** Called on every new screen, e.g. to run axe. */
		readonly onScreen: (screen: string) => Promise<void> = async () => {},
	) {}

	async screen(): Promise<string> {
		return (await this.page.getAttribute('.wizard', 'data-screen')) ?? '';
	}

	async expectScreen(id: string): Promise<void> {
		await this.page.waitForSelector(`.wizard[data-ready][data-screen="${id}"]`);
		await this.onScreen(id);
	}

	/** Clicks the box, as a visitor does; the native input is transparent over the drawn one. */
	async check(selector: string): Promise<void> {
		await this.page.locator(selector).check({ force: true });
	}

	async continue(): Promise<void> {
		await this.page.click('.wizard-form button[type="submit"]');
	}

	/** Picks `value` on `screen` (a question, or a form's radio field `name`) and continues. */
	async choose(screen: string, value: string, name = screen): Promise<void> {
		await this.expectScreen(screen);
		await this.check(`input[name="${name}"][value="${value}"]`);
		await this.continue();
	}

	async fill(fields: Record<string, string>): Promise<void> {
		for (const [id, value] of Object.entries(fields)) await this.page.fill(`#field-${id}`, value);
	}

	async tick(field: string, values: string[]): Promise<void> {
		for (const value of values) await this.check(`input[name="${field}"][value="${value}"]`);
	}

	/** From "what do you see" through "can you appeal, and who files", for an admin with Request Review. */
	async triage(policy = 'business-messaging-policy'): Promise<void> {
		await this.choose('what-you-see', 'account-notice');
		await this.choose('notice', policy, 'policy');
		await this.choose('admin', 'yes');
		await this.choose('meta-offers', 'request-review');
	}

	/**
	 * From "what do you see" to the check screen, for one reason; a case still offered stops at
	 * its own outcome instead.
	 */
	async completeTo(
		reason: string,
		details: { policy?: string; appealLanguage?: string; industry?: string; industryCase?: string; aiCase?: string; actions?: string[]; wentWrong?: string[]; optIn?: string[] } = {},
	) {
		await this.triage(details.policy);
		await this.choose('reason', reason === 'unknown' ? 'not-sure' : reason);
		if (reason === 'unknown') {
			for (const q of ['diagnose-opt-in', 'diagnose-volume', 'diagnose-source', 'diagnose-industry', 'diagnose-templates', 'diagnose-ai']) {
				await this.choose(q, q === 'diagnose-opt-in' ? 'yes' : 'no');
			}
			await this.choose('diagnosis', 'unknown');
		}
		if (reason === 'restricted-industry') {
			await this.choose('industry', details.industry ?? 'alcohol');
			await this.choose('industry-case', details.industryCase ?? 'stopped');
			await this.expectScreen('industry-notice');
			await this.continue();
			if (details.industryCase === 'still-offering') return this.expectScreen('still-offering');
		}
		if (reason === 'ai-assistant') {
			await this.choose('ai-case', details.aiCase ?? 'business-bot');
			if (details.aiCase === 'still-offering') return this.expectScreen('ai-still-offering');
		}
		await this.expectScreen('business');
		if (details.appealLanguage) await this.check(`input[name="appeal-language"][value="${details.appealLanguage}"]`);
		await this.fill({ businessName: 'Harbour Tea House', displayName: 'Harbour Tea', phone: '00852 9123-4567', wabaId: '104958372615' });
		await this.continue();
		await this.expectScreen('about');
		await this.fill({ sells: 'tea, cakes and gift boxes' });
		await this.continue();
		await this.expectScreen('messaging');
		await this.fill({ use: 'order updates and table bookings' });
		await this.tick('optIn', details.optIn ?? ['checkout-checkbox']);
		await this.continue();
		await this.expectScreen('went-wrong');
		await this.tick('wentWrong', details.wentWrong ?? ['dont-know']);
		await this.tick('actions', details.actions ?? []);
		await this.continue();
		await this.expectScreen('check');
	}

	/** Picks the short or the full version of the appeal on the result screen. */
	async version(version: 'short' | 'full'): Promise<void> {
		await this.check(`input[name="appeal-version"][value="${version}"]`);
		await this.page.waitForSelector(`#appeal-text[data-version="${version}"]`);
	}

	async appealText(): Promise<string> {
		return this.page.inputValue('#appeal-text');
	}
}
