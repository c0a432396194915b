/** Where the wizard keeps saved progress in localStorage: its own module, so the island's first chunk
 * can tell whether there is any without loading the code that reads it (saved-state.ts). */
export const storageKey = 'whatsapp-appeal-wizard';
