import type { APIRoute } from 'astro';
import { phraseFiles, type PhraseScript } from '../../domain/decoder/catalogue';
import { shippedPhrases } from '../../domain/decoder/shipped';

export const getStaticPaths = () => Object.keys(phraseFiles).map((script) => ({ params: { script } }));

/** One script's phrases (and its fold map): fetched only for a paste written in a script the page's data lacks. */
export const GET: APIRoute = ({ params }) => Response.json(shippedPhrases(params.script as PhraseScript));
