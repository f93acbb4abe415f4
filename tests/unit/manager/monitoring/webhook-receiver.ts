import { createServer, type IncomingMessage } from 'node:http';

/** A real HTTP server on 127.0.0.1 that records every JSON body POSTed to it. */
export async function startWebhookReceiver() {
  const bodies: Record<string, unknown>[] = [];
  let failuresLeft = 0;
  let requests = 0;
  const read = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  };
  const server = createServer((request, response) => {
    requests++;
    void read(request).then((body) => {
      if (failuresLeft > 0) {
        failuresLeft--;
        response.writeHead(500).end();
        return;
      }
      bodies.push(body);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks/bang-tin`,
    /** Alerts received (and answered 2xx). */
    bodies,
    requests: () => requests,
    /** The next `count` requests are answered 500. */
    failNext(count: number) {
      failuresLeft = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
