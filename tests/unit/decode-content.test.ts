import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, decode, phrases, signalKinds, signalText, situations, type Situation } from '../../src/domain/decoder/decode';
import { handPicks, routes } from '../../src/domain/decoder/decode-routes';
import { catalogueData, phraseEntries } from '../../src/domain/decoder/catalogue';
import { signalTextsSchema } from '../../src/domain/decoder/signals-schema';
import { shippedCatalogue, shippedPhrases } from '../../src/domain/decoder/shipped';
import { decodeWith, explanationsOf } from '../../src/domain/decoder/engine';
import samples from './meta-webhook-samples.json';
import { contentOf, localeSlugs, readJson, sourceLocales, uiStringsOf } from './content';

const en = readJson('content/signals/en.json') as { situations: Record<string, unknown>; signals: Record<string, string> };
const examples = readJson('content/decode-examples.json') as Record<string, unknown>;

/** Every explanation id the decoder can hand out. */
const textIds = new Set([
	...(Object.keys(catalogue) as (keyof typeof catalogue)[]).flatMap((kind) => Object.keys(catalogue[kind]).map((id) => signalText(kind, id)!)),
	signalText('appType', 'BIZ_COMMERCE_VIOLATION_X')!,
	...phrases.filter((p) => p.kind !== 'code').map((p) => `${p.kind}.${p.id}`),
	...Object.values(catalogueData.fields).flatMap((rules) => rules.flatMap((r) => (r.fixed?.t ? [r.fixed.t] : []))),
]);

describe.each(localeSlugs)('decoder explanations in %s', (locale) => {
	it('have exactly the English file’s keys, none empty', () => {
		expect(() => signalTextsSchema.parse(contentOf('signals', locale))).not.toThrow();
	});

	it('give the page every word it needs', () => {
		const d = uiStringsOf(locale).decode;
		expect(Object.keys(d.result.kinds).sort()).toEqual([...signalKinds].sort());
		expect(Object.keys(d.result.pick).sort()).toEqual([...handPicks].sort());
		expect(Object.keys(d.result.verdict).sort()).toEqual([...new Set(Object.values(routes).map((r) => r.verdict))].sort());
		expect(Object.keys(d.examples).sort()).toEqual(Object.keys(examples).filter((k) => !k.startsWith('$')).sort());
	});

	it('quote in the locale’s own marks', () => {
		const text = JSON.stringify([contentOf('signals', locale), uiStringsOf(locale).decode]);
		if (locale === 'zh-cn') expect(text).not.toMatch(/[「」『』]/);
		if (locale === 'zh-tw') expect(text).not.toMatch(/[“”]/);
	});
});

describe('the decoder’s data', () => {
	it('explains every value it knows and nothing else', () => {
		expect(new Set(Object.keys(en.signals))).toEqual(textIds);
		expect(Object.keys(en.situations).sort()).toEqual([...situations].sort());
	});

	it('has on-screen wording for every phrase', () => {
		for (const p of phraseEntries) expect(p.shown, `${p.locale} ${p.kind}.${p.id}`).toBeTruthy();
	});

	it('links only to guide pages that exist in every language', () => {
		for (const { guide } of Object.values(routes)) for (const locale of sourceLocales) expect(existsSync(`content/guide/${locale}/${guide}.mdx`), `${locale}/${guide}`).toBe(true);
	});

	it('offers examples that each read as what their label says', () => {
		const expected: Record<string, Situation> = { restriction: 'restriction', violation: 'violation', scheduled: 'scheduled-disable', locked: 'locked', app: 'app-restriction', notBan: 'not-a-ban' };
		for (const [id, paste] of Object.entries(examples)) {
			if (id.startsWith('$')) continue;
			expect(decode(typeof paste === 'string' ? paste : JSON.stringify(paste, null, 2)).situation, id).toBe(expected[id]);
		}
	});
});

describe.each(localeSlugs)('the data the %s page fetches', (locale) => {
	const signals = (contentOf('signals', locale) as { signals: Record<string, string> }).signals;
	const shipped = shippedCatalogue(locale, signals);
	it('gives back every explanation by its id, each said once per id', () => {
		expect(explanationsOf(shipped)).toEqual(signals);
		const said = JSON.stringify(shipped);
		// Once per id: two ids may have the same words (the app's two ban screens).
		for (const text of new Set(Object.values(signals))) expect(said.split(JSON.stringify(text)).length - 1, text).toBe(Object.values(signals).filter((t) => t === text).length);
	});
	it('reads what the whole catalogue reads', () => {
		const other = shippedPhrases(locale === 'en' ? 'han' : 'latn');
		const both = { ...shipped, phrases: [...shipped.phrases, ...other.phrases], ...(shipped.fold ?? other.fold ? { fold: shipped.fold ?? other.fold } : {}) };
		const pastes = [...samples.samples.map((x) => x.text), '此帳號不允許使用 WhatsApp', '你暂时被禁止使用 WhatsApp', '131026: Message Undeliverable', 'Account disabled\nAssets restricted'];
		for (const paste of pastes) {
			const [a, b] = [decodeWith(both, paste, { now: 0 }), decode(paste, { now: 0 })];
			expect([a.situations, a.code, a.signals.map((x) => x.text)], paste.slice(0, 60)).toEqual([b.situations, b.code, b.signals.map((x) => x.text)]);
		}
	});
});

describe('the decoder’s script', () => {
	it('ships no i18next, zod or content files: its words come from the page, the catalogue is fetched', () => {
		const offending: string[] = [];
		const seen = new Set<string>();
		const check = (file: string) => {
			for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s(?!type\s)[^'"]*['"]([^'"]+)['"]/gm)) {
				if (/^(i18next|zod|preact)|schema|\.json$|\/i18n\//.test(spec!)) offending.push(`${file}: ${spec}`);
				const next = `${new URL(spec!, `file://${process.cwd()}/${file}`).pathname.replace(`${process.cwd()}/`, '')}.ts`;
				if (spec!.startsWith('.') && existsSync(next) && !seen.has(next)) {
					seen.add(next);
					check(next);
				}
			}
		};
		check('src/browser/decoder-panel.ts');
		expect(seen.has('src/domain/decoder/engine.ts')).toBe(true);
		expect(seen.has('src/domain/decoder/decode.ts')).toBe(false);
		expect(offending).toEqual([]);
	});
});
