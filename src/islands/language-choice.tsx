import type { Language } from './types';

/** The appeal's language, as one row of radios: on the first form, and again beside the letter. */
export function LanguageChoice({ languages, appealLocale, legend, describedBy, onPick }: { languages: Language[]; appealLocale: string; legend: string; describedBy?: string; onPick: (slug: string) => void }) {
	return (
		<fieldset class="appeal-language no-print" aria-describedby={describedBy}>
			<legend>{legend}</legend>
			<div class="segmented">
				{languages.map((l) => (
					<label key={l.slug} lang={l.lang}>
						<input type="radio" name="appeal-language" value={l.slug} checked={l.slug === appealLocale} onChange={() => onPick(l.slug)} />
						{l.name}
					</label>
				))}
			</div>
		</fieldset>
	);
}
