/**
 * The site's Chinese characters in each script, aligned: position i of every string is the same
 * character written in that script (`{ Hans: "发后…", Hant: "發後…" }`). Built from the site's own
 * text at build time (scripts/pagefind.mjs), so a search page can tell and convert the other
 * script without shipping a converter.
 */
export type ScriptMap = Readonly<Record<string, string>>;

const chars = (s: string) => Array.from(s);

/** Characters that exist only in `script`: the ones that give a query away as written in it. */
function ownChars(map: ScriptMap, script: string): Set<string> {
	const others = new Set(Object.entries(map).flatMap(([s, text]) => (s === script ? [] : chars(text))));
	return new Set(chars(map[script] ?? '').filter((c) => !others.has(c)));
}

/**
 * The script among `candidates` that `query` is written in, if it is not `pageScript`: the one
 * with most characters of its own in the query. Undefined when nothing in the query gives one away.
 */
export function queryScript(query: string, pageScript: string, candidates: readonly string[], map: ScriptMap): string | undefined {
	let best: { script: string; hits: number } | undefined;
	for (const script of candidates) {
		if (script === pageScript || !(script in map)) continue;
		const own = ownChars(map, script);
		const hits = chars(query).filter((c) => own.has(c)).length;
		if (hits > 0 && (!best || hits > best.hits)) best = { script, hits };
	}
	return best?.script;
}

/** `text` with every character the map knows rewritten from one script to the other. */
export function convertScript(text: string, from: string, to: string, map: ScriptMap): string {
	const source = chars(map[from] ?? '');
	const target = chars(map[to] ?? '');
	const table = new Map<string, string>();
	source.forEach((c, i) => {
		if (!table.has(c) && target[i]) table.set(c, target[i]);
	});
	return chars(text)
		.map((c) => table.get(c) ?? c)
		.join('');
}
