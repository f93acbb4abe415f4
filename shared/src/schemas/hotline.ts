import { z } from '#zod';
import { IdSchema, requiredTextSchema, textSchema } from './common.js';

const hotlineFields = {
  label: requiredTextSchema(200),
  number: z.pipe(
    requiredTextSchema(40),
    z
      .string()
      .check(z.regex(/^[0-9+() .-]+$/, 'a phone number holds digits, spaces and + ( ) . - only')),
  ),
  hours: z._default(z.nullable(textSchema(200)), null),
  note: z._default(z.nullable(textSchema(300)), null),
  /** Demo numbers are marked so that nobody mistakes them for the department's own. */
  sample: z._default(z.boolean(), false),
  inTicker: z._default(z.boolean(), true),
};

export const HotlineInputSchema = z.object(hotlineFields);
export type HotlineInput = z.input<typeof HotlineInputSchema>;

export const HotlineSchema = z.object({ ...hotlineFields, id: IdSchema });
export type Hotline = z.infer<typeof HotlineSchema>;
