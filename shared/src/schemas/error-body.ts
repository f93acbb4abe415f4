import { z } from '#zod';
import { RULE_PROBLEM_CODES } from '../schedule/rule-problem.js';

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

/**
 * One problem with one field of the input, as a 400's `details` lists them: `path` is dotted
 * (`items.0.slideId`); `rule` is the structured problem of a refused recurrence rule.
 */
export const FieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  rule: z.optional(z.unknown()),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** A refused recurrence rule's problem as a field issue carries it, its English message aside. */
export const RuleFactsSchema = z.object({
  code: z.enum(RULE_PROBLEM_CODES),
  part: z.string(),
  with: z.optional(z.string()),
  value: z.optional(z.string()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});
