export function isFragment(file: string): boolean;
export function builtPages(dir?: string, prefix?: string): string[];
export function builtFragments(dir?: string): string[];
export function sitePaths(dir?: string): string[];
export type PageKind = 'other' | 'fragment' | 'wizard' | 'decoder' | 'search' | 'guide';
export function pageKind(path: string): PageKind;
export function expectedLang(path: string): string;
