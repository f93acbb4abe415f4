import { TrieRouter } from 'hono/router/trie-router';
import { describe, expect, it } from 'vitest';
import { RememberingRouter } from '../../../../manager/src/http/remembering-router.js';

const ROUTES: Array<[string, string, string]> = [
  ['ALL', '*', 'every request'],
  ['ALL', '/api/*', 'api'],
  ['GET', '/api/screens/:id', 'screen'],
  ['POST', '/api/screens/pair', 'pair'],
  ['POST', '/api/screens/:id/commands', 'command'],
];

function routers() {
  const remembering = new RememberingRouter<string>();
  const trie = new TrieRouter<string>();
  for (const [method, path, handler] of ROUTES) {
    remembering.add(method, path, handler);
    trie.add(method, path, handler);
  }
  return { remembering, trie };
}

describe('the remembering router', () => {
  it.each([
    ['GET', '/api/screens/s1'],
    ['POST', '/api/screens/pair'],
    ['POST', '/api/screens/s1/commands'],
    ['GET', '/nowhere'],
  ])('answers %s %s as the trie does, the first time and again', (method, path) => {
    const { remembering, trie } = routers();
    expect(remembering.match(method, path)).toEqual(trie.match(method, path));
    expect(remembering.match(method, path)).toEqual(trie.match(method, path));
  });

  it('tells paths and methods apart', () => {
    const { remembering } = routers();
    const handlers = (method: string, path: string) =>
      remembering.match(method, path)[0].map(([handler]) => handler);
    expect(handlers('GET', '/api/screens/a')).toEqual(['every request', 'api', 'screen']);
    expect(handlers('POST', '/api/screens/a')).toEqual(['every request', 'api']);
    expect(remembering.match('GET', '/api/screens/b')[0][2]?.[1]).toEqual({ id: 'b' });
  });

  it('stays right past its bound, when paths keep changing', () => {
    const { remembering } = routers();
    for (let i = 0; i < 5000; i++) {
      expect(remembering.match('GET', `/api/screens/s${i}`)[0][2]?.[1]).toEqual({ id: `s${i}` });
    }
  });

  it('forgets its answers when a route is added', () => {
    const { remembering } = routers();
    expect(remembering.match('GET', '/late')[0]).toHaveLength(1);
    remembering.add('GET', '/late', 'late');
    expect(remembering.match('GET', '/late')[0]).toHaveLength(2);
  });
});
