import { describe, expect, it } from 'vitest';
import { convertScript, queryScript, type ScriptMap } from '../../src/domain/text/script-map';

// A small map in the shape the build writes: 台 is left out because both scripts write it 台.
const map: ScriptMap = { Hans: '诉请审发后', Hant: '訴請審發後' };

describe('recognising the other Chinese script in a query', () => {
	it.each([
		['申訴', 'Hans', 'Hant'],
		['申请复审', 'Hant', 'Hans'],
		['申诉', 'Hans', undefined],
		['申訴', 'Hant', undefined],
		['封', 'Hans', undefined],
		['appeal', 'Hans', undefined],
		['申诉', 'Latn', 'Hans'],
	])('%s on a %s page is written in %s', (query, page, expected) => {
		expect(queryScript(query, page, ['Hans', 'Hant'], map)).toBe(expected);
	});

	it('counts only characters one script has and the other does not', () => {
		// 审 and 審 differ; a character present in both strings gives nothing away.
		const shared: ScriptMap = { Hans: '审台', Hant: '審台' };
		expect(queryScript('台', 'Hant', ['Hans', 'Hant'], shared)).toBeUndefined();
		expect(queryScript('审台', 'Hant', ['Hans', 'Hant'], shared)).toBe('Hans');
	});

	it('converts each known character and leaves the rest as typed', () => {
		expect(convertScript('申訴後 Request Review 台', 'Hant', 'Hans', map)).toBe('申诉后 Request Review 台');
		expect(convertScript('申请复审', 'Hans', 'Hant', map)).toBe('申請复審');
		expect(convertScript('申诉', 'Hans', 'Latn', map)).toBe('申诉');
	});
});
