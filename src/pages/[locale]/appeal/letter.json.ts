import type { APIRoute } from 'astro';
import { appealBlocks } from '../../../i18n/appeal-blocks';
import { localePaths } from '../../../utils/paths';

export const getStaticPaths = localePaths;

/** One language's appeal blocks: fetched when the text is first written, or written in that language. */
export const GET: APIRoute = ({ params }) => Response.json(appealBlocks[params.locale!]);
