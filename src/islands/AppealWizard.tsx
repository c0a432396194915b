import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { done, screenById, type Answer, type Answers, type Screen } from '../domain/flow';
import { isBanReason } from '../domain/reasons';
import { freshState, storageKey, type RestoreNotice, type WizardState } from '../domain/saved-state';
import { fill } from '../domain/text';
import { validateForm } from '../domain/validate';
import { editAnswer, effectiveReason, isAnswered, nextScreen, previousScreen, resolveScreen } from '../domain/walk';
import { ErrorSummary, type ErrorLink } from './ErrorSummary';
import { fieldDomId } from './fields';
import { ResultView } from './ResultView';
import { CheckView, ChoiceView, FormView, InfoView, StepView, type ScreenProps } from './screens';
import { clearState, loadState, saveState } from './storage';
import { lookup } from './text';
import type { WizardProps } from './types';

type Notice = RestoreNotice | 'noStorage' | 'cleared';

function stepUrl(id: string): string {
	return `${location.pathname}?step=${encodeURIComponent(id)}`;
}

/** Saved progress, then the URL: ?reason= presets the reason, ?step= asks for a screen on the path. */
function initialState(): { state: WizardState; notice?: Notice } {
	const loaded = loadState();
	const params = new URLSearchParams(location.search);
	let answers: Answers = { ...(loaded.state?.answers ?? {}) };
	const reason = params.get('reason');
	let asked = params.get('step') ?? loaded.state?.current;
	if (isBanReason(reason) && answers['reason'] !== reason) {
		// A link from the guide names a reason: it replaces a saved one, shown on its screen.
		const hadReason = answers['reason'] !== undefined;
		answers = editAnswer(answers, 'reason', reason);
		if (hadReason) asked = 'reason';
	}
	const current = resolveScreen(asked, answers).id;
	const state: WizardState = { ...loaded.state, answers, current };
	return loaded.notice ? { state, notice: loaded.notice } : { state };
}

