/**
 * At the end of each section of a guide page that has a table of contents: a link back to the top
 * and one to the wizard, so an owner deep in a long page on a phone is one tap from either
 * (issue 24.7). Done on the built HTML (guide pages ship no script): the line goes before every
 * section heading but the first, and after the last section.
 */
export function withSectionLinks(html: string, line: string): string {
	let seen = 0;
	const marked = html.replace(/<h2[\s>]/g, (heading) => (seen++ === 0 ? heading : `${line}${heading}`));
	return seen === 0 ? html : `${marked}${line}`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function sectionLinksLine(links: readonly { href: string; text: string }[]): string {
	return `<p class="section-links" data-pagefind-ignore>${links.map((l) => `<a href="${escape(l.href)}">${escape(l.text)}</a>`).join(' ')}</p>`;
}
