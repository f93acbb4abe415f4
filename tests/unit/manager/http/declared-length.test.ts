import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { declaresLengthWithin } from '../../../../manager/src/http/declared-length.js';

const app = new Hono().post('/', (c) => c.json(declaresLengthWithin(c, 10)));
const within = async (headers: Record<string, string>) =>
  (await app.request('/', { method: 'POST', headers, body: 'x' })).json();

describe('a declared body length', () => {
  it.each([
    [{ 'content-length': '10' }, true],
    [{ 'content-length': '0' }, true],
    [{ 'content-length': '11' }, false],
    [{ 'content-length': '1e1' }, false],
    [{ 'content-length': '5', 'transfer-encoding': 'chunked' }, false],
    [{}, false],
  ])('%j is within 10 bytes: %s', async (headers, expected) => {
    expect(await within(headers)).toBe(expected);
  });
});
