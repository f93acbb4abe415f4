import type { core, ZodType } from 'zod';
import { ApiFailure } from '../api/api-failure.js';
import { describeIssue, describeServerMessage } from '../i18n/describe-issue.js';
import { describeRuleProblem, ruleFactsOf } from '../i18n/describe-rule-problem.js';

/** One message per field, keyed by the dotted path the server also uses (`items.0.slideId`). */
export type FieldErrors = Readonly<Record<string, string>>;

export const NO_ERRORS: FieldErrors = {};

function errorsFromIssues(issues: readonly core.$ZodIssue[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.join('.');
    errors[path] ??= describeIssue(issue);
  }
  return errors;
}

/** The server's 400 `details` placed on the fields they name. */
export function errorsFromFailure(error: unknown): FieldErrors {
  if (!(error instanceof ApiFailure)) return NO_ERRORS;
  const errors: Record<string, string> = {};
  for (const problem of error.fieldProblems) {
    const rule = ruleFactsOf(problem.rule);
    errors[problem.path] ??=
      rule === null ? describeServerMessage(problem.message) : describeRuleProblem(rule);
  }
  return errors;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Checks a draft with the same shared schema the server applies. */
export function validate<S extends ZodType>(schema: S, draft: unknown): Validation<core.output<S>> {
  const result = schema.safeParse(draft);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, errors: errorsFromIssues(result.error.issues) };
}

function isWithin(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/** The error of a field, or of any element inside it (`hotlineIds` covers `hotlineIds.2`). */
export function errorAt(errors: FieldErrors, field: string): string | undefined {
  const path = Object.keys(errors).find((key) => isWithin(key, field));
  return path === undefined ? undefined : errors[path];
}

/** Errors that no field on the form shows, so that the form can list them instead. */
export function unplacedErrors(errors: FieldErrors, shownFields: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([path]) => !shownFields.some((field) => isWithin(path, field)))
    .map(([path, message]) => (path ? `${path}: ${message}` : message));
}
