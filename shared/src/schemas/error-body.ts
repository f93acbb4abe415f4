import { z } from '#zod';

export const ErrorCodeSchema = z.enum([
  'bad_request',
  'invalid_input',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'unsupported_media_type',
  'range_not_satisfiable',
  'rate_limited',
  'internal',
  'device_revoked',
  'insufficient_storage',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The one error body every API failure answers with. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    details: z.optional(z.unknown()),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
