import type { AppealBlocks } from '../domain/letter/appeal';
import type { ChoiceScreen, GuidePage } from '../domain/flow/flow';
import type { Session } from '../domain/flow/wizard-reducer';
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
	/** Only the first screen's text until the rest loads (see domain/wizard-parts). */
	strings: WizardStrings;
	/** The appeal blocks loaded so far, by locale: none in the page, each fetched when needed. */
	appealBlocks: Record<string, AppealBlocks>;
	/** Where the rest of the text and each language's appeal blocks are served. */
	partUrls: { strings: string; letters: Record<string, string> };
	languages: Language[];
	supportHomeUrl: string;
	illustrationBase: string;
	/** Guide pages the screens where the wizard stops link to. */
	guideUrls: Record<GuidePage, string>;
	/** The guide page with every older layout of Meta's screens. */
	requestReviewUrl: string;
	/** The screen a fresh visit opens on and its session: the island shows it before the flow's code loads (wizard-logic.ts). */
	first: { screen: ChoiceScreen; session: Session };
}
