import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { builtFragments, builtPages, expectedLang, pageKind, sitePaths } from '../../scripts/site-pages.mjs';

export function readBuilt(rel: string): string {
	return readFileSync(join('dist', rel), 'utf8');
}

/**
 * The visible text of a page in its own language: scripts, styles and the head dropped, and every
 * element marked with another lang (language names in the picker, Meta's English labels) left out.
 */
export function ownLanguageText(html: string): string {
	const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? '';
	const body = html.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ');
	const foreign = new RegExp(`<(\\w+)[^>]*\\slang="(?!${lang}")[^"]*"[^>]*>[\\s\\S]*?<\\/\\1>`, 'g');
	return body
		.replace(foreign, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[a-z#0-9]+;/gi, ' ');
}

