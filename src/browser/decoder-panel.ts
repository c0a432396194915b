import { decodeWith, explanationsOf, type Catalogue, type Decoded } from '../domain/decoder/engine';
import { formatBanDate, formatInstant, routes, wizardHrefFor } from '../domain/decoder/decode-routes';
import type { SignalTexts } from '../domain/decoder/signals-schema';
import { fill } from '../domain/text/text';
import type { UiStrings } from '../i18n/schema';

/**
 * The decoder panel: markup from DecoderPanel.astro (a form with a textarea, example buttons with
 * data-paste, an element with data-decode-result, a template[data-decode-picks] with the links to
 * pick a situation by hand, and the data below as JSON in script[data-decoder-data]). What
 * each result means is text, not data: on the decoder page it is the page's list (data-situation);
 * an embedded panel carries it as JSON in script[data-decoder-texts]. What each value means comes
 * with the catalogue.
 * The catalogue (what values, codes and phrases mean) is fetched from the site on the first "Read
 * it": the page's script's phrases with it, another script's only for a paste written in it.
 * Everything is read and shown here; nothing is sent or stored, and the paste is only ever put
 * into the page as text.
 */
export interface DecoderData {
	/** BCP 47 tag for dates. */
	lang: string;
	/** The wizard's address; the situation and reason ids are added as query parameters. */
	appealUrl: string;
	guides: Record<string, { href: string; title: string }>;
	/** The catalogue for this page's language (pages/[locale]/decode/data.json.ts). */
	dataUrl: string;
	/** Each script's phrases ('latn', 'han'), for a paste in a script the page's data lacks. */
	phrasesUrls: Record<string, string>;
	/** The script of the page's phrases. */
	script: string;
	strings: Omit<UiStrings['decode']['result'], 'pick' | 'pickTitle'>;
}

