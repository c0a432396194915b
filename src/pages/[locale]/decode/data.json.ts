import type { APIRoute } from 'astro';
import { shippedCatalogue } from '../../../domain/decoder/shipped';
import { signalTexts } from '../../../i18n/signals';
import { localePaths } from '../../../utils/paths';

export const getStaticPaths = localePaths;

/** The decoder's catalogue, its explanations in this language and the phrases of the page's script: fetched on the first "Read it". */
export const GET: APIRoute = ({ params }) => Response.json(shippedCatalogue(params.locale!, signalTexts[params.locale!]!.signals));
