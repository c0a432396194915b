/**
 * The wizard's flow: which screen comes next for the answers given. The screens as data
 * (flow.ts, case-screens.ts, with their shapes in screen.ts and the answer values in answers.ts),
 * the reasons Meta names and the cases they open (reasons.ts), the walk that replays answers
 * (walk.ts), the judges of answers (validate.ts, contradictions.ts, diagnose.ts), the reducer the
 * island dispatches to (wizard-reducer.ts), saved progress (saved-state.ts) and which text the
 * first screen needs (wizard-parts.ts). Imports only text/ below it.
 */
export * from './flow';
export * from './reasons';
export * from './walk';
export * from './wizard-reducer';
