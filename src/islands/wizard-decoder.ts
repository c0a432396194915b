import stylesheet from '../styles/decoder.css?url';
import { localeUrl } from '../utils/urls';

/**
 * The decoder on the wizard's `paste` screen, loaded when that screen first opens and never
 * before: the panel's markup and data from the fragment page /{locale}/decode/panel/, the decoder
 * page's own script (browser/decoder-panel.ts, the chunk that page loads) and its styles as a file.
 * Mounted once and kept, so Back and forward find the paste and its result as they were.
 */
let panel: Promise<HTMLElement> | undefined;

async function fragment(locale: string): Promise<HTMLElement> {
	const response = await fetch(localeUrl(locale, 'decode/panel'));
	if (!response.ok) throw new Error(`${response.status} ${response.url}`);
	// An inert document: nothing in it runs or loads; only the panel is taken, with its JSON data.
	const root = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector<HTMLElement>('[data-decoder]');
	if (!root) throw new Error('No decoder panel in the fragment');
	return document.adoptNode(root);
}

function styles(): Promise<void> {
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = stylesheet;
		link.onload = () => resolve();
		link.onerror = () => {
			link.remove();
			reject(new Error(`${stylesheet} did not load`));
		};
		document.head.append(link);
	});
}

/** The mounted panel, to be put into the page; a failed load may be tried again. */
export function decoderPanel(locale: string): Promise<HTMLElement> {
	panel ??= Promise.all([fragment(locale), import('./decoder-module'), styles()]).then(([root, { mountDecoder }]) => {
		mountDecoder(root);
		return root;
	});
	panel.catch(() => (panel = undefined));
	return panel;
}
