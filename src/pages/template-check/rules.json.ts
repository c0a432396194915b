import type { APIRoute } from 'astro';
import { rules } from '../../domain/template-check';

/** The template check's rules, the same for every locale (words per script): fetched on the first "Check". */
export const GET: APIRoute = () => Response.json({ asOf: rules.asOf, sources: rules.sources, signals: rules.signals });
