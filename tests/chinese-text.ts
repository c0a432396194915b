import * as OpenCC from 'opencc-js';
import glossary from '../content/glossary.json';

/**
 * Words opencc's Taiwan phrase table rewrites although Taiwan usage has them too, reviewed one by
 * one: its table is tuned for software UI (文件→檔案, 權限→許可權, 對象→物件, 代碼→程式碼), which is not
 * the sense they have here; 了解/瞭解 and 台/臺 are both standard forms. 頁面: opencc reads 頁|面包
 * ("bread") in 頁面包含 and rewrites it.
 */
export const twAccepted = ['了解', '台', '文件', '權限', '對象', '代碼', '查看', '對話框', '停用', '保存', '連接', '打開', '新增', '公布', '類型', '項目', '儀表板', '只能', '頁面'];

// Simplified → Taiwan with phrases: catches Simplified characters and mainland wording.
export const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
// Traditional → Simplified, characters only: zh-CN wording is checked by the glossary.
export const toMainland = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Runs of text between punctuation or spaces whose conversion differs: the words to look at. */
export function changedRuns(text: string, convert: (s: string) => string): string[] {
	const runs = text.split(/[\s\p{P}\p{S}\p{N}A-Za-z]+/u).filter((r) => r.length > 0);
	return [...new Set(runs.filter((r) => convert(r) !== r))];
}

/** zh-TW text with no Simplified characters or mainland wording: the runs that convert otherwise. */
export function mainlandRuns(text: string): string[] {
	let checked = text;
	for (const word of twAccepted) checked = checked.replaceAll(word, ' ');
	return changedRuns(checked, toTaiwan);
}

const toTraditionalChars = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Traditional text of any region with no Simplified characters: the runs that convert (Taiwan's accepted forms aside). */
export function simplifiedRuns(text: string): string[] {
	let checked = text;
	for (const word of twAccepted) checked = checked.replaceAll(word, ' ');
	return changedRuns(checked, toTraditionalChars);
}

export function traditionalRuns(text: string): string[] {
	return changedRuns(text, toMainland);
}

export type ChineseLocale = 'zh-cn' | 'zh-tw';
type GlossaryEntry = { use: string; reject: string[]; allowInQuotes?: string[] };
const entry = (term: (typeof glossary.terms)[number], locale: ChineseLocale): GlossaryEntry => term[locale];

/** How each script quotes what people say: a rejected variant may appear quoted only where the glossary allows it. */
export const quote: Record<ChineseLocale, (s: string) => string> = { 'zh-cn': (s) => `“${s}”`, 'zh-tw': (s) => `「${s}」` };

/** The glossary's rejected variants found in a text of this locale, each with the word to use instead. */
export function rejectedTerms(text: string, locale: ChineseLocale): string[] {
	const found: string[] = [];
	for (const term of glossary.terms) {
		const { use, reject, allowInQuotes = [] } = entry(term, locale);
		let checked = text;
		for (const allowed of allowInQuotes) checked = checked.replaceAll(quote[locale](allowed), ' ');
		for (const rejected of reject) if (checked.includes(rejected)) found.push(`${rejected} (use ${use})`);
	}
	return found;
}

/** Every rejected variant of the glossary, with whether the glossary allows it inside quotes. */
export const rejectedVariants = (['zh-cn', 'zh-tw'] as const).flatMap((locale) =>
	glossary.terms.flatMap((term) => {
		const { reject, allowInQuotes = [] } = entry(term, locale);
		return reject.map((variant) => [locale, variant, allowInQuotes.includes(variant)] as const);
	}),
);
