import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import glossary from '../../content/glossary.json';
import { builtPages, ownLanguageText, readBuilt } from './built';

/**
 * Words opencc's Taiwan phrase table rewrites although Taiwan usage has them too, reviewed one by
 * one: its table is tuned for software UI (文件→檔案, 權限→許可權, 對象→物件, 代碼→程式碼), which is not
 * the sense they have here; 了解/瞭解 and 台/臺 are both standard forms.
 */
const twAccepted = ['了解', '台', '文件', '權限', '對象', '代碼', '查看', '對話框', '停用', '保存', '連接', '打開', '新增', '公布', '類型', '項目', '儀表板', '只能'];

// Simplified → Taiwan with phrases: catches Simplified characters and mainland wording.
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
// Traditional → Simplified, characters only: zh-CN wording is checked by the glossary.
const toMainland = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Runs of text between punctuation or spaces whose conversion differs: the words to look at. */
function changedRuns(text: string, convert: (s: string) => string): string[] {
	const runs = text.split(/[\s\p{P}\p{S}\p{N}A-Za-z]+/u).filter((r) => r.length > 0);
	return [...new Set(runs.filter((r) => convert(r) !== r))];
}

const pages = (locale: string): string[] => builtPages().filter((p: string) => p.startsWith(`${locale}/`));

type ChineseLocale = 'zh-cn' | 'zh-tw';
type GlossaryEntry = { use: string; reject: string[]; allowInQuotes?: string[] };
const entry = (term: (typeof glossary.terms)[number], locale: ChineseLocale): GlossaryEntry => term[locale];

/** How each script quotes what people say: a rejected variant may appear quoted only where the glossary allows it. */
const quote: Record<ChineseLocale, (s: string) => string> = { 'zh-cn': (s) => `“${s}”`, 'zh-tw': (s) => `「${s}」` };

/** The glossary's rejected variants found in a text, each with the word to use instead. */
function glossaryFindings(locale: ChineseLocale, text: string): string[] {
	const found: string[] = [];
	for (const term of glossary.terms) {
		const { use, reject, allowInQuotes = [] } = entry(term, locale);
		let checked = text;
		for (const allowed of allowInQuotes) checked = checked.replaceAll(quote[locale](allowed), ' ');
		for (const rejected of reject) if (checked.includes(rejected)) found.push(`${rejected} (use ${use})`);
	}
	return found;
}

const rejectedVariants = (['zh-cn', 'zh-tw'] as const).flatMap((locale) =>
	glossary.terms.flatMap((term) => {
		const { reject, allowInQuotes = [] } = entry(term, locale);
		return reject.map((variant) => [locale, variant, allowInQuotes.includes(variant)] as const);
	}),
);

describe('Chinese text on the built pages', () => {
	it.each(pages('zh-tw'))('%s has no Simplified characters and no mainland wording', (page) => {
		let text = ownLanguageText(readBuilt(page));
		for (const word of twAccepted) text = text.replaceAll(word, ' ');
		expect(changedRuns(text, toTaiwan).map((run) => `${run} → ${toTaiwan(run)}`)).toEqual([]);
	});

	it.each(pages('zh-cn'))('%s has no Traditional characters', (page) => {
		expect(changedRuns(ownLanguageText(readBuilt(page)), toMainland).map((run) => `${run} → ${toMainland(run)}`)).toEqual([]);
	});

	it.each([...pages('zh-cn'), ...pages('zh-tw')])('%s uses none of the glossary’s rejected variants', (page) => {
		const locale: ChineseLocale = page.startsWith('zh-cn/') ? 'zh-cn' : 'zh-tw';
		expect(glossaryFindings(locale, ownLanguageText(readBuilt(page)))).toEqual([]);
	});

	it.each(pages('zh-cn'))('%s quotes with “” (GB/T 15834), not 「」, which read as Taiwan or Hong Kong', (page) => {
		const found = [...ownLanguageText(readBuilt(page)).matchAll(/「[^」]{0,20}」?/g)].map((m) => m[0]);
		expect(found).toEqual([]);
	});

	it('the checks can fail: a planted Simplified word and a rejected variant are caught', () => {
		expect(changedRuns('我們的帐号被封锁了', toTaiwan).length).toBeGreaterThan(0);
		expect(changedRuns('我们的帳號被封鎖了', toMainland).length).toBeGreaterThan(0);
		expect(ownLanguageText('<html lang="zh-TW"><body><p>帳號<a lang="zh-CN">简体中文</a></p></body></html>')).not.toContain('简体');
	});

	it.each(rejectedVariants)('the glossary check catches %s “%s”, quoted or not unless allowed', (locale, variant, allowedInQuotes) => {
		expect(glossaryFindings(locale, `我们在这里写了${variant}。`)).not.toEqual([]);
		const quoted = `以前常说的${quote[locale](variant)}就是这个。`;
		if (allowedInQuotes) expect(glossaryFindings(locale, quoted)).toEqual([]);
		else expect(glossaryFindings(locale, quoted)).not.toEqual([]);
	});
});
