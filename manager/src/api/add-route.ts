import { ErrorBodySchema } from '@bangtin/shared';
import type { RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { ApiRouter, AppEnv } from './app-env.js';
import type { ApiDeps, RouteAuth } from './deps.js';
import { parse, readJsonBody, SMALL_BODY_BYTES } from './read-json-body.js';

/** `NonNullable` rather than a conditional type, so that generic callers keep `z.output<S>`. */
type Parsed<T extends z.ZodType | undefined> = z.output<NonNullable<T>>;

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json when a schema is given. */
  contentType?: string;
}

export interface RouteSpec<
  B extends z.ZodType | undefined,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI style: `/slides/{id}`. */
  path: string;
  summary: string;
  tags: string[];
  description?: string;
  body?: B;
  params?: P;
  query?: Q;
  responses: Record<number, ResponseSpec>;
  /** Who may call it: enforced here and listed in the document. */
  auth: RouteAuth;
  /** The largest JSON body taken; routes open to anyone default to a few KB. */
  maxBodyBytes?: number;
}

/** The validated input; a part the route declares no schema for is undefined at run time. */
export interface RouteInput<
  B extends z.ZodType | undefined,
  P extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
> {
  body: Parsed<B>;
  params: Parsed<P>;
  query: Parsed<Q>;
}

const anyone: MiddlewareHandler<AppEnv> = (_c, next) => next();

const SECURITY: Record<Exclude<RouteAuth, 'none' | 'queue'>, 'session' | 'device'> = {
  account: 'session',
  session: 'session',
  viewer: 'session',
  editor: 'session',
  approver: 'session',
  admin: 'session',
  device: 'device',
};

/** The OpenAPI extension naming the weakest role a session route admits. */
export const REQUIRED_ROLE = 'x-required-role';

/** What the document lists for a route's caller: its security and, for sessions, the role. */
export function securityOf(auth: RouteAuth): Pick<RouteConfig, 'security'> & {
  [REQUIRED_ROLE]?: string;
} {
  if (auth === 'none') return {};
  if (auth === 'queue') {
    return { security: [{ integrationKey: [] }, { session: [] }], [REQUIRED_ROLE]: 'viewer' };
  }
  const security = [{ [SECURITY[auth]]: [] }];
  if (SECURITY[auth] === 'device') return { security };
  return { security, [REQUIRED_ROLE]: auth === 'session' ? 'viewer' : auth };
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed or invalid input (`bad_request`, `invalid_input` with details per field)',
  401: 'Not signed in, or no valid device token',
  403: 'Signed in, but the role, the screen groups or a pending password change forbid it',
  404: 'Not found',
  409: 'Still referenced (details name the referrers)',
  413: 'Too large',
  415: 'Wrong media type',
  416: 'Range not satisfiable',
  429: 'Too many requests; `Retry-After` says when to try again',
};

/**
 * Registers one route in the OpenAPI document and mounts its handler, which receives the body,
 * path parameters and query already validated by the same zod schemas the document shows.
 */
export function addRoute<
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
>(
  router: ApiRouter,
  guards: ApiDeps['guards'],
  spec: RouteSpec<B, P, Q>,
  handler: (c: Context<AppEnv>, input: RouteInput<B, P, Q>) => Response | Promise<Response>,
): void {
  router.openAPIRegistry.registerPath(toRouteConfig(spec));
  const honoPath = spec.path.replaceAll(/\{(\w+)\}/g, ':$1');
  const guard = spec.auth === 'none' ? anyone : guards[spec.auth];
  const maxBytes = spec.maxBodyBytes ?? (spec.auth === 'none' ? SMALL_BODY_BYTES : undefined);
  router.on(spec.method.toUpperCase(), honoPath, guard, async (c) => {
    const input = {
      params: spec.params ? parse(spec.params, c.req.param()) : undefined,
      query: spec.query ? parse(spec.query, c.req.query()) : undefined,
      body: spec.body ? await readJsonBody(c, spec.body, maxBytes) : undefined,
    } as RouteInput<B, P, Q>;
    // A write without a declared body still takes JSON only (or nothing at all).
    if (!spec.body && spec.method !== 'get') await readJsonBody(c, z.unknown(), maxBytes);
    return handler(c, input);
  });
}

function toRouteConfig(
  spec: RouteSpec<z.ZodType | undefined, z.ZodObject | undefined, z.ZodObject | undefined>,
): RouteConfig {
  const security = securityOf(spec.auth);
  const isSession = REQUIRED_ROLE in security;
  const errorCodes = [
    400,
    ...(spec.auth === 'none' ? [] : [401]),
    ...(isSession && spec.auth !== 'account' ? [403] : []),
    ...(spec.auth === 'device' || spec.auth === 'queue' ? [429] : []),
  ].filter((code) => !(code in spec.responses));
  const responses: RouteConfig['responses'] = {};
  for (const [code, response] of Object.entries(spec.responses)) {
    responses[code] = response.schema
      ? {
          description: response.description,
          content: { [response.contentType ?? 'application/json']: { schema: response.schema } },
        }
      : { description: response.description };
  }
  for (const code of errorCodes) {
    responses[code] = {
      description: ERROR_DESCRIPTIONS[code] ?? 'Error',
      content: { 'application/json': { schema: ErrorBodySchema } },
    };
  }
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    tags: spec.tags,
    ...describe(spec.description, security[REQUIRED_ROLE]),
    ...security,
    request: {
      ...(spec.body
        ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } }
        : {}),
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { query: spec.query } : {}),
    },
    responses,
  };
}

function describe(description: string | undefined, role: string | undefined) {
  const who =
    role === 'account'
      ? 'Any signed-in user, also before a forced password change.'
      : role && `Role: ${role} or stronger.`;
  const text = [description, who].filter(Boolean).join('\n\n');
  return text ? { description: text } : {};
}

/** Documents an error response with the one error body. */
export const errorResponse = (code: number): ResponseSpec => ({
  description: ERROR_DESCRIPTIONS[code] ?? 'Error',
  schema: ErrorBodySchema,
});
