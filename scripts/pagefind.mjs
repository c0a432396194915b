// Builds the search index into dist/pagefind with Pagefind's Node API (one index per <html lang>),
// adds the pages search should find that have no indexed body (the appeal wizard, the decoder),
// indexes with each page the words owners type for it (content/search/<locale>.json), and writes
// the character map that lets a search page recognise the other Chinese script.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createIndex, close } from 'pagefind';
import * as OpenCC from 'opencc-js';
import { overlayContent, overlaySearchWords } from '../src/domain/text/overlay.ts';

const dir = process.argv[2] ?? 'dist';
const { locales } = JSON.parse(readFileSync('content/locales.json', 'utf8'));

/** Pages found by what they do rather than by their text: strings `search.records.<key>`. */
const records = { appeal: 'appeal/', decode: 'decode/' };

/** How opencc writes each Chinese script (content/locales.json names the script of each locale). */
const opencc = { Hans: { from: 'tw', to: 'cn' }, Hant: { from: 'cn', to: 'tw' } };
/** Pairs opencc's character tables miss: Taiwan's 帳號 is 账号 in mainland text (opencc says 帐, 賬). */
const usage = [{ Hans: '账', Hant: '帳' }];

/**
 * The owners' words of one page, as indexed HTML the visitor never downloads, at Pagefind's highest
 * weight (body text is 1, a title 7): a page is found first by the words it is listed under.
 */
const wordsWeight = 10;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Per locale, the UI strings and the words owners type for each page (appeal, decode or a guide page's slug). */
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
/** A locale written as an overlay (content/locales.json `base`) reads its base's files through content/overlays/<slug>.json. */
const overlay = (l) => l.base && readJson(`content/overlays/${l.slug}.json`);
const strings = Object.fromEntries(locales.map((l) => {
	const raw = readJson(`content/i18n/${l.base ?? l.slug}.json`);
	return [l.slug, (l.base ? overlayContent(raw, overlay(l), 'i18n') : raw).search];
}));
const ownersWords = Object.fromEntries(locales.map((l) => {
	const { pages } = readJson(`content/search/${l.base ?? l.slug}.json`);
	return [l.slug, l.base ? overlaySearchWords(pages, overlay(l)) : pages];
}));
/** The line a result's excerpt shows when the owners' words matched: "Also searched as: …". */
function wordsHtml(slug, words) {
	if (!words?.length) return '';
	const { alsoSearchedAs, wordsSeparator } = strings[slug];
	return `<p data-pagefind-weight="${wordsWeight}">${escape(alsoSearchedAs.replace('{{words}}', words.join(wordsSeparator)))}</p>`;
}

const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);

// Each built page, with its owners' words after its title; Pagefind keeps only pages with data-pagefind-body.
const unused = new Set(locales.flatMap((l) => Object.keys(ownersWords[l.slug]).map((page) => `${l.slug}/${page}`)));
let pageCount = 0;
for (const file of htmlFiles(dir)) {
	const sourcePath = relative(dir, file).split(sep).join('/');
	let content = readFileSync(file, 'utf8');
	const page = sourcePath.replace(/index\.html$/, '').replace(/\/$/, '');
	const [slug, ...rest] = page.split('/');
	const words = ownersWords[slug]?.[rest.join('/')];
	if (words && /<main[^>]*data-pagefind-body/.test(content)) {
		content = content.replace(/(<main[^>]*data-pagefind-body[^>]*>[\s\S]*?<\/h1>)/, (m) => m + wordsHtml(slug, words));
		unused.delete(page);
	}
	const added = await index.addHTMLFile({ sourcePath, content });
	if (added.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
	if (/data-pagefind-body/.test(content)) pageCount++;
}

for (const locale of locales) {
	for (const [key, path] of Object.entries(records)) {
		const { title, text } = strings[locale.slug].records[key];
		const words = ownersWords[locale.slug][key];
		unused.delete(`${locale.slug}/${key}`);
		// Like the pages' own, a record's URL is relative to the site root: the search page adds the base path.
		const html = `<html lang="${locale.lang}"><body><main data-pagefind-body><h1>${escape(title)}</h1>${wordsHtml(locale.slug, words)}<p>${escape(text)}</p></main></body></html>`;
		const record = await index.addHTMLFile({ url: `/${locale.slug}/${path}`, content: html });
		if (record.errors.length) throw new Error(`Pagefind: ${record.errors.join('; ')}`);
	}
}
// A list naming a page search cannot find is a typo in the data, not something to skip.
if (unused.size) throw new Error(`content/search: no indexed page for ${[...unused].join(', ')}`);

const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await close();

/** Every built HTML file under a folder. */
function htmlFiles(folder) {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(folder, f));
}

// Each Han character of the Chinese pages, written in every Chinese script the site has. Kept: the
// characters whose forms differ and that the other script's pages never use as they are (台 is
// written 台 on both), as aligned strings (see src/domain/script-map.ts).
const scripts = [...new Set(locales.map((l) => l.script))].filter((s) => s in opencc);
const used = Object.fromEntries(scripts.map((s) => [s, new Set()]));
for (const locale of locales.filter((l) => scripts.includes(l.script))) {
	for (const file of htmlFiles(join(dir, locale.slug))) {
		// Quotes marked in another language (the decoder list shows Taiwan's notice on the mainland page) are not the page's script.
		const text = readFileSync(file, 'utf8')
			.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
			.replace(/<span lang="([^"]+)"[^>]*>[^<]*<\/span>/g, (quote, lang) => (lang === locale.lang ? quote : ' '))
			.replace(/<[^>]+>/g, ' ');
		for (const c of text.match(/\p{Script=Han}/gu) ?? []) used[locale.script].add(c);
	}
}
const converters = Object.fromEntries(scripts.map((s) => [s, OpenCC.Converter(opencc[s])]));
const rows = new Set();
for (const script of scripts) {
	for (const c of used[script]) {
		const forms = scripts.map((s) => (s === script ? c : converters[s](c)));
		const single = forms.every((f) => [...f].length === 1);
		const sharedAsIs = scripts.some((s) => s !== script && used[s].has(c));
		if (single && !sharedAsIs && new Set(forms).size > 1) rows.add(forms.join(''));
	}
}
for (const pair of usage) {
	for (const row of rows) if (scripts.some((s, i) => [...row][i] === pair[s])) rows.delete(row);
	rows.add(scripts.map((s) => pair[s]).join(''));
}
const map = Object.fromEntries(scripts.map((s, i) => [s, [...rows].map((row) => [...row][i]).join('')]));
writeFileSync(`${dir}/pagefind/script-map.json`, JSON.stringify(map));

console.log(`Pagefind: indexed ${pageCount} pages and ${locales.length * Object.keys(records).length} records into ${dir}/pagefind; ${rows.size} characters differ between ${scripts.join(' and ')}`);
