import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AppealBlocks } from '../domain/letter/appeal';
import type { RestoreNotice } from '../domain/flow/saved-state';
import { storageKey } from '../domain/flow/storage-key';
import { fill } from '../domain/text/text';
import type { Session, WizardEvent } from '../domain/flow/wizard-reducer';
import { loadLater, loadLetter, type LaterPart } from './later-part';
import { loadLogic, type Logic } from './logic-part';
import { ErrorSummary, type ErrorLink } from './ErrorSummary';
import { ChoiceView, type ScreenProps } from './screens';
import { clearState, hasSavedState } from './clear-storage';
import { fieldDomId, has, lookup } from './text';
import type { WizardProps } from './types';

type Notice = RestoreNotice | 'noStorage' | 'cleared';

function stepUrl(id: string): string {
	return `${location.pathname}?step=${encodeURIComponent(id)}`;
}

/** Screens before the deadline is known, where the note would only repeat the question. */
const beforeDeadline = new Set(['what-you-see', 'notice']);

/** Screens that show the appeal text or list answers in its language's words. */
const needsLetter = new Set(['check', 'result', 'handoff', 'step']);

export default function AppealWizard(pageProps: WizardProps) {
	// The server renders the first screen; saved progress and the URL are read once mounted. Until
	// the flow's code arrives (on the first answer, see wizard-logic.ts) the page's first screen and
	// fresh session stand in; events wait for it in order.
	const first = pageProps.first;
	const [session, setSession] = useState<Session>(first.session);
	const [logic, setLogic] = useState<Logic | undefined>(undefined);
	const logicRef = useRef<Logic | undefined>(undefined);
	const queued = useRef<((l: Logic) => void)[]>([]);
	/** An event other than an answer waits for the flow's code: the screen shows "loading" meanwhile. */
	const [waiting, setWaiting] = useState(false);
	const [later, setLater] = useState<LaterPart | undefined>(undefined);
	const [letters, setLetters] = useState<Record<string, AppealBlocks>>({});
	const [loadFailed, setLoadFailed] = useState(false);
	const props = useMemo<WizardProps>(() => (later ? { ...pageProps, strings: later.strings, appealBlocks: letters } : pageProps), [later, letters]);
	const s = props.strings;
	const latest = useRef(session);
	const [ready, setReady] = useState(false);
	const [notice, setNotice] = useState<Notice | undefined>(undefined);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const summaryRef = useRef<HTMLDivElement>(null);
	const focusNext = useRef<'heading' | 'summary' | undefined>(undefined);
	const baseTitle = useRef('');

	const screen = logic ? logic.resolveScreen(session.current, session.answers) : first.screen;
	// Until the rest of the text and code arrive, only the first screen can be shown.
	const shown = !waiting && (screen.id === first.screen.id || (later !== undefined && (!needsLetter.has(screen.kind) || letters[props.locale] !== undefined)));

	function fetchLogic() {
		loadLogic().then(
			(loaded) => {
				if (!logicRef.current) {
					logicRef.current = loaded;
					setLogic(loaded);
				}
				const runs = queued.current.splice(0);
				setWaiting(false);
				for (const run of runs) run(loaded);
			},
			() => setLoadFailed(true),
		);
	}

	/** Runs `run` with the flow's code: at once once it is in, else when it arrives (in the order asked). */
	function withLogic(run: (l: Logic) => void, wait: boolean) {
		if (logicRef.current) return run(logicRef.current);
		queued.current.push(run);
		if (wait) setWaiting(true);
		fetchLogic();
	}

	function startLoading() {
		setLoadFailed(false);
		if (queued.current.length) fetchLogic();
		loadLater(pageProps).then(setLater, () => setLoadFailed(true));
		loadLetter(pageProps, pageProps.locale).then(
			(blocks) => setLetters((loaded) => ({ ...loaded, [pageProps.locale]: blocks })),
			() => setLoadFailed(true),
		);
	}
	const ctx = { reason: logic?.effectiveReason(session.answers) ?? 'unknown' };
	const hasErrors = session.errors.length > 0;

	/**
	 * Runs one event through the reducer. A new screen gets a history entry (unless the browser's
	 * own history brought it), focus on its heading and the top of the page; errors get the summary.
	 */
	function dispatch(event: WizardEvent, history: 'push' | 'none' = 'push') {
		// The first answer starts loading the rest, so it is there by the next screen.
		if (!later) startLoading();
		withLogic((l) => apply(l, event, history), event.type !== 'answer');
	}

	function apply(l: Logic, event: WizardEvent, history: 'push' | 'none') {
		const before = latest.current;
		const next = l.reduce(before, event);
		latest.current = next;
		setSession(next);
		const moved = next.current !== before.current || event.type === 'go' || event.type === 'change' || event.type === 'start-again' || event.type === 'clear';
		if (moved) {
			if (history === 'push') window.history.pushState({ step: next.current, from: before.current }, '', stepUrl(next.current));
			focusNext.current = 'heading';
			window.scrollTo(0, 0);
		} else if (next.errors.length > 0 && event.type === 'continue') {
			focusNext.current = 'summary';
		}
	}

	useLayoutEffect(() => {
		baseTitle.current = document.title;
		const params = new URLSearchParams(location.search);
		// A fresh visit with a plain address opens on the page's first screen, no code needed.
		if (!hasSavedState() && !['step', 'reason', 'situation'].some((key) => params.has(key))) {
			setReady(true);
			history.replaceState({ step: first.screen.id }, '', stepUrl(first.screen.id));
			return;
		}
		withLogic((l) => {
			const loaded = l.loadState();
			const initial = l.initialSession(
				loaded.state,
				{ step: params.get('step'), reason: params.get('reason'), situation: params.get('situation') },
				loaded.notice === 'updated',
			);
			latest.current = initial;
			setSession(initial);
			if (loaded.notice) setNotice(loaded.notice);
			if (initial.current !== first.screen.id) startLoading();
			setReady(true);
			history.replaceState({ step: initial.current }, '', stepUrl(initial.current));
		}, false);
	}, []);

	// Another appeal language's blocks load when it is picked (or was, before a reload).
	useEffect(() => {
		const wanted = session.appealLocale;
		if (!later || !wanted || letters[wanted] || !pageProps.partUrls.letters[wanted]) return;
		loadLetter(pageProps, wanted).then(
			(blocks) => setLetters((loaded) => ({ ...loaded, [wanted]: blocks })),
			() => setLoadFailed(true),
		);
	}, [later, session.appealLocale, letters]);

	useEffect(() => {
		// Nothing to keep before the first answer (and no code to keep it with).
		if (!ready || !logic || notice === 'noStorage') return;
		const { answers, appealLocale, appealVersion, draft } = session;
		logic.saveState({ current: screen.id, answers, ...(appealLocale ? { appealLocale } : {}), ...(appealVersion ? { appealVersion } : {}), ...(draft ? { draft } : {}) });
	}, [ready, logic, session, screen.id, notice]);

	useEffect(() => {
		const onPop = (event: PopStateEvent) => {
			const step = (event.state as { step?: string } | null)?.step ?? new URLSearchParams(location.search).get('step') ?? '';
			dispatch({ type: 'go', to: step }, 'none');
		};
		// "Clear my answers" in another tab clears this one too (shared computers).
		const onStorage = (event: StorageEvent) => {
			if (event.key !== storageKey || event.newValue !== null) return;
			dispatch({ type: 'clear' }, 'none');
			setNotice('cleared');
		};
		window.addEventListener('popstate', onPop);
		window.addEventListener('storage', onStorage);
		return () => {
			window.removeEventListener('popstate', onPop);
			window.removeEventListener('storage', onStorage);
		};
		// Registered once; dispatch reads the latest session through its ref.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	useEffect(() => {
		if (!ready || !shown) return;
		const title = screen.kind === 'check' || screen.kind === 'result' ? lookup(s, `screens.${screen.kind}.title`) : lookup(s, `screens.${screen.id}.title`);
		document.title = `${hasErrors ? s.errorPrefix : ''}${title} – ${baseTitle.current}`;
	}, [ready, shown, screen.id, hasErrors]);

	useLayoutEffect(() => {
		// A screen still loading has no heading yet: its focus waits for it.
		if (focusNext.current === 'summary') summaryRef.current?.focus();
		else if (focusNext.current === 'heading') {
			if (!headingRef.current) return;
			headingRef.current.focus();
		}
		focusNext.current = undefined;
	});

	function onContinue(event: Event) {
		event.preventDefault();
		dispatch({ type: 'continue' });
	}

	function clearAnswers() {
		if (!window.confirm(s.clearConfirm)) return;
		clearState();
		setNotice('cleared');
		dispatch({ type: 'clear' });
	}

	const previous = logic?.previousScreen(screen.id, session.answers);
	const errorLinks: ErrorLink[] = session.errors.map((e) => {
		const target = screen.kind === 'choice' ? fieldDomId(screen.id, screen.options[0]) : fieldDomId(e.field);
		const message = e.code === 'choose-one' ? s.errors['choose-one'] : fill(s.errors[e.code], { label: lookup(s, `fields.${e.field}.label`) });
		return { target, message };
	});
	const errors = Object.fromEntries(errorLinks.map((link, i) => [session.errors[i]!.field, link.message]));
	const screenProps: ScreenProps = {
		screen,
		answers: session.answers,
		appealLocale: session.appealLocale ?? props.locale,
		ctx,
		props,
		headingRef,
		errors,
		onAnswer: (key, value) => dispatch({ type: 'answer', key, value }),
		onChange: (id) => dispatch({ type: 'change', to: id }),
		dispatch: (event) => dispatch(event),
		likely: screen.id === 'diagnosis' && logic ? logic.likelyReasons(session.answers) : [],
	};
	const ownContinue = `screens.${screen.id}.continue`;
	const continueLabel = has(s, ownContinue) ? lookup(s, ownContinue) : screen.kind === 'step' ? s.doneStep : s.continue;
	const deadline = logic?.disableDeadline(session.answers);
	// Where no review is offered, or one is already in, the note must not say "request the review".
	const ownDeadline = `screens.${screen.id}.deadline`;
	const needsText = screen.kind === 'step' || screen.kind === 'handoff';
	const appeal = needsText && later ? later.views.currentAppeal(props, session) : undefined;
	const views = later?.views;
	const offerSkip = (screen.kind === 'info' && screen.skipToDialog) || (screen.kind === 'step' && logic !== undefined && screen.step < logic.walkStepCount);

	return (
		<div class="wizard" data-screen={screen.id} data-ready={ready && shown ? 'true' : undefined}>
			{previous && (
				<a
					class="back-link no-print"
					href={`?step=${previous.id}`}
					onClick={(e) => {
						e.preventDefault();
						// Coming straight from there: step back in history, so the browser's Back stays in step.
						if ((window.history.state as { from?: string } | null)?.from === previous.id) window.history.back();
						else dispatch({ type: 'go', to: previous.id });
					}}
				>
					{s.back}
				</a>
			)}
			<div role="status">{notice && <p class="notice">{s.notice[notice]}</p>}</div>
			{session.preset && shown && (
				<p class="preset">
					{fill(s.preset.line, { answer: lookup(s, `options.${session.preset}-short.${String(session.answers[session.preset])}`) })}{' '}
					<a
						href={`?step=${session.preset}`}
						onClick={(e) => {
							e.preventDefault();
							dispatch({ type: 'go', to: session.preset! });
						}}
					>
						{s.preset.change}
					</a>
				</p>
			)}
			{deadline && shown && !beforeDeadline.has(screen.id) && <p class="notice deadline">{fill(has(s, ownDeadline) ? lookup(s, ownDeadline) : s.deadline, { date: deadline })}</p>}
			<ErrorSummary title={s.errorSummaryTitle} errors={errorLinks} summaryRef={summaryRef} />
			{!shown ? (
				<div class="loading" role="status">
					{loadFailed ? (
						<>
							<p>{s.loadFailed}</p>
							<button type="button" class="primary" onClick={startLoading}>
								{s.retry}
							</button>
						</>
					) : (
						<p>{s.loading}</p>
					)}
				</div>
			) : screen.kind === 'result' && views ? (
				<>
					<views.ResultView props={props} answers={session.answers} state={session} headingRef={headingRef} onState={(patch) => dispatch({ type: 'appeal', patch }, 'none')} onChange={screenProps.onChange}
						onResolve={(contradiction, choice) => dispatch({ type: 'resolve', contradiction, choice }, 'none')}
					/>
					<views.SafetyNote strings={s} note="appeal" />
					<form class="wizard-form" noValidate onSubmit={onContinue}>
						<button type="submit" class="primary" disabled={!ready}>
							{continueLabel}
						</button>
					</form>
				</>
			) : screen.kind === 'outcome' ? (
				// No form around an outcome: nothing to continue with, and the decoder's panel has a form of its own.
				views && <views.OutcomeView {...screenProps} screen={screen} />
			) : (
				// On a question, Continue stays at the bottom of a phone's screen while the options scroll.
				<form class={`wizard-form${screen.kind === 'choice' || screen.kind === 'form' ? ' sticky-continue' : ''}`} noValidate onSubmit={onContinue}>
					{screen.kind === 'choice' && <ChoiceView {...screenProps} screen={screen} />}
					{views && screen.kind === 'form' && <views.FormView {...screenProps} screen={screen} />}
					{views && screen.kind === 'step' && <views.StepView {...screenProps} screen={screen} />}
					{views && screen.kind === 'info' && <views.InfoView {...screenProps} screen={screen} />}
					{views && screen.kind === 'check' && <views.CheckView {...screenProps} />}
					{views && screen.kind === 'handoff' && appeal && (
						<views.HandoffView {...screenProps}>
							<views.TextActions props={props} appeal={views.handoffMessage(s.screens['hand-off'], appeal)} fileName={`${s.screens.result.fileName}-${appeal.locale}`} download share />
						</views.HandoffView>
					)}
					<p class="actions">
						<button type="submit" class="primary" disabled={!ready}>
							{continueLabel}
						</button>
						{offerSkip && (
							<button type="button" onClick={() => dispatch({ type: 'skip-to-dialog' })}>
								{s.skipToDialog}
							</button>
						)}
					</p>
					{views && screen.kind === 'step' && appeal && <views.TextActions props={props} appeal={appeal} fileName={s.screens.result.fileName} label={s.copyBar.label} class="copy-bar" />}
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
