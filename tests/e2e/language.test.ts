import { describe, expect, it } from 'vitest';
import { changedRuns, mainlandRuns, rejectedTerms, toMainland, toTaiwan, traditionalRuns } from '../chinese-text';
import { builtPages, ownLanguageText, readBuilt } from './built';

const pages = (locale: string) => builtPages().filter((p) => p.startsWith(`${locale}/`));

describe('Chinese text on the built pages', () => {
	it('zh-TW pages have no Simplified characters and no mainland wording', () => {
		const found: string[] = [];
		for (const page of pages('zh-tw')) {
			for (const run of mainlandRuns(ownLanguageText(readBuilt(page)))) found.push(`${page}: ${run} → ${toTaiwan(run)}`);
		}
		expect(found).toEqual([]);
	});

	it('zh-CN pages have no Traditional characters', () => {
		const found: string[] = [];
		for (const page of pages('zh-cn')) {
			for (const run of traditionalRuns(ownLanguageText(readBuilt(page)))) found.push(`${page}: ${run} → ${toMainland(run)}`);
		}
		expect(found).toEqual([]);
	});

	it.each(['zh-cn', 'zh-tw'] as const)('%s pages use none of the glossary’s rejected variants', (locale) => {
		const found: string[] = [];
		for (const page of pages(locale)) {
			for (const rejected of rejectedTerms(ownLanguageText(readBuilt(page)), locale)) found.push(`${page}: ${rejected}`);
		}
		expect(found).toEqual([]);
	});

	it('the checks can fail: a planted Simplified word and a rejected variant are caught', () => {
		expect(changedRuns('我們的帐号被封锁了', toTaiwan).length).toBeGreaterThan(0);
		expect(changedRuns('我们的帳號被封鎖了', toMainland).length).toBeGreaterThan(0);
		expect(ownLanguageText('<html lang="zh-TW"><body><p>帳號<a lang="zh-CN">简体中文</a></p></body></html>')).not.toContain('简体');
	});
});
