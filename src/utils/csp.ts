import { createHash } from 'node:crypto';

/** The CSP source that allows one inline script: Astro hashes its own scripts, ours add theirs. */
export function scriptHash(code: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
