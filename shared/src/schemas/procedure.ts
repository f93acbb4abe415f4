import { z } from '#zod';
import { HttpUrlSchema, IdSchema, requiredTextSchema, textSchema } from './common.js';

export const ONLINE_LEVELS = ['Toàn trình', 'Một phần'] as const;

const optionalText = (max: number) => z._default(z.nullable(textSchema(max)), null);

const procedureFields = {
  code: optionalText(60),
  name: requiredTextSchema(1000),
  field: requiredTextSchema(200),
  agency: optionalText(300),
  level: optionalText(60),
  onlineLevel: z._default(z.nullable(z.enum(ONLINE_LEVELS)), null),
  timeLimit: optionalText(500),
  fees: optionalText(1000),
  portalUrl: z._default(z.nullable(HttpUrlSchema), null),
};

/** An administrative procedure (TTHC); text fields keep the published raw wording. */
export const ProcedureInputSchema = z.object(procedureFields);
export type ProcedureInput = z.input<typeof ProcedureInputSchema>;

export const ProcedureSchema = z.object({ ...procedureFields, id: IdSchema });
export type Procedure = z.infer<typeof ProcedureSchema>;
