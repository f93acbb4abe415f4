import type { TestManager } from '../../../helpers/manager-app.js';

/** One documented API route: method, OpenAPI path under `/api`, and who may call it. */
export interface DocumentedRoute {
  method: string;
  path: string;
  /** `x-required-role` for session routes, `device`, or `none`. */
  access: string;
  /** The route's zod schemas, where it declares them. */
  body?: unknown;
  params?: unknown;
  query?: unknown;
}

/** Every route in the manager's OpenAPI registry. */
export function documentedRoutes(m: Pick<TestManager, 'registry'>): DocumentedRoute[] {
  return m.registry.definitions.flatMap((definition) => {
    if (definition.type !== 'route') return [];
    const { route } = definition;
    const extension = (route as Record<string, unknown>)['x-required-role'];
    const isDevice = route.security?.some((scheme) => 'device' in scheme) ?? false;
    const access = typeof extension === 'string' ? extension : isDevice ? 'device' : 'none';
    const json = route.request?.body?.content['application/json'];
    const body = json && 'schema' in json ? json.schema : undefined;
    return [
      {
        method: route.method.toUpperCase(),
        path: `/api${route.path}`,
        access,
        body,
        params: route.request?.params,
        query: route.request?.query,
      },
    ];
  });
}

/** The path with every `{param}` filled in. */
export const fillPath = (path: string, values: Record<string, string>) =>
  path.replaceAll(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? 'unknown-id');
