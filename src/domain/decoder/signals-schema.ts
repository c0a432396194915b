import type { z } from 'zod';
import en from '../../../content/signals/en.json';
import { strictShapeOf } from '../text/strict-shape';

/** What each situation and each signal means, in one language (content/signals/<locale>.json). */
export interface SignalTexts {
	situations: Record<string, { title: string; next: string }>;
	signals: Record<string, string>;
}

/** Every language's explanations must have exactly the English file's keys. */
export const signalTextsSchema = strictShapeOf(en) as z.ZodType<SignalTexts>;
