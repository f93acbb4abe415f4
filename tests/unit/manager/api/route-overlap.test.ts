import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';
import { documentedRoutes } from './documented-routes.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const isParam = (segment: string) => /^\{\w+\}$/.test(segment);

/** Whether one request could match both paths: same length, each segment equal or a parameter. */
function overlap(a: string, b: string): boolean {
  const left = a.split('/');
  const right = b.split('/');
  return (
    left.length === right.length &&
    left.every((segment, i) => {
      const other = right[i] ?? '';
      return segment === other || isParam(segment) || isParam(other);
    })
  );
}

describe('route registration', () => {
  it('has no two routes of one method that one request could match, so order never matters', () => {
    const routes = documentedRoutes(m);
    const clashes = routes.flatMap((route, i) =>
      routes
        .slice(i + 1)
        .filter((other) => other.method === route.method && overlap(route.path, other.path))
        .map((other) => `${route.method} ${route.path} ~ ${other.path}`),
    );
    expect(clashes).toEqual([]);
  });

  it('would see a clash between a fixed segment and a parameter', () => {
    expect(overlap('/api/screens/pair', '/api/screens/{id}')).toBe(true);
    expect(overlap('/api/screens/{id}/revoke', '/api/screens/{id}/commands')).toBe(false);
  });
});
