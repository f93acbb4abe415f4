import { type FieldIssue, FieldIssueSchema } from '@bangtin/shared';

/** A failed API call: the HTTP status (0 when the server could not be reached) and its error body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  /** The server's per-field problems, when it reported any. */
  get fieldProblems(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((item) => {
      const issue = FieldIssueSchema.safeParse(item);
      return issue.success ? [issue.data] : [];
    });
  }
}

/** Reads the one error body shape; anything else becomes a failure named by its status. */
export async function failureFromResponse(response: Response): Promise<ApiFailure> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: a proxy's or the browser's page
  }
  return failureFromBody(response.status, body);
}

export function failureFromBody(status: number, body: unknown): ApiFailure {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = body.error;
    if (typeof error === 'object' && error !== null) {
      const code = 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
      const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
      const details = 'details' in error ? error.details : undefined;
      return new ApiFailure(status, code, message, details);
    }
  }
  return new ApiFailure(status, 'unknown', `HTTP ${status}`);
}

/** An answer the schema refused: the manager and the admin app disagree on the contract. */
export function invalidAnswer(status: number, path: string, problem: unknown): ApiFailure {
  return new ApiFailure(status, INVALID_ANSWER, `unexpected answer from ${path}`, problem);
}

export const INVALID_ANSWER = 'invalid_answer';
