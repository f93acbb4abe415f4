import { OpenAPIHono } from '@hono/zod-openapi';
import { invalidInput, zodIssues } from '../errors.js';
import type { ApiRouter, AppEnv } from './app-env.js';

/**
 * A router whose validation failures leave through the one error body: `invalid_input` with one
 * detail per field, as every other failure does (errors.ts).
 */
export function createApiRouter(): ApiRouter {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidInput(zodIssues(result.error));
    },
  });
}
