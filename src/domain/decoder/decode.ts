import { catalogueData, fullCatalogue } from './catalogue';
import { decodeWith, textOf, type Catalogue, type Decoded, type Options, type SignalKind, type Table } from './engine';

/**
 * `decode(text)`: what a paste is, read with the whole catalogue (every language's phrases). The
 * reading is engine.ts over reader.ts; what values mean is data (catalogue.ts). The browser runs
 * the same engine with the catalogue it fetches (browser/decoder-panel.ts).
 */
export { situations, signalKinds, type Decoded, type Restriction, type Signal, type SignalKind, type Situation } from './engine';
export { toCalendarDate, toInstant } from './reader';

const compiled: Catalogue = fullCatalogue();
const full = () => compiled;

/** Kind → value → meaning, codes under "code". */
export const catalogue: Readonly<Record<SignalKind, Table>> = catalogueData.values;

/** Every phrase (the app's screens, Meta's notices, labels and titles), as matched. */
export const phrases = compiled.phrases;

/** The explanation id of a known value, or undefined. */
export const signalText = (kind: SignalKind, value: string) => textOf(full(), kind, value);

export function decode(input: unknown, options?: Options): Decoded {
	return decodeWith(full(), input, options);
}
