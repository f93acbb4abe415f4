import { type Procedure, ProcedureInputSchema } from '@bangtin/shared';
import { documentResource } from './document-resource.js';

export const proceduresRepository = documentResource(
  'procedures',
  ProcedureInputSchema,
  ({ id, value }): Procedure => ({ ...value, id }),
);
