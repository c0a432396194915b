// The same page in fewer gzip bytes (issue #26), with nothing a reader, a screen reader or a link
// could tell apart. Run on the built HTML (Astro's Markdown processor, Sätteri, takes no rehype plugins).
// - Links into a Chinese section (../prevention/#解封后慢慢恢复) keep their characters: Markdown
//   percent-encodes them (%E8%A7%A3…, nine random-looking bytes a character, which gzip cannot
//   match against the heading text), and an href may hold them as they are (an IRI: the browser
//   encodes them itself when it follows the link). Only encoded non-ASCII is decoded: %20, %22,
//   %23 and the like stay as they were.
// - The line breaks Markdown leaves between block elements (</li>\n<li>, </p>\n<h2>) go: between
//   two blocks a line break renders nothing.

/** `href` with each run of percent-encoded bytes of 0x80 and above decoded to its characters. */
export function iriHref(href) {
	return href.replace(/(?:%[89a-f][0-9a-f])+/gi, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run;
		}
	});
}

const block = 'p|li|ul|ol|h[1-6]|table|thead|tbody|tr|th|td|blockquote|figure|aside|hr';
const betweenBlocks = new RegExp(`(</(?:${block})>|<(?:ul|ol|table|thead|tbody|tr|blockquote)>)\\n(?=</?(?:${block})[\\s>])`, 'g');

/** `html` with IRI hrefs and no line breaks between block elements. */
export function compactHtml(html) {
	return html.replace(/ href="([^"]*%[89a-fA-F][^"]*)"/g, (_, href) => ` href="${iriHref(href)}"`).replace(betweenBlocks, '$1');
}
