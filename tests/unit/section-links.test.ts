import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sectionLinksLine, withSectionLinks } from '../../src/utils/section-links';

describe('the way back up at the end of each guide section', () => {
	const line = sectionLinksLine([
		{ href: '#top', text: 'Back to the top' },
		{ href: '/en/appeal/', text: 'Write <my> "appeal" & more' },
	]);

	it('escapes its words and addresses', () => {
		expect(line).toBe('<p class="section-links" data-pagefind-ignore><a href="#top">Back to the top</a> <a href="/en/appeal/">Write &lt;my> &quot;appeal&quot; &amp; more</a></p>');
	});

	it('ends every section: before each heading but the first, and after the last', () => {
		const html = '<p>intro</p><h2 id="a">A</h2><p>a</p><h2 id="b">B</h2><p>b</p><h3>c</h3><h2>C</h2><p>c</p>';
		expect(withSectionLinks(html, '|')).toBe('<p>intro</p><h2 id="a">A</h2><p>a</p>|<h2 id="b">B</h2><p>b</p><h3>c</h3>|<h2>C</h2><p>c</p>|');
	});

	it('leaves a page without sections as it is, and adds one line per section to any page', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('<h2>x</h2>', '<p>t</p>', '<h3>y</h3>', '<h2 id="z">z</h2>', 'h2', '<h20>'), { maxLength: 20 }), (parts) => {
				const html = parts.join('');
				const sections = (html.match(/<h2[\s>]/g) ?? []).length;
				const out = withSectionLinks(html, '|');
				expect(out.split('|').length - 1).toBe(sections);
				expect(out.replaceAll('|', '')).toBe(html);
			}),
		);
	});
});
