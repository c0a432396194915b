/** What the wizard does after its first screen: see wizard-logic.ts. */
export type Logic = typeof import('./wizard-logic');

let logic: Promise<Logic> | undefined;

/** Starts loading once; a failed load may be tried again. */
export function loadLogic(): Promise<Logic> {
	logic ??= import('./wizard-logic');
	logic.catch(() => (logic = undefined));
	return logic;
}
