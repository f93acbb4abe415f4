import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A real HTTP server on a free local port whose answer a test changes as it goes. */
export async function startSourceServer(initial: Handler) {
  let handler = initial;
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    answer(next: Handler) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering 200 with these bytes or text. */
export const serve =
  (body: string | Uint8Array, type = 'application/json'): Handler =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  };
