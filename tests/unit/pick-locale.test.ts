import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/domain/text/pick-locale';
import raw from '../../content/locales.json';

const matchers = raw.locales;

describe('pickLocale', () => {
	it.each([
		[['zh-TW'], 'zh-tw'],
		[['zh-HK'], 'zh-hk'],
		[['zh-MO'], 'zh-hk'],
		[['zh-Hant'], 'zh-tw'],
		[['zh-Hant-HK'], 'zh-hk'],
		[['zh'], 'zh-cn'],
		[['zh-CN'], 'zh-cn'],
		[['zh-SG'], 'zh-cn'],
		[['zh-Hans'], 'zh-cn'],
		[['zh-Hans-HK'], 'zh-cn'],
		[['en-US'], 'en'],
		[['ms-MY'], 'en'],
		[[], 'en'],
		[['fr', 'zh-TW'], 'zh-tw'],
	])('%j → %s', (languages, expected) => {
		expect(pickLocale(languages, matchers, 'en')).toBe(expected);
	});
});
