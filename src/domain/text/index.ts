/**
 * Text helpers every other folder shares: filling placeholders (text.ts), telling scripts apart
 * and mapping Simplified to Traditional (script.ts, script-map.ts), dates as each language writes
 * them (dates.ts), choosing a locale from the browser's languages (pick-locale.ts) and the strict
 * zod shapes content is parsed with (strict-shape.ts, guide-schema.ts). Imports nothing of ours.
 */
export * from './text';
export * from './dates';
