import { describe, expect, it } from 'vitest';
import { mainlandRuns, rejectedTerms, toMainland, toTaiwan, traditionalRuns } from '../chinese-text';
import { readJson } from './content';

/** Every string of a JSON resource, with its path. */
function strings(node: unknown, path = ''): [string, string][] {
	if (typeof node === 'string') return [[path, node]];
	if (Array.isArray(node)) return node.flatMap((n, i) => strings(n, `${path}[${i}]`));
	if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
	return [];
}

/**
 * The wizard's strings and the letter blocks reach the page as the island's props, which the
 * checks over built page text do not read: these check the resources themselves. Licences,
 * {{slots}} and ids are code, not prose.
 */
function prose(file: string): [string, string][] {
	return strings(readJson(file))
		.filter(([path]) => !/\.when\[\d+\]$|\.join$/.test(path))
		.map(([path, text]) => [path, text.replace(/\{\{\w+\}\}/g, ' ')]);
}

const resources = (locale: string) => [`content/i18n/${locale}.json`, `content/appeal/${locale}.json`];

describe('Chinese text in the JSON resources', () => {
	it.each(resources('zh-tw'))('%s has no Simplified characters and no mainland wording', (file) => {
		const found = prose(file).flatMap(([path, text]) => mainlandRuns(text).map((run) => `${path}: ${run} → ${toTaiwan(run)}`));
		expect(found).toEqual([]);
	});

	it.each(resources('zh-cn'))('%s has no Traditional characters', (file) => {
		const found = prose(file).flatMap(([path, text]) => traditionalRuns(text).map((run) => `${path}: ${run} → ${toMainland(run)}`));
		expect(found).toEqual([]);
	});

	it.each([...resources('zh-cn').map((f) => ['zh-cn', f] as const), ...resources('zh-tw').map((f) => ['zh-tw', f] as const)])(
		'%s: %s uses none of the glossary’s rejected variants',
		(locale, file) => {
			const found = prose(file).flatMap(([path, text]) => rejectedTerms(text, locale).map((r) => `${path}: ${r}`));
			expect(found).toEqual([]);
		},
	);

	it('the zh-CN letter quotes with “” as mainland texts do, not 「」', () => {
		const found = prose('content/appeal/zh-cn.json').filter(([, text]) => /[「」『』]/.test(text));
		expect(found).toEqual([]);
	});

	it('the checks can fail: planted text in a resource is caught', () => {
		expect(mainlandRuns('本公司的帐号已恢复')).not.toEqual([]);
		expect(traditionalRuns('我司的帳號')).not.toEqual([]);
		expect(rejectedTerms('帐户被封', 'zh-cn')).not.toEqual([]);
		expect(prose('content/appeal/en.json').some(([path]) => path.endsWith('.when[0]'))).toBe(false);
	});
});
