import { screenById } from './flow';
import { freshState } from './saved-state';
import { firstLoadEntries, perScreen } from './wizard-join';

/** The whole text again, as the island uses it once the rest has loaded (in its own module). */
export { joinWizardStrings } from './wizard-join';

/**
 * The wizard's text in two parts, so a visit's first load carries only what its first screen
 * shows. The rest (every other screen, question and field) loads once the visitor starts.
 */
type Strings = Record<string, unknown>;

/** Text only the page itself shows, to visitors whose script did not run: never sent to the island. */
const pageOnly = ['noscript'];
/**
 * What the island shows around any screen, the first included: the rest of the text loads later.
 * Not the deadline note: the first screen never shows it, and the others only once the rest is in.
 */
const firstLoad = ['loading', 'loadFailed', 'retry', 'continue', 'back', 'errorPrefix', 'errorSummaryTitle', 'notice', 'clear', 'clearConfirm', 'clearHint'];

/** The screen a fresh visit opens on. */
export const firstScreenId = freshState().current;

/** The keys under screens, options and fields that the first screen reads. */
function firstScreenKeys(): Set<string> {
	const screen = screenById(firstScreenId);
	if (!screen) return new Set();
	const keys = [screen.id, `${screen.id}-hints`];
	if (screen.kind === 'choice' && screen.optionsKey) keys.push(screen.optionsKey, `${screen.optionsKey}-hints`);
	if (screen.kind === 'form') keys.push(...screen.fields.map((f) => f.id));
	return new Set(keys);
}

function pick(group: unknown, keep: (key: string) => boolean): Strings {
	return Object.fromEntries(Object.entries((group ?? {}) as Strings).filter(([key]) => keep(key)));
}

/** `first` goes into the page with the island; `rest` is served as JSON beside it. */
export function splitWizardStrings<T extends Strings>(strings: T): { first: T; rest: Strings } {
	const own = firstScreenKeys();
	const first: Strings = {};
	const rest: Strings = {};
	for (const [key, value] of Object.entries(strings)) {
		if (pageOnly.includes(key)) continue;
		if ((perScreen as readonly string[]).includes(key)) {
			first[key] = pick(value, (k) => own.has(k));
			rest[key] = pick(value, (k) => !own.has(k));
		} else if (firstLoadEntries[key]) {
			first[key] = pick(value, (k) => firstLoadEntries[key]!.includes(k));
			rest[key] = pick(value, (k) => !firstLoadEntries[key]!.includes(k));
		} else if (firstLoad.includes(key)) first[key] = value;
		else rest[key] = value;
	}
	// Until `rest` arrives the island shows only the first screen, which reads only what `first` holds.
	return { first: first as T, rest };
}
