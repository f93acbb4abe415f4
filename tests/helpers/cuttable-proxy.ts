import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type Server,
} from 'node:http';
import type { Socket } from 'node:net';

/** A canned answer the proxy gives instead of asking the manager. */
export interface CannedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface CuttableProxy {
  /** Where the player is opened: every request, service worker's included, goes through here. */
  url: string;
  /** The network is gone: open connections are reset and new ones refused. */
  cut(): Promise<void>;
  /** The network is back, on the same port. */
  restore(): Promise<void>;
  /** Answers requests for which `answer` returns something itself; null: forwards everything. */
  answer(answer: ((req: IncomingMessage) => CannedAnswer | undefined) | null): void;
  /** Changes the manager's answer headers on their way (e.g. a proxy with a wrong clock). */
  rewriteHeaders(rewrite: ((headers: IncomingHttpHeaders) => void) | null): void;
  /** Requests seen, by path (with query). */
  seen: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the manager that a test takes down for real: the player sees
 * connections refused and reset (the service worker too), not a simulated offline flag.
 */
export async function startCuttableProxy(target: string): Promise<CuttableProxy> {
  const sockets = new Set<Socket>();
  let canned: ((req: IncomingMessage) => CannedAnswer | undefined) | null = null;
  let rewrite: ((headers: IncomingHttpHeaders) => void) | null = null;
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '/');
    const fixed = canned?.(req);
    if (fixed) {
      res.writeHead(fixed.status, fixed.headers ?? {});
      res.end(fixed.body ?? '');
      return;
    }
    const upstream = request(
      new URL(req.url ?? '/', target),
      { method: req.method ?? 'GET', headers: req.headers },
      (answer) => {
        rewrite?.(answer.headers);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as { port: number }).port);
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  const port = await listen(0);
  return {
    url: `http://127.0.0.1:${port}`,
    cut,
    restore: async () => {
      await listen(port);
    },
    answer: (fn) => {
      canned = fn;
    },
    rewriteHeaders: (fn) => {
      rewrite = fn;
    },
    seen,
    close: async () => {
      if (server.listening) await cut();
    },
  };
}
