// Loaded with import() once the visitor starts: every screen after the first's kind, and the
// appeal's generator with the screens that show it.
export { ResultView } from './ResultView';
export { currentAppeal, handoffMessage } from './current-appeal';
export { TextActions } from './TextActions';
export { CheckView, FormView, HandoffView, InfoView, OutcomeView, SafetyNote, StepView } from './later-screens';
