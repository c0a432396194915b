import type { z } from 'zod';
import en from '../../content/i18n/en.json';
import { strictShapeOf } from '../domain/text/strict-shape';

export type UiStrings = typeof en;

/** Every locale's UI strings must have exactly the English file's keys. */
export const uiStringsSchema = strictShapeOf(en) as z.ZodType<UiStrings>;
