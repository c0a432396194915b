export function isFragment(file: string): boolean;
export function builtPages(dir?: string, prefix?: string): string[];
export function builtFragments(dir?: string): string[];
export function sitePaths(dir?: string): string[];
export type PageKind = 'other' | 'fragment' | 'wizard' | 'decoder' | 'template-check' | 'search' | 'guide';
export function pageKind(path: string): PageKind;
export function expectedLang(path: string): string;
/** A locale's guide page slugs (its base's, for a locale written as an overlay). */
export function guideSlugs(locale: string): string[];