export default function AppealWizard(props: WizardProps) {
	const s = props.strings;
	// The server renders the first screen; saved progress and the URL are read once mounted.
	const [state, setState] = useState<WizardState>(freshState);
	const [ready, setReady] = useState(false);
	const [notice, setNotice] = useState<Notice | undefined>(undefined);
	const [errors, setErrors] = useState<Record<string, string>>({});
	const [changing, setChanging] = useState(false);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const summaryRef = useRef<HTMLDivElement>(null);
	const focusNext = useRef<'heading' | 'summary' | undefined>(undefined);
	const baseTitle = useRef('');

	const screen = resolveScreen(state.current, state.answers);
	const ctx = { reason: effectiveReason(state.answers) ?? 'unknown' };
	const hasErrors = Object.keys(errors).length > 0;

	useLayoutEffect(() => {
		const initial = initialState();
		baseTitle.current = document.title;
		setState(initial.state);
		if (initial.notice) setNotice(initial.notice);
		setReady(true);
		history.replaceState({ step: initial.state.current }, '', stepUrl(initial.state.current));
	}, []);

	useEffect(() => {
		if (ready && notice !== 'noStorage') saveState({ ...state, current: screen.id });
	}, [ready, state, screen.id, notice]);

	useEffect(() => {
		const onPop = (event: PopStateEvent) => {
			const step = (event.state as { step?: string } | null)?.step ?? new URLSearchParams(location.search).get('step') ?? undefined;
			setErrors({});
			setState((prev) => ({ ...prev, current: resolveScreen(step, prev.answers).id }));
			focusNext.current = 'heading';
		};
		// "Clear my answers" in another tab clears this one too (shared computers).
		const onStorage = (event: StorageEvent) => {
			if (event.key !== storageKey || event.newValue !== null) return;
			setState(freshState());
			setNotice('cleared');
		};
		window.addEventListener('popstate', onPop);
		window.addEventListener('storage', onStorage);
		return () => {
			window.removeEventListener('popstate', onPop);
			window.removeEventListener('storage', onStorage);
		};
		// Registered once; the handler reads state through setState.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	useEffect(() => {
		if (!ready) return;
		const title = screen.kind === 'check' || screen.kind === 'result' ? lookup(s, `screens.${screen.kind}.title`) : lookup(s, `screens.${screen.id}.title`);
		document.title = `${hasErrors ? s.errorPrefix : ''}${title} – ${baseTitle.current}`;
	}, [ready, screen.id, hasErrors]);

	useLayoutEffect(() => {
		if (focusNext.current === 'summary') summaryRef.current?.focus();
		else if (focusNext.current === 'heading') headingRef.current?.focus();
		focusNext.current = undefined;
	});

	function go(target: Screen) {
		setErrors({});
		setState((prev) => ({ ...prev, current: target.id }));
		history.pushState({ step: target.id, from: screen.id }, '', stepUrl(target.id));
		focusNext.current = 'heading';
		window.scrollTo(0, 0);
	}

	function answer(key: string, value: Answer) {
		setState((prev) => ({ ...prev, answers: editAnswer(prev.answers, key, value) }));
	}

	function showErrors(found: Record<string, string>) {
		setErrors(found);
		focusNext.current = 'summary';
	}

	function advance(answers: Answers) {
		const backToCheck = changing && screen.kind !== 'check' && isAnswered(screen, answers);
		const next = backToCheck ? resolveScreen('check', answers) : nextScreen(screen.id, answers);
		if (next.id === 'check' || next.kind === 'result') setChanging(false);
		go(next);
	}

	function onContinue(event: Event) {
		event.preventDefault();
		let answers: Answers = state.answers;
		if (screen.kind === 'choice') {
			if (!isAnswered(screen, answers)) return showErrors({ [screen.id]: s.errors['choose-one'] });
		} else if (screen.kind === 'form') {
			const result = validateForm(screen, answers, ctx);
			if (result.errors.length) {
				return showErrors(
					Object.fromEntries(
						result.errors.map((e) => [e.field, fill(s.errors[e.code], { label: lookup(s, `fields.${e.field}.label`) })]),
					),
				);
			}
			answers = { ...answers, ...result.values, [screen.id]: done };
		} else {
			answers = { ...answers, [screen.id]: done };
		}
		setState((prev) => ({ ...prev, answers }));
		advance(answers);
	}

	function clearAnswers() {
		if (!window.confirm(s.clearConfirm)) return;
		clearState();
		setErrors({});
		setChanging(false);
		setNotice('cleared');
		const fresh = freshState();
		setState(fresh);
		history.pushState({ step: fresh.current }, '', stepUrl(fresh.current));
		focusNext.current = 'heading';
	}

	const previous = previousScreen(screen.id, state.answers);
	const errorLinks: ErrorLink[] = Object.entries(errors).map(([key, message]) => {
		const target = screen.kind === 'choice' ? fieldDomId(screen.id, screen.options[0]) : fieldDomId(key);
		return { target, message };
	});
	const screenProps: ScreenProps = {
		screen,
		answers: state.answers,
		ctx,
		props,
		headingRef,
		errors,
		onAnswer: answer,
		onChange: (id) => {
			setChanging(true);
			go(screenById(id) ?? screen);
		},
	};
	const continueLabel =
		screen.kind === 'step' ? s.doneStep : screen.kind === 'check' ? s.screens.check.continue : s.continue;

	return (
		<div class="wizard" data-screen={screen.id} data-ready={ready ? 'true' : undefined}>
			{previous && (
				<a
					class="back-link no-print"
					href={`?step=${previous.id}`}
					onClick={(e) => {
						e.preventDefault();
						// Coming straight from there: step back in history, so the browser's Back stays in step.
						if ((history.state as { from?: string } | null)?.from === previous.id) history.back();
						else go(previous);
					}}
				>
					{s.back}
				</a>
			)}
			<div role="status">{notice && <p class="notice">{s.notice[notice]}</p>}</div>
			<ErrorSummary title={s.errorSummaryTitle} errors={errorLinks} summaryRef={summaryRef} />
			{screen.kind === 'result' ? (
				<ResultView props={props} answers={state.answers} state={state} headingRef={headingRef} onState={(patch) => setState((prev) => ({ ...prev, ...patch }))} />
			) : (
				<form class="wizard-form" noValidate onSubmit={onContinue}>
					{screen.kind === 'choice' && <ChoiceView {...screenProps} screen={screen} />}
					{screen.kind === 'form' && <FormView {...screenProps} screen={screen} />}
					{screen.kind === 'step' && <StepView {...screenProps} screen={screen} />}
					{(screen.kind === 'info' || screen.kind === 'outcome') && <InfoView {...screenProps} />}
					{screen.kind === 'check' && <CheckView {...screenProps} />}
					{screen.kind === 'outcome' ? (
						<p class="actions">
							<a class="button" href={props.isItABanUrl}>
								{s.outcomeMore}
							</a>
							<button
								type="button"
								onClick={() => {
									const first = screenById(freshState().current)!;
									go(first);
								}}
							>
								{s.startAgain}
							</button>
						</p>
					) : (
						<button type="submit" class="primary" disabled={!ready}>
							{continueLabel}
						</button>
					)}
				</form>
			)}
			<div class="clear-answers no-print">
				<button type="button" class="link-button" onClick={clearAnswers}>
					{s.clear}
				</button>
				<span class="hint"> {s.clearHint}</span>
			</div>
		</div>
	);
}
