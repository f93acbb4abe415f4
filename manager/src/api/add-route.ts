import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import type { StatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import type { z } from 'zod';
import type { ApiRouter, AppEnv } from './app-env.js';
import type { ApiDeps } from './deps.js';
import { jsonBodyGate, SMALL_BODY_BYTES } from './read-json-body.js';
import { type ResponseSpec, type RouteSpec, toRouteConfig } from './route-config.js';

export {
  errorResponse,
  REQUIRED_ROLE,
  type ResponseSpec,
  type RouteSpec,
  securityOf,
} from './route-config.js';

/** `NonNullable` rather than a conditional type, so that generic callers keep `z.output<S>`. */
type Parsed<T extends z.ZodType | undefined> = z.output<NonNullable<T>>;

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

/** What `c.req.valid()` gives a handler: the targets the route declares a schema for. */
export interface ValidatedInput<
  B extends z.ZodType | undefined,
  P extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
> {
  in: (B extends z.ZodType ? { json: z.input<B> } : object) &
    (P extends z.ZodType ? { param: z.input<P> } : object) &
    (Q extends z.ZodType ? { query: z.input<Q> } : object);
  out: (B extends z.ZodType ? { json: z.output<B> } : object) &
    (P extends z.ZodType ? { param: z.output<P> } : object) &
    (Q extends z.ZodType ? { query: z.output<Q> } : object);
}

/**
 * The answers a route declares: JSON with a schema must be `c.json(value, status)` of that shape,
 * a declared status without a schema is `c.body(null, status)`, any other media type a Response.
 */
export type RouteAnswer<Rs extends Record<number, ResponseSpec>> = {
  [K in keyof Rs & StatusCode]: Rs[K] extends { contentType: string }
    ? Response
    : Rs[K] extends { schema: infer S extends z.ZodType }
      ? TypedResponse<JSONParsed<z.output<S>>, K, 'json'>
      : TypedResponse<null, K, 'body'>;
}[keyof Rs & StatusCode];

export type RouteHandler<
  B extends z.ZodType | undefined,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  Rs extends Record<number, ResponseSpec>,
> = (
  c: Context<AppEnv, string, ValidatedInput<B, P, Q>>,
  input: RouteInput<B, P, Q>,
) => RouteAnswer<Rs> | Promise<RouteAnswer<Rs>>;

const anyone: MiddlewareHandler<AppEnv> = (_c, next) => next();

/**
 * Registers one route with `@hono/zod-openapi`: documented and validated by the same zod schemas,
 * behind its role's guard and, for writes, the JSON body limits. The handler gets the validated
 * body, path parameters and query both as `input` and from `c.req.valid()`.
 */
export function addRoute<
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  Rs extends Record<number, ResponseSpec> = Record<number, ResponseSpec>,
>(
  router: ApiRouter,
  guards: ApiDeps['guards'],
  spec: RouteSpec<B, P, Q, Rs>,
  handler: RouteHandler<B, P, Q, Rs>,
): void {
  const guard = spec.auth === 'none' ? anyone : guards[spec.auth];
  const maxBytes = spec.maxBodyBytes ?? (spec.auth === 'none' ? SMALL_BODY_BYTES : undefined);
  // A write without a declared body still takes JSON only (or nothing at all).
  const middleware = spec.method === 'get' ? [guard] : [guard, jsonBodyGate(maxBytes)];
  const route = createRoute({ ...toRouteConfig(spec), middleware });
  router.openapi(route, (c) => {
    const typed = c as unknown as Context<AppEnv, string, ValidatedInput<B, P, Q>>;
    // Which targets exist depends on the spec, known at run time only.
    const valid = typed.req.valid.bind(typed.req) as (target: string) => unknown;
    const input = {
      body: spec.body ? valid('json') : undefined,
      params: spec.params ? valid('param') : undefined,
      query: spec.query ? valid('query') : undefined,
    } as RouteInput<B, P, Q>;
    return handler(typed, input) as Response | Promise<Response>;
  });
}
