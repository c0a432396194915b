import { fill } from '../domain/text';

// Runs only on the search page. Pagefind's own script is imported when a query is run, never before.
interface PagefindResult {
	data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
	options: (options: { baseUrl: string }) => Promise<void>;
	search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

interface Strings {
	loading: string;
	noResults: string;
	resultsOne: string;
	resultsOther: string;
	empty: string;
	error: string;
}

let pagefind: Promise<Pagefind> | undefined;

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

export function runSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !input || !status || !list) return;
	const strings = JSON.parse(list.dataset.strings ?? '{}') as Strings;
	const bundle = list.dataset.bundle ?? '/pagefind/';
	const base = list.dataset.base ?? '/';

	let latest = 0;

	async function run(query: string): Promise<void> {
		const runId = ++latest;
		list!.replaceChildren();
		if (!query.trim()) {
			status!.textContent = strings.empty;
			return;
		}
		status!.textContent = strings.loading;
		try {
			pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (p) => {
				await p.options({ baseUrl: base });
				return p;
			});
			const { results } = await (await pagefind).search(query);
			const pages = await Promise.all(results.slice(0, 20).map((r) => r.data()));
			// A newer search started meanwhile: its results win.
			if (runId !== latest) return;
			for (const page of pages) {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = page.url;
				link.textContent = page.meta.title ?? page.url;
				const excerpt = document.createElement('p');
				excerpt.append(...excerptNodes(page.excerpt));
				item.append(link, excerpt);
				list!.append(item);
			}
			const count = results.length;
			status!.textContent =
				count === 0
					? fill(strings.noResults, { query })
					: fill(count === 1 ? strings.resultsOne : strings.resultsOther, { count, query });
		} catch {
			pagefind = undefined;
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
