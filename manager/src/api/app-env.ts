import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../auth/app-env.js';

// Declared with the middleware that sets its values; the routes keep importing it from here.
export type { AppEnv } from '../auth/app-env.js';

export type ApiRouter = OpenAPIHono<AppEnv>;
