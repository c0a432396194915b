/**
 * The template check: paste a WhatsApp message template (a body with {{1}} variables and buttons
 * as lines, or its JSON from the Message Templates API) and see what in it reads as marketing,
 * authentication or a transaction under Meta's published category guidelines, each finding quoted
 * from the paste (engine.ts says how the category is decided). Meta decides the category; this
 * reads what its rules say. The rules are data (content/template-check/rules.json); the
 * explanations shown, per locale, are content/template-check/<locale>.json.
 */
import data from '../../../content/template-check/rules.json';
import { checkTemplateWith, type Checked, type Rules } from './engine';

export { checkTemplateWith, decide, maxSignals, type Category, type Checked, type Rules, type Signal, type SignalKind, type SignalRule } from './engine';

export const rules = data as Rules;

/** The template check with the shipped rules. */
export function checkTemplate(text: string): Checked {
	return checkTemplateWith(rules, text);
}
