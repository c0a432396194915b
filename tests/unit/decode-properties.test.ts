import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, decode, situations } from '../../src/domain/decoder/decode';

/**
 * Issue #22, "Done when": a property test shows that no input throws, no subcode is read as a
 * code, and every code found is read exactly. decode-v2.test.ts has the first form of each; these
 * widen them to the shapes real pastes have (§8.3: Graph error bodies, logs, chat lines, webhooks,
 * Chinese text) and to the risky case, a subcode that is itself a known code.
 */
const now = Date.parse('2026-12-07T00:00:00Z');
const codes = Object.keys(catalogue.code).map(Number).filter(Number.isInteger);
// 0-99 and 2xx are read only from a Graph error's own code field; in running text they are counts and HTTP statuses.
const inText = codes.filter((c) => c >= 100 && !(c >= 200 && c < 300));

// Pieces of what owners paste, to make text that reaches the reader's corners (keys, quotes,
// brackets cut off, Chinese, full-width forms, digits) far more often than random text does.
const piece = fc.oneof(
	fc.constantFrom(
		'{', '}', '[', ']', '"', "'", ':', '：', ',', '\n', ' ', '\\', '#', '(#', ')', '**', '`', '-', '–',
		'"code":', 'code: ', '"error_subcode":', 'error_subcode=', '"error":', '"statuses":', '"status":', '"errors":',
		'"event":', 'ACCOUNT_RESTRICTION', '"restriction_info":', '"expiration":', '"waba_ban_state":', 'DISABLE',
		'"field":', 'account_update', 'message_template_status_update', '"decision":', 'REJECTED', 'sent', 'failed',
		'Error code: ', '错误代码：', '錯誤代碼：', '账号已被停用', '帳號已遭停用', '暂时被禁止使用 WhatsApp', '此帳號不允許使用 WhatsApp',
		'Account disabled', 'Your phone number is banned from using WhatsApp', 'January 2, 2027', '2027年1月5日', '１３１０４７',
		'<!-- only included -->', '<WABA_ID>', 'message.Event', 'fbtrace_id', '131,047', '131 026',
	),
	fc.constantFrom(...codes).map(String),
	fc.integer({ min: 0, max: 99_999_999 }).map(String),
	fc.string({ maxLength: 12 }),
);
const paste = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

describe('property: no input throws', () => {
	it('on paste-like text, random text and JSON, and what is not text at all', () => {
		const ok = (input: unknown) => situations.includes(decode(input, { now }).situation);
		fc.assert(fc.property(paste, ok), { numRuns: 2000 });
		fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), ok), { numRuns: 500 });
		fc.assert(fc.property(fc.json({ maxDepth: 6 }), ok), { numRuns: 500 });
		fc.assert(fc.property(fc.anything(), ok), { numRuns: 300 });
	});
	it('on deep nesting and long pastes, each within 2 s', () => {
		// A 300 KB word (a pasted token, an image as text) took 278 s before the reader's key
		// pattern stopped starting inside words; 2 s leaves room for a busy machine.
		const b64 = Array.from({ length: 300_000 }, (_, i) => 'AZaz09+/'[i % 8]).join('');
		const inputs = ['['.repeat(10_000), '{"a":'.repeat(5_000), '"'.repeat(50_000), `${'x'.repeat(300_000)} 131047`, 'X'.repeat(300_000), '1'.repeat(300_000), b64, '#'.repeat(300_000), '\n'.repeat(100_000)];
		for (const input of inputs) {
			const start = performance.now();
			expect(situations).toContain(decode(input, { now }).situation);
			expect(performance.now() - start, input.slice(0, 12)).toBeLessThan(2000);
		}
		expect(decode(`${'x'.repeat(300_000)}\n(#131047) Re-engagement message`, { now }).code).toBe(131047);
	});
});

