import { storageKey } from '../domain/flow/storage-key';

/** Forgets saved progress: in the first chunk, which knows the key but not the code that reads it. */
export function clearState(): void {
	try {
		window.localStorage.removeItem(storageKey);
	} catch {
		// Nothing was stored.
	}
}

/** Whether there is progress to restore, or storage refuses to say (either way the wizard's logic must load at once). */
export function hasSavedState(): boolean {
	try {
		return window.localStorage.getItem(storageKey) !== null;
	} catch {
		return true;
	}
}
