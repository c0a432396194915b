// Builds the search index into dist/pagefind with Pagefind's Node API (one index per <html lang>),
// adds the pages search should find that have no indexed body (the appeal wizard, the decoder),
// and writes the character map that lets a search page recognise the other Chinese script.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';
import * as OpenCC from 'opencc-js';

const dir = process.argv[2] ?? 'dist';
const { locales } = JSON.parse(readFileSync('content/locales.json', 'utf8'));

/** Pages found by what they do rather than by their text: strings `search.records.<key>`. */
const records = { appeal: 'appeal/', decode: 'decode/' };

/** How opencc writes each Chinese script (content/locales.json names the script of each locale). */
const opencc = { Hans: { from: 'tw', to: 'cn' }, Hant: { from: 'cn', to: 'tw' } };
/** Pairs opencc's character tables miss: Taiwan's 帳號 is 账号 in mainland text (opencc says 帐, 賬). */
const usage = [{ Hans: '账', Hant: '帳' }];

const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);

for (const locale of locales) {
	const strings = JSON.parse(readFileSync(`content/i18n/${locale.slug}.json`, 'utf8')).search.records;
	for (const [key, path] of Object.entries(records)) {
		const { title, text } = strings[key];
		// Like the pages' own, a record's URL is relative to the site root: the search page adds the base path.
		const record = await index.addCustomRecord({ url: `/${locale.slug}/${path}`, content: `${title}. ${text}`, language: locale.lang.toLowerCase(), meta: { title } });
		if (record.errors.length) throw new Error(`Pagefind: ${record.errors.join('; ')}`);
	}
}

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
		const text = readFileSync(file, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
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

console.log(`Pagefind: indexed ${added.page_count} pages and ${locales.length * Object.keys(records).length} records into ${dir}/pagefind; ${rows.size} characters differ between ${scripts.join(' and ')}`);
