// Loaded with import() on the wizard's first answer (or at once when there is progress to restore
// or an address that asks for a screen): the flow, its walk, the reducer and saved progress. The
// first screen needs none of it: the page gives the island that screen and a fresh session.
export { walkStepCount } from '../domain/flow/flow';
export { likelyReasons } from '../domain/flow/diagnose';
export { disableDeadline, effectiveReason, previousScreen, resolveScreen } from '../domain/flow/walk';
export { initialSession, reduce } from '../domain/flow/wizard-reducer';
export { loadState, saveState } from './storage';
