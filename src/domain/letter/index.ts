/**
 * The appeal letter: blocks of text per language, each with the answers that license it
 * (licence.ts, appeal-schema.ts), and the generator that writes a letter from the answers and
 * nothing else (appeal.ts, appeal-template.ts). Reads the flow's answers; the flow never reads it.
 */
export * from './appeal';
