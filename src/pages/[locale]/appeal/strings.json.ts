import type { APIRoute } from 'astro';
import { splitWizardStrings } from '../../../domain/flow/wizard-parts';
import { resources } from '../../../i18n/resources';
import { localePaths } from '../../../utils/paths';

export const getStaticPaths = localePaths;

/** The wizard's text beyond its first screen: fetched once the visitor starts. */
export const GET: APIRoute = ({ params }) => Response.json(splitWizardStrings(resources[params.locale!]!.wizard).rest);
