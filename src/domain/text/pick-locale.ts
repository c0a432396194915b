export interface LocaleMatcher {
	slug: string;
	match: readonly string[];
}

/**
 * The locale for a visitor's browser languages: for each preferred language in order, its longest
 * prefix that some locale claims (zh-Hant-TW → zh-hant → zh). Self-contained on purpose: the root
 * page inlines this function's source, so it may not reference anything outside its body.
 */
export function pickLocale(
	languages: readonly string[],
	matchers: readonly LocaleMatcher[],
	fallback: string,
): string {
	for (const language of languages) {
		const parts = language.toLowerCase().split('-');
		for (let n = parts.length; n > 0; n--) {
			const prefix = parts.slice(0, n).join('-');
			const hit = matchers.find((m) => m.match.includes(prefix));
			if (hit) return hit.slug;
		}
	}
	return fallback;
}
