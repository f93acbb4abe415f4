import { z } from 'zod';
import { HttpUrlSchema, IdSchema, requiredTextSchema, textSchema } from './common.js';

export const ONLINE_LEVELS = ['Toàn trình', 'Một phần'] as const;

/** An administrative procedure (TTHC); text fields keep the published raw wording. */
export const ProcedureInputSchema = z.object({
  code: textSchema(60).nullable().default(null),
  name: requiredTextSchema(1000),
  field: requiredTextSchema(200),
  agency: textSchema(300).nullable().default(null),
  level: textSchema(60).nullable().default(null),
  onlineLevel: z.enum(ONLINE_LEVELS).nullable().default(null),
  timeLimit: textSchema(500).nullable().default(null),
  fees: textSchema(1000).nullable().default(null),
  portalUrl: HttpUrlSchema.nullable().default(null),
});
export type ProcedureInput = z.input<typeof ProcedureInputSchema>;

export const ProcedureSchema = ProcedureInputSchema.extend({ id: IdSchema });
export type Procedure = z.infer<typeof ProcedureSchema>;
