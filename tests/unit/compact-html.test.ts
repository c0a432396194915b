import { describe, expect, it } from 'vitest';
import { compactHtml, iriHref } from '../../scripts/compact-html.mjs';
import { pruneCsp } from '../../scripts/csp-per-page.mjs';

describe('compactHtml (issue #26: the same page in fewer gzip bytes)', () => {
	it('writes percent-encoded characters of a link as characters, and leaves encoded ASCII alone', () => {
		expect(iriHref('../prevention/#%E8%A7%A3%E5%B0%81%E5%90%8E')).toBe('../prevention/#解封后');
		expect(iriHref('/search/?q=a%20b%23c%22')).toBe('/search/?q=a%20b%23c%22');
		// Not UTF-8: left as written rather than broken.
		expect(iriHref('#%E8%A7')).toBe('#%E8%A7');
		expect(compactHtml('<a href="#%E8%A7%A3">x</a>')).toBe('<a href="#解">x</a>');
	});

	it('drops line breaks between block elements only', () => {
		expect(compactHtml('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<h2 id="x">y</h2>\n<p>z</p>')).toBe('<ul><li>a</li><li>b</li></ul><h2 id="x">y</h2><p>z</p>');
		// Inside a paragraph or item a line break is a space between words.
		expect(compactHtml('<p><strong>a</strong>\n<em>b</em></p>')).toBe('<p><strong>a</strong>\n<em>b</em></p>');
		expect(compactHtml('<li>a</li>\n<a href="#x">b</a>')).toBe('<li>a</li>\n<a href="#x">b</a>');
	});
});

describe('pruneCsp', () => {
	const page = (scripts: string[]) =>
		`<head><meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' ${scripts.join(' ')};style-src 'self'"><script>a()</script></head>`;
	// sha256 of "a()" and of the empty script.
	const own = "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='";
	const other = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

	it("keeps the page's own hashes and drops the rest", () => {
		expect(pruneCsp(page([own, other]))).toContain(`script-src 'self' ${own};style-src 'self'`);
		expect(pruneCsp(page([own, other]))).not.toContain(other);
	});

	it('fails the build when an inline script has no hash in the policy', () => {
		expect(() => pruneCsp(page([other]))).toThrow(/no hash/);
	});
});
