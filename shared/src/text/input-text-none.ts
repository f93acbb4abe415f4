import type { inputTextChecks as Checks } from './input-text.js';

/**
 * The player's build (the `zod-mini` condition): the text it parses comes from the manager, which
 * already cleaned it on the way in (input-text.ts), so these cost it no bytes.
 */
export const inputTextChecks: typeof Checks = () => [];
