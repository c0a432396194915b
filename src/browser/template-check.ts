import { checkTemplateWith, type Checked, type Rules } from '../domain/template-check/engine';
import { fill } from '../domain/text/text';
import type { UiStrings } from '../i18n/schema';

/**
 * The template check's form (pages/[locale]/template-check/): a textarea, a Check button, an
 * element with data-tc-result, and the data below as JSON in script[data-tc-data]. What each signal
 * means is read from the page's own checklist (li[data-signal], with data-part title, meaning and
 * a source link), so no text travels twice. The rules (content/template-check/rules.json) are
 * fetched from the site on the first Check. Nothing is sent or stored; the paste only ever enters
 * the page as text.
 */
export interface TemplateCheckData {
	rulesUrl: string;
	strings: Pick<UiStrings['templateCheck'], 'empty' | 'failed' | 'resultTitle' | 'likely' | 'foundTitle' | 'honest' | 'asOf'> & {
		categories: UiStrings['templateCheck']['categories'];
	};
}

let rules: Promise<Rules> | undefined;
function loadRules(href: string): Promise<Rules> {
	rules ??= fetch(href).then((r) => (r.ok ? (r.json() as Promise<Rules>) : Promise.reject(new Error(`${r.status} ${href}`))));
	rules.catch(() => (rules = undefined));
	return rules;
}

function el(tag: string, text?: string, className?: string): HTMLElement {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function render(out: HTMLElement, checked: Checked, data: TemplateCheckData, root: ParentNode): void {
	const s = data.strings;
	const category = s.categories[checked.category];
	out.replaceChildren(el('h2', s.resultTitle), el('p', fill(s.likely, { category: category.name }), 'verdict'), el('p', category.cost));
	if (checked.signals.length) {
		out.append(el('h3', s.foundTitle));
		const list = el('ul');
		// One entry per signal, with every quote that shows it.
		const quotes = new Map<string, string[]>();
		for (const signal of checked.signals) quotes.set(signal.id, [...(quotes.get(signal.id) ?? []), signal.quote]);
		for (const [id, found] of quotes) {
			const item = root.querySelector<HTMLElement>(`[data-signal="${id}"]`);
			const part = (name: string) => item?.querySelector(`[data-part="${name}"]`);
			const li = el('li');
			li.append(el('strong', part('title')?.textContent ?? id));
			for (const quote of found) if (quote) li.append(el('blockquote', quote));
			li.append(el('p', part('meaning')?.textContent ?? ''));
			const source = part('source');
			if (source) li.append(source.cloneNode(true));
			list.append(li);
		}
		out.append(list);
	}
	if (checked.category === 'MARKETING') out.append(el('p', s.honest, 'note'));
	out.append(el('p', s.asOf, 'hint'));
	out.hidden = false;
	out.focus();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-tc]')) {
	const root = form.parentElement!;
	// The checklist the explanations are read from is the page's, outside the form's box.
	const data = JSON.parse(root.querySelector('script[data-tc-data]')!.textContent!) as TemplateCheckData;
	const input = form.querySelector('textarea')!;
	const error = form.querySelector<HTMLElement>('[data-tc-error]')!;
	const out = root.querySelector<HTMLElement>('[data-tc-result]')!;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const text = input.value;
		const empty = !text.trim();
		error.textContent = empty ? data.strings.empty : '';
		error.hidden = !empty;
		if (empty) {
			input.focus();
			return;
		}
		loadRules(data.rulesUrl).then(
			(loaded) => render(out, checkTemplateWith(loaded, text), data, document),
			() => {
				error.textContent = data.strings.failed;
				error.hidden = false;
			},
		);
	});
}
