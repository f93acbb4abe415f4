import { ErrorBodySchema } from '@bangtin/shared';
import type { RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { RouteAuth } from './deps.js';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json when a schema is given. */
  contentType?: string;
}

/** How a route is declared: what the document shows and what `addRoute` validates and guards. */
export interface RouteSpec<
  B extends z.ZodType | undefined,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  Rs extends Record<number, ResponseSpec> = Record<number, ResponseSpec>,
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
  responses: Rs;
  /** Who may call it: enforced here and listed in the document. */
  auth: RouteAuth;
  /** The largest JSON body taken; routes open to anyone default to a few KB. */
  maxBodyBytes?: number;
}

export type AnyRouteSpec = RouteSpec<
  z.ZodType | undefined,
  z.ZodObject | undefined,
  z.ZodObject | undefined
>;

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

/** Documents an error response with the one error body. */
export const errorResponse = (code: number) => ({
  description: ERROR_DESCRIPTIONS[code] ?? 'Error',
  schema: ErrorBodySchema,
});

/** The route as `@hono/zod-openapi` takes it: the spec's schemas plus the errors its guard adds. */
export function toRouteConfig(spec: AnyRouteSpec) {
  const security = securityOf(spec.auth);
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
    responses: documentedResponses(spec),
  } satisfies RouteConfig;
}

function documentedResponses(spec: AnyRouteSpec): RouteConfig['responses'] {
  const isSession = REQUIRED_ROLE in securityOf(spec.auth);
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
  return responses;
}

function describe(description: string | undefined, role: string | undefined) {
  const who =
    role === 'account'
      ? 'Any signed-in user, also before a forced password change.'
      : role && `Role: ${role} or stronger.`;
  const text = [description, who].filter(Boolean).join('\n\n');
  return text ? { description: text } : {};
}
