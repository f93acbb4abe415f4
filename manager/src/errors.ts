import type { ErrorBody, ErrorCode, FieldIssue } from '@bangtin/shared';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { errorFields, type Logger } from './logger.js';

export type { FieldIssue };

/** An expected failure with its status, code and details; `onError` turns it into the body. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Sent with the error body (`Retry-After` on a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message });
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

export const forbidden = (message: string, details?: unknown) =>
  new ApiError(403, 'forbidden', message, details);

export const invalidInput = (details: FieldIssue[]) =>
  new ApiError(400, 'invalid_input', 'The input is not valid', details);

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    const rule = issue.code === 'custom' ? issue.params?.rule : undefined;
    return rule === undefined
      ? { path, message: issue.message }
      : { path, message: issue.message, rule };
  });
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported_media_type',
  416: 'range_not_satisfiable',
  429: 'rate_limited',
  507: 'insufficient_storage',
};

/** The one error handler: expected failures keep their status, anything else is an opaque 500. */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    }
    if (error instanceof ZodError) {
      return c.json(errorBody('invalid_input', 'The input is not valid', zodIssues(error)), 400);
    }
    if (error instanceof HTTPException && CODE_BY_STATUS[error.status]) {
      const code = CODE_BY_STATUS[error.status] ?? 'bad_request';
      return c.json(errorBody(code, error.message || code), error.status as ContentfulStatusCode);
    }
    logger.error('request failed', {
      method: c.req.method,
      path: c.req.path,
      ...errorFields(error),
    });
    return c.json(errorBody('internal', 'Internal server error'), 500);
  };
}

export const handleNotFound: NotFoundHandler = (c: Context) =>
  c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404);
