import type { AppealBlocks } from '../domain/appeal';
import type { GuidePage } from '../domain/flow';
import type { UiStrings } from '../i18n/schema';

export type WizardStrings = UiStrings['wizard'];

export interface Language {
	slug: string;
	lang: string;
	/** ISO 15924, as in content/locales.json: to tell typed text in another script. */
	script: string;
	name: string;
}

/** Everything the wizard needs, rendered at build time into the island's props. */
export interface WizardProps {
	locale: string;
	strings: WizardStrings;
	appealBlocks: Record<string, AppealBlocks>;
	languages: Language[];
	supportHomeUrl: string;
	illustrationBase: string;
	/** Guide pages the screens where the wizard stops link to. */
	guideUrls: Record<GuidePage, string>;
	/** The guide page with every older layout of Meta's screens. */
	requestReviewUrl: string;
}