const scripts: Record<string, RegExp> = { latn: /[a-z]{3}/i, han: /[\u3400-\u9fff]/ };
const loaded = new Map<string, Promise<unknown>>();
const getJson = <T>(href: string): Promise<T> => {
	let p = loaded.get(href);
	if (!p) {
		p = fetch(href).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${href}`))));
		p.catch(() => loaded.delete(href));
		loaded.set(href, p);
	}
	return p as Promise<T>;
};

/** The catalogue, with the phrases of every script the paste is written in. */
async function catalogueFor(data: DecoderData, paste: string): Promise<Catalogue & { signals: Record<string, string> }> {
	const cat = await getJson<Catalogue & { signals: Record<string, string> }>(data.dataUrl);
	const others = Object.keys(data.phrasesUrls).filter((s) => s !== data.script && scripts[s]?.test(paste));
	const extra = await Promise.all(others.map((s) => getJson<Pick<Catalogue, 'phrases' | 'fold'>>(data.phrasesUrls[s]!)));
	let all = cat;
	for (const e of extra) all = { ...all, phrases: [...all.phrases, ...e.phrases], ...(e.fold ? { fold: e.fold } : {}) };
	return all;
}

function textsOnPage(): SignalTexts {
	const texts: SignalTexts = { situations: {}, signals: {} };
	for (const node of document.querySelectorAll<HTMLElement>('[data-situation]')) {
		const entry = (texts.situations[node.dataset.situation!] ??= { title: '', next: '' });
		entry[node.dataset.part === 'title' ? 'title' : 'next'] = node.textContent!.trim();
	}
	return texts;
}

type Child = Node | string | false | undefined | null;

function el(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
	for (const child of children) if (child) node.append(child);
	return node;
}

function render(out: HTMLElement, d: Decoded, data: DecoderData, texts: SignalTexts, picks: Node | undefined): void {
	const { strings: s, lang } = data;
	const route = routes[d.situation];
	const situation = texts.situations[d.situation]!;
	const meaning = (text?: string) => (text && texts.signals[text]) || s.notListed;
	const now = Date.now();
	const until = (d.restrictions ?? []).map((r) => {
		const signal = d.signals.find((x) => x.value === r.type && x.kind !== 'code');
		const what = (signal?.text && texts.signals[signal.text]) || r.type;
		const line = r.endsAt
			? fill(Date.parse(r.endsAt) < now ? s.ended : s.until, { date: formatInstant(r.endsAt, lang), what })
			: r.days
				? fill(s.lasts, { days: String(r.days), what })
				: fill(s.noEnd, { what });
		return el('li', null, line, r.remediation && el('p', null, s.remediation), r.remediation && el('blockquote', null, r.remediation));
	});
	// A date says what it is: the day of a disable, of a scheduled one, or only "the date Meta gave".
	const has = (x: string) => d.signals.some((g) => g.situation === x);
	const dateLine = has('scheduled-disable') ? s.scheduledOn : has('disabled') ? s.disabledOn : s.banDate;
	const wizard = d.situation !== 'unknown' && wizardHrefFor(data.appealUrl, d);
	const also = d.situations.slice(1).map((x) => texts.situations[x]?.title);
	const guide = data.guides[route.guide];
	out.setAttribute('aria-labelledby', 'decode-result-title');
	const parts: Child[] = [
		el('h2', { id: 'decode-result-title' }, situation.title),
		el('h3', null, s.verdictTitle),
		el('p', { class: `verdict verdict-${route.verdict}` }, s.verdict[route.verdict]),
		(until.length > 0 || d.disableDate) && el('h3', null, s.untilTitle),
		d.disableDate && el('p', null, fill(dateLine, { date: formatBanDate(d.disableDate, lang) })),
		until.length > 0 && el('ul', null, ...until),
		also.length > 0 && el('h3', null, s.alsoTitle),
		also.length > 0 && el('ul', null, ...also.map((t) => el('li', null, t))),
		el('h3', null, s.nextTitle),
		el('p', null, situation.next),
		d.metaText && el('p', null, s.metaText),
		...(d.metaText ?? []).map((t) => el('blockquote', null, t)),
		el('p', { class: 'cta' }, wizard && el('a', { class: 'button primary', href: wizard }, s.continue), guide && el('a', { class: 'button', href: guide.href }, fill(s.guide, { title: guide.title }))),
		d.situation === 'unknown' && picks?.cloneNode(true),
		d.signals.length > 0 && el('h3', null, s.foundTitle),
		d.signals.length > 0 &&
			el('ul', { class: 'decode-found' }, ...d.signals.map((x) => el('li', null, `${s.kinds[x.kind]}: `, el('code', null, x.value), el('span', null, meaning(x.text))))),
		d.evidence.length > 0 && el('h3', null, s.readTitle),
		d.evidence.length > 0 && el('ul', { class: 'decode-evidence' }, ...d.evidence.map((e) => el('li', null, el('code', null, e)))),
	];
	out.replaceChildren(...(parts.filter(Boolean) as (Node | string)[]));
	out.hidden = false;
	out.focus();
}

/** Makes one panel work; a panel already mounted is left as it is. */
export function mountDecoder(root: HTMLElement): void {
	if (root.hasAttribute('data-mounted')) return;
	const json = <T>(selector: string) => JSON.parse(root.querySelector(selector)?.textContent || 'null') as T | null;
	const data = json<DecoderData>('[data-decoder-data]');
	const form = root.querySelector('form');
	const input = root.querySelector('textarea');
	const out = root.querySelector<HTMLElement>('[data-decode-result]');
	const error = root.querySelector<HTMLElement>('[data-decode-error]');
	if (!data || !form || !input || !out || !error) return;
	root.setAttribute('data-mounted', '');
	const texts = json<SignalTexts>('[data-decoder-texts]') ?? textsOnPage();
	const run = async () => {
		// Read once: a textarea gives out a fresh copy of its text every time.
		const paste = input.value;
		const empty = !paste.trim();
		error.textContent = empty ? data.strings.empty : '';
		error.hidden = !empty;
		if (empty) {
			input.setAttribute('aria-invalid', 'true');
			input.focus();
			return;
		}
		input.removeAttribute('aria-invalid');
		let catalogue: Catalogue & { signals: Record<string, string> };
		try {
			catalogue = await catalogueFor(data, paste);
		} catch {
			error.textContent = data.strings.loadFailed;
			error.hidden = false;
			return;
		}
		// A User Timing entry, so `npm run bench` can read how long the decode took in the browser.
		performance.mark('decode-start');
		const decoded = decodeWith(catalogue, paste);
		performance.measure('decode', 'decode-start');
		render(out, decoded, data, { situations: texts.situations, signals: explanationsOf(catalogue) }, root.querySelector('template')?.content);
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-paste]')) {
		button.addEventListener('click', () => {
			input.value = button.dataset.paste ?? '';
			void run();
		});
	}
}

// The panels in the page as this script runs (the decoder page's) are mounted at once: that page's
// script is then only an import of this module, whose chunk the wizard's `paste` screen loads too
// (it mounts the panel it inserts itself).
for (const root of document.querySelectorAll<HTMLElement>('[data-decoder]')) mountDecoder(root);
