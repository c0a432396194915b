import { fill } from '../domain/text/text';
import { convertScript, queryScript, type ScriptMap } from '../domain/text/script-map';

// Runs only on the search page. Pagefind's own script is imported when a query is run, never before.
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations?: number[];
}
interface PagefindPage {
	url: string;
	meta: { title?: string };
	excerpt: string;
	sub_results?: PagefindSubResult[];
}
interface PagefindResult {
	data: () => Promise<PagefindPage>;
}
interface Pagefind {
	options: (options: { baseUrl: string; ranking?: { termFrequency?: number } }) => Promise<void>;
	search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

interface Strings {
	loading: string;
	noResults: string;
	resultsOne: string;
	resultsOther: string;
	empty: string;
	error: string;
	otherScript: string;
}

/** A locale written in another script, whose results a query in that script is offered. */
interface OtherLocale {
	script: string;
	lang: string;
	name: string;
	href: string;
}

/**
 * Pagefind's ranking, tuned on the owners' words (content/search): a page ranks by the weight of
 * the words it matches (titles, headings, the owners' words listed for it) far more than by how
 * often a long guide page repeats a common word such as 被封 or "banned". Measured on the lists of
 * 7 December 2026: with Pagefind's default (termFrequency 1), 108 of 125 phrases found their page
 * first; with 0.02, all 125 (tests/e2e/search.test.ts, "owners' words").
 */
const ranking = { termFrequency: 0.02 };

/** How many sections of one page are linked under it. */
const sectionsShown = 3;

let pagefind: Promise<Pagefind> | undefined;
let scriptMap: Promise<ScriptMap> | undefined;

/** Pagefind marks hits with <mark>; everything else in an excerpt is text we escape. */
function excerptNodes(excerpt: string): Node[] {
	const parts = excerpt.split(/<mark>|<\/mark>/);
	// A textarea decodes entities without parsing markup or trimming spaces.
	const decoder = document.createElement('textarea');
	return parts.map((part, i) => {
		decoder.innerHTML = part;
		const text = document.createTextNode(decoder.value);
		if (i % 2 === 0) return text;
		const mark = document.createElement('mark');
		mark.append(text);
		return mark;
	});
}

function link(href: string, text: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = text;
	return a;
}

function excerpt(html: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.append(...excerptNodes(html));
	return p;
}

/** One page: its title and excerpt, then the sections with most hits, each linked to its heading. */
function resultItem(page: PagefindPage): HTMLLIElement {
	const item = document.createElement('li');
	item.append(link(page.url, page.meta.title ?? page.url), excerpt(page.excerpt));
	const sections = (page.sub_results ?? [])
		.filter((s) => s.url.includes('#'))
		.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
		.slice(0, sectionsShown);
	if (sections.length > 0) {
		const list = document.createElement('ul');
		list.className = 'search-sections';
		for (const s of sections) {
			const li = document.createElement('li');
			li.append(link(s.url, s.title), excerpt(s.excerpt));
			list.append(li);
		}
		item.append(list);
	}
	return item;
}

/** "See the results for “{{query}}” in {{language}}", with the language name in its own language. */
function otherScriptLink(template: string, query: string, other: OtherLocale): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = `${other.href}?q=${encodeURIComponent(query)}`;
	a.hreflang = other.lang;
	template.split('{{language}}').forEach((part, i) => {
		if (i > 0) {
			const name = document.createElement('span');
			name.lang = other.lang;
			name.textContent = other.name;
			a.append(name);
		}
		a.append(fill(part, { query }));
	});
	return a;
}

export function runSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const other = document.querySelector<HTMLElement>('[data-search-other]');
	const browse = document.querySelector<HTMLElement>('[data-search-browse]');
	const none = document.querySelector<HTMLElement>('[data-search-none]');
	if (!form || !input || !status || !list || !other) return;
	const strings = JSON.parse(list.dataset.strings ?? '{}') as Strings;
	const others = JSON.parse(list.dataset.others ?? '[]') as OtherLocale[];
	const pageScript = list.dataset.script ?? '';
	const bundle = list.dataset.bundle ?? '/pagefind/';
	const base = list.dataset.base ?? '/';

	let latest = 0;

	/** The locale to offer and the query to search here, when the query is in another script. */
	async function otherScript(query: string): Promise<{ locale?: OtherLocale | undefined; query: string }> {
		if (others.length === 0 || !/\p{Script=Han}/u.test(query)) return { query };
		scriptMap ??= fetch(`${bundle}script-map.json`).then((r) => (r.ok ? (r.json() as Promise<ScriptMap>) : ({} as ScriptMap)));
		const map = await scriptMap;
		const script = queryScript(query, pageScript, [...new Set(others.map((o) => o.script))], map);
		if (!script) return { query };
		const locale = others.find((o) => o.script === script);
		return { locale, query: pageScript in map ? convertScript(query, script, pageScript, map) : query };
	}

	async function run(typed: string): Promise<void> {
		const runId = ++latest;
		list!.replaceChildren();
		other!.replaceChildren();
		other!.hidden = true;
		if (browse) browse.hidden = false;
		if (none) none.hidden = true;
		if (!typed.trim()) {
			status!.textContent = strings.empty;
			return;
		}
		status!.textContent = strings.loading;
		try {
			pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (p) => {
				await p.options({ baseUrl: base, ranking });
				return p;
			});
			const { locale, query } = await otherScript(typed).catch(() => ({ locale: undefined, query: typed }));
			const { results } = await (await pagefind).search(query);
			const pages = await Promise.all(results.slice(0, 20).map((r) => r.data()));
			// A newer search started meanwhile: its results win.
			if (runId !== latest) return;
			list!.append(...pages.map(resultItem));
			if (locale) {
				other!.append(otherScriptLink(strings.otherScript, typed, locale));
				other!.hidden = false;
			}
			if (browse) browse.hidden = results.length > 0;
			if (none) none.hidden = results.length > 0;
			const count = results.length;
			status!.textContent =
				count === 0
					? fill(strings.noResults, { query })
					: fill(count === 1 ? strings.resultsOne : strings.resultsOther, { count, query });
		} catch {
			pagefind = undefined;
			scriptMap = undefined;
			if (runId === latest) status!.textContent = strings.error;
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const query = input.value;
		history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
		void run(query);
	});
	const initial = new URLSearchParams(location.search).get('q') ?? '';
	input.value = initial;
	if (initial) void run(initial);
}
