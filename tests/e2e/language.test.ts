import { describe, expect, it } from 'vitest';
import { changedRuns, mainlandRuns, simplifiedRuns, quote, rejectedTerms, rejectedVariants, toMainland, toTaiwan, traditionalRuns, type ChineseLocale } from '../chinese-text';
import { builtFragments, builtPages, ownLanguageText, readBuilt } from './built';
import { overlayOf } from '../unit/content';
import localeConfig from '../../content/locales.json';

// Fragments too: the decoder panel's text is shown inside the wizard.
const pages = (locale: string): string[] => [...builtPages(), ...builtFragments()].filter((p: string) => p.startsWith(`${locale}/`));

describe('Chinese text on the built pages', () => {
	it.each(pages('zh-tw'))('%s has no Simplified characters and no mainland wording', (page) => {
		expect(mainlandRuns(ownLanguageText(readBuilt(page))).map((run) => `${run} → ${toTaiwan(run)}`)).toEqual([]);
	});

	it.each(pages('zh-cn'))('%s has no Traditional characters', (page) => {
		expect(traditionalRuns(ownLanguageText(readBuilt(page))).map((run) => `${run} → ${toMainland(run)}`)).toEqual([]);
	});

	it.each([...pages('zh-cn'), ...pages('zh-tw')])('%s uses none of the glossary’s rejected variants', (page) => {
		const locale: ChineseLocale = page.startsWith('zh-cn/') ? 'zh-cn' : 'zh-tw';
		expect(rejectedTerms(ownLanguageText(readBuilt(page)), locale)).toEqual([]);
	});

	it.each(pages('zh-cn'))('%s quotes with “” (GB/T 15834), not 「」, which read as Taiwan or Hong Kong', (page) => {
		const found = [...ownLanguageText(readBuilt(page)).matchAll(/「[^」]{0,20}」?/g)].map((m) => m[0]);
		expect(found).toEqual([]);
	});

	// A locale written as a term overlay (content/overlays/) is held to its base's script, and none
	// of the terms it replaces may be left on its pages: that catches text rendered without it.
	const overlays = localeConfig.locales.flatMap((l) => ('base' in l ? [{ slug: l.slug, script: l.script, terms: overlayOf(l.slug).terms }] : []));
	it.each(overlays.flatMap((o) => pages(o.slug).map((page) => [page, o] as const)))('%s keeps its script and none of the terms its overlay replaces', (page, overlay) => {
		const text = ownLanguageText(readBuilt(page));
		if (overlay.script === 'Hant') expect(simplifiedRuns(text)).toEqual([]);
		expect(overlay.terms.map(([from]) => from).filter((from) => text.includes(from))).toEqual([]);
	});

	it('the checks can fail: a planted Simplified word and a rejected variant are caught', () => {
		expect(changedRuns('我們的帐号被封锁了', toTaiwan).length).toBeGreaterThan(0);
		expect(changedRuns('我们的帳號被封鎖了', toMainland).length).toBeGreaterThan(0);
		expect(ownLanguageText('<html lang="zh-TW"><body><p>帳號<a lang="zh-CN">简体中文</a></p></body></html>')).not.toContain('简体');
	});

	it.each(rejectedVariants)('the glossary check catches %s “%s”, quoted or not unless allowed', (locale, variant, allowedInQuotes) => {
		expect(rejectedTerms(`我们在这里写了${variant}。`, locale)).not.toEqual([]);
		const quoted = `以前常说的${quote[locale](variant)}就是这个。`;
		if (allowedInQuotes) expect(rejectedTerms(quoted, locale)).toEqual([]);
		else expect(rejectedTerms(quoted, locale)).not.toEqual([]);
	});
});