describe('property: no subcode is read as a code', () => {
	// The subcode may itself be a code the catalogue knows: that is where a reader goes wrong.
	const sub = fc.oneof(fc.constantFrom(...codes.filter((c) => c >= 100)), fc.integer({ min: 100, max: 9_999_999 }));
	const shapes: ((code: number, sub: number) => string)[] = [
		(code, sub) => JSON.stringify({ error: { message: 'failed', type: 'OAuthException', code, error_subcode: sub, fbtrace_id: 'A' } }),
		(code, sub) => JSON.stringify({ error: { message: 'failed', code, error_subcode: sub, error_data: { details: 'x' } } }, null, 2),
		(code, sub) => `{ error: { code: ${code}, error_subcode: ${sub}, message: 'failed' } }`,
	];
	// A provider's wrapper is not Graph's own error object: there, as in running text, only codes of 100 and up outside 2xx.
	const wrapped = (code: number, sub: number) => JSON.stringify({ whatsappApiError: { code, error_subcode: sub, message: 'failed' } });
	// In running text only the codes the reader reads from text (100 and up, outside 2xx).
	const textShapes: ((code: number, sub: number) => string)[] = [
		(code, sub) => `Error code: ${code}\nerror_subcode: ${sub}`,
		(code, sub) => `code=${code} subcode=${sub}`,
		(code, sub) => `(#${code}) failed, error_subcode ${sub}`,
	];
	const holds = (text: string, code: number, s: number) => {
		const r = decode(text, { now });
		return r.code === code && (s === code || !r.signals.some((x) => x.kind === 'code' && x.value === String(s)));
	};
	it('in Graph error bodies, compact, pretty and as an object literal', () => {
		fc.assert(fc.property(fc.constantFrom(...codes), sub, fc.constantFrom(...shapes), (code, s, shape) => holds(shape(code, s), code, s)), { numRuns: 1500 });
	});
	it('inside a provider’s wrapper', () => {
		fc.assert(fc.property(fc.constantFrom(...inText), sub, (code, s) => holds(wrapped(code, s), code, s)), { numRuns: 800 });
	});
	it('in log lines', () => {
		fc.assert(fc.property(fc.constantFrom(...inText), sub, fc.constantFrom(...textShapes), (code, s, shape) => holds(shape(code, s), code, s)), { numRuns: 1500 });
	});
});

describe('property: every code found is read exactly', () => {
	const title = fc.string({ maxLength: 24 }).map((s) => s.replace(/[\d#*`\n]/g, '').replace(/^[\s:：|–—-]+/, ''));
	const formats: ((c: number, t: string) => string)[] = [
		(c, t) => `${c}: ${t}`,
		(c, t) => `${c} - ${t}`,
		(c, t) => `(#${c}) ${t}`,
		(c, t) => `Error code: ${c} ${t}`,
		(c, t) => `错误代码：${c}，${t}`,
		(c, t) => `**${c}** ${t}`,
		(c, t) => '`' + c + '` ' + t,
		(c, t) => `Error ${String(c).replace(/^(\d{3})(\d{3})$/, '$1,$2')} ${t}`,
	];
	const line = fc.tuple(fc.constantFrom(...inText), fc.constantFrom(...formats), title);
	it('one to three codes in the everyday forms, one a line: exactly those codes, none other', () => {
		fc.assert(
			fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), (lines) => {
				const text = lines.map(([c, f, t]) => f(c, t)).join('\n');
				const written = new Set(lines.map(([c]) => String(c)));
				const r = decode(text, { now });
				const found = new Set(r.signals.filter((s) => s.kind === 'code').map((s) => s.value));
				return r.code !== undefined && written.has(String(r.code)) && found.size === written.size && [...found].every((c) => written.has(c));
			}),
			{ numRuns: 1500 },
		);
	});
	it('a code is never read from inside a longer number (a phone number, an id, a timestamp)', () => {
		fc.assert(
			fc.property(fc.constantFrom(...inText), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('phone: +', 'id ', '"timestamp": "', 'Order #'), (c, pre, post, lead) => {
				const r = decode(`${lead}${pre}${c}${post}`, { now });
				return !r.signals.some((s) => s.kind === 'code' && s.value === String(c));
			}),
			{ numRuns: 1000 },
		);
	});
});
