import { streamSSE } from 'hono/streaming';
import { type DeviceEvent, MANIFEST_INLINE_LIMIT } from '../../events/sse-hub.js';
import { sseChunk } from '../../events/sse-text.js';
import { deviceCommandsRepository } from '../../store/device-commands.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

export const PING_INTERVAL_MS = 25_000;

/**
 * `GET /events`: a server-sent event stream. The current manifest version goes out first, then
 * buffered commands newer than `Last-Event-ID`, then every change as it happens (a new manifest
 * with its version when it is small: see `MANIFEST_INLINE_LIMIT`).
 */
export function addEventsRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/events',
      summary: 'Event stream: manifest versions and commands',
      description: `\`text/event-stream\`. Events \`manifest\` (\`{"version"}\`; when the version changes while the stream is open and the manifest is at most ${MANIFEST_INLINE_LIMIT / 1024} KiB, also \`"manifest"\`: the very manifest \`GET /manifest\` serves) and \`command\` (\`{"command","id"}\`), a \`: ping\` comment every 25 s. The token goes in the \`Authorization\` header only; a screen holds at most 3 streams (a 4th closes the oldest).`,
      tags: ['device'],
      auth: 'device',
      responses: { 200: { description: 'The stream', contentType: 'text/event-stream' } },
    },
    (c) => {
      const screenId = c.get('screenId');
      const lastEventId = Number(c.req.header('last-event-id') ?? Number.NaN);
      return streamSSE(c, async (stream) => {
        let writing = Promise.resolve();
        // Events waiting for the previous write: sent together, so that a busy moment (a
        // hundred queue calls a second) costs one write per stream, not one per event.
        let pending: Array<string | Uint8Array> = [];
        const write = (event: DeviceEvent) => {
          pending.push(sseChunk(event));
          if (pending.length > 1) return;
          writing = writing
            .then(() => {
              const chunks = pending;
              pending = [];
              return stream.write(joined(chunks));
            })
            .then(
              () => undefined,
              () => undefined,
            );
        };
        let end = () => {};
        const ended = new Promise<void>((resolve) => {
          end = resolve;
        });
        stream.onAbort(end);
        const unsubscribe = deps.hub.subscribe(screenId, { send: write, close: end });
        const ping = setInterval(() => {
          writing = writing
            .then(() => stream.write(': ping\n\n'))
            .then(
              () => undefined,
              () => undefined,
            );
        }, PING_INTERVAL_MS);
        const version =
          deps.manifests.version(screenId) ?? (await deps.manifests.manifest(screenId))?.version;
        if (version) write(deps.hub.manifestEvent(version));
        if (Number.isInteger(lastEventId)) {
          // Event ids count per instance: a stream that moved here from another instance names
          // an id of that one's. Replaying only what the screen has not acknowledged (the store
          // knows, whichever instance took the acknowledgement) never runs a command twice.
          const replay = deps.hub.commandsAfter(screenId, lastEventId);
          const ids = replay.map((event) => (JSON.parse(event.data) as { id: string }).id);
          const done = await deviceCommandsRepository.acknowledged(deps.store.db, screenId, ids);
          for (const [index, event] of replay.entries()) {
            if (!done.has(ids[index] as string)) write(event);
          }
        }
        await ended;
        clearInterval(ping);
        unsubscribe();
      });
    },
  );
}

/** One event as it is, several as one write. */
function joined(chunks: ReadonlyArray<string | Uint8Array>): string | Uint8Array {
  if (chunks.length === 1) return chunks[0] as string | Uint8Array;
  return Buffer.concat(
    chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)),
  );
}
