// Every internal URL goes through here, so the site works under any base path.
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `path` without a leading slash, e.g. "en/appeal/"; returns "/base/en/appeal/". */
export function url(path = ''): string {
	return base + path.replace(/^\/+/, '');
}

export function localeUrl(locale: string, page = ''): string {
	return url(`${locale}/${page ? `${page.replace(/^\/+|\/+$/g, '')}/` : ''}`);
}

export function absoluteUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}
