import { z } from 'zod';
import en from '../../content/i18n/en.json';

export type UiStrings = typeof en;

/**
 * A strict schema with the shape of the English resource: every key required and non-empty,
 * no extra keys. Each locale's file is parsed with it, so a key missing anywhere fails.
 */
function shapeOf(value: unknown): z.ZodType {
	if (typeof value === 'string') return z.string().min(1);
	if (Array.isArray(value)) return z.array(z.string().min(1)).length(value.length);
	if (value && typeof value === 'object') {
		const shape: Record<string, z.ZodType> = {};
		for (const [key, child] of Object.entries(value)) shape[key] = shapeOf(child);
		return z.object(shape).strict();
	}
	throw new Error(`Unsupported value in en.json: ${String(value)}`);
}

export const uiStringsSchema = shapeOf(en) as z.ZodType<UiStrings>;
