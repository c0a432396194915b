/** Storage key shared by the language picker (writes) and the root page (reads). */
export const localeStorageKey = 'preferred-locale';

// Inlined on every page (a few hundred bytes): a click in the language picker is remembered so
// that "/" sends the visitor to the language they picked.
export const rememberLocaleScript = `document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-locale]');if(a)try{localStorage.setItem('${localeStorageKey}',a.dataset.locale)}catch(_){}});`;
