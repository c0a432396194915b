import { restore, serialise, storageKey, type RestoreNotice, type WizardState } from '../domain/flow/saved-state';

/** localStorage when the browser allows it; otherwise the wizard works in memory only. */
export function loadState(): { state?: WizardState; notice?: RestoreNotice | 'noStorage' } {
	try {
		const result = restore(window.localStorage.getItem(storageKey), Date.now());
		if (result.notice && !result.state) window.localStorage.removeItem(storageKey);
		return result;
	} catch {
		return { notice: 'noStorage' };
	}
}

export function saveState(state: WizardState): void {
	try {
		window.localStorage.setItem(storageKey, serialise(state, Date.now()));
	} catch {
		// Storage full or refused: answers stay in memory.
	}
}
