import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccountSchema } from '@bangtin/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../../../manager/ui/src/api/api-client.js';
import { ApiFailure, INVALID_ANSWER } from '../../../../../manager/ui/src/api/api-failure.js';

const account = {
  id: 'u1',
  login: 'lan',
  name: 'Lan',
  role: 'editor',
  groupIds: [],
  disabled: false,
  mustChangePassword: false,
};

const ANSWERS: Record<string, string> = {
  '/account': JSON.stringify(account),
  '/older-manager': JSON.stringify({ ...account, role: 'owner' }),
  '/not-json': '<html>proxy error</html>',
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(ANSWERS[request.url ?? ''] ?? 'null');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('the admin API client', () => {
  it('returns an answer the schema accepts, as the schema types it', async () => {
    const user = await api.get(`${base}/account`, AccountSchema);
    expect(user.role).toBe('editor');
  });

  it('refuses an answer the schema does not accept with an invalid-answer failure', async () => {
    const failure = await failureOf(api.get(`${base}/older-manager`, AccountSchema));
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ status: 200, code: INVALID_ANSWER });
    expect((failure as ApiFailure).details).toEqual([expect.objectContaining({ path: ['role'] })]);
  });

  it('refuses an answer that is not JSON the same way', async () => {
    const failure = await failureOf(api.get(`${base}/not-json`, AccountSchema));
    expect(failure).toMatchObject({ code: INVALID_ANSWER });
  });
});
