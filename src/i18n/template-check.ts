import type { z } from 'zod';
import en from '../../content/template-check/en.json';
import { strictShapeOf } from '../domain/text/strict-shape';
import { localeSlugs, localisedFile } from './locales';

export type TemplateCheckTexts = typeof en;

/** Every locale's explanations must have exactly the English file's keys. */
const schema = strictShapeOf(en) as z.ZodType<TemplateCheckTexts>;
const files = import.meta.glob<unknown>('../../content/template-check/*.json', { eager: true, import: 'default' });

/** What each signal of the template check means, per locale (zh-HK through its overlay), parsed at build time. */
export const templateCheckTexts: Readonly<Record<string, TemplateCheckTexts>> = Object.fromEntries(
	localeSlugs.map((slug) => [slug, localisedFile(files, 'template-check', slug, (raw) => schema.parse(raw))]),
);
