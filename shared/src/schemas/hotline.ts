import { z } from 'zod';
import { IdSchema, requiredTextSchema, textSchema } from './common.js';

export const HotlineInputSchema = z.object({
  label: requiredTextSchema(200),
  number: requiredTextSchema(40).pipe(
    z.string().regex(/^[0-9+() .-]+$/, 'a phone number holds digits, spaces and + ( ) . - only'),
  ),
  hours: textSchema(200).nullable().default(null),
  note: textSchema(300).nullable().default(null),
  /** Demo numbers are marked so that nobody mistakes them for the department's own. */
  sample: z.boolean().default(false),
  inTicker: z.boolean().default(true),
});
export type HotlineInput = z.input<typeof HotlineInputSchema>;

export const HotlineSchema = HotlineInputSchema.extend({ id: IdSchema });
export type Hotline = z.infer<typeof HotlineSchema>;
