/**
 * The decoder: what a pasted error, webhook or notice means. `decode(text)` reads the paste
 * (decode.ts), decode-routes.ts says where each finding leads (guide page, wizard preset) and
 * decode-wording.ts how dates and labels read; the explanations are data in content/signals/
 * (shape: signals-schema.ts). Reads the flow's reasons; never the letter.
 */
export { decode, type Decoded } from './decode';
