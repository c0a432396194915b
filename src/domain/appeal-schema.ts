import type { z } from 'zod';
import en from '../../content/appeal/en.json';
import type { AppealBlocks } from './appeal';
import { strictShapeOf } from './strict-shape';

/** Every language's appeal blocks must have exactly the English blocks' keys. */
export const appealBlocksSchema = strictShapeOf(en) as z.ZodType<AppealBlocks>;
