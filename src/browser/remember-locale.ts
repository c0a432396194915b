/** Storage key shared by the language picker (writes) and the root page (reads). */
export const localeStorageKey = 'preferred-locale';

// Inlined in every page's head (a few hundred bytes): marks that JavaScript runs (so parts that need
// it show), and remembers a click in the language picker so "/" sends the visitor there next time.
export const rememberLocaleScript = `document.documentElement.classList.add('js');document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-locale]');if(a)try{localStorage.setItem('${localeStorageKey}',a.dataset.locale)}catch(_){}});`;
