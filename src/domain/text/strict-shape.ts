import { z } from 'zod';

/**
 * A strict zod schema with the shape of a reference object (the English resource): every key
 * required, strings non-empty, arrays of the same length, no extra keys. Parsing each locale's
 * file with it makes a missing translation fail.
 */
export function strictShapeOf(value: unknown, path = '$'): z.ZodType {
	if (typeof value === 'string') return z.string().min(1);
	if (Array.isArray(value)) return z.array(z.string().min(1)).length(value.length);
	if (value && typeof value === 'object') {
		const shape: Record<string, z.ZodType> = {};
		for (const [key, child] of Object.entries(value)) shape[key] = strictShapeOf(child, `${path}.${key}`);
		return z.object(shape).strict();
	}
	throw new Error(`Unsupported value at ${path}: ${String(value)}`);
}
