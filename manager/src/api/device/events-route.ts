import { EventStreamBody } from '../../events/event-stream-body.js';
import { type DeviceEvent, MANIFEST_INLINE_LIMIT } from '../../events/sse-hub.js';
import { sseChunk } from '../../events/sse-text.js';
import { errorFields } from '../../logger.js';
import { deviceCommandsRepository } from '../../store/device-commands.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

export const PING_INTERVAL_MS = 25_000;
const PING = Buffer.from(': ping\n\n');

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
      const body = new EventStreamBody(() => {
        clearInterval(ping);
        unsubscribe();
      });
      const ping = setInterval(() => body.send(PING), PING_INTERVAL_MS);
      const write = (event: DeviceEvent) => body.send(sseChunk(event));
      const unsubscribe = deps.hub.subscribe(screenId, { send: write, close: () => body.close() });
      greet(deps, screenId, lastEventId, write).catch((error: unknown) => {
        deps.logger.error('opening an event stream failed', { screenId, ...errorFields(error) });
        body.close();
      });
      return c.body(body.readable, 200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache',
        // Chunked from the first byte: the server adapter reads no chunk ahead to size the answer.
        'Transfer-Encoding': 'chunked',
      });
    },
  );
}

/**
 * What a stream says first: the current manifest version, then the commands newer than
 * `lastEventId` that the screen has not acknowledged.
 */
async function greet(
  deps: ApiDeps,
  screenId: string,
  lastEventId: number,
  write: (event: DeviceEvent) => void,
): Promise<void> {
  const version =
    deps.manifests.version(screenId) ?? (await deps.manifests.manifest(screenId))?.version;
  if (version) write(deps.hub.manifestEvent(version));
  if (!Number.isInteger(lastEventId)) return;
  // Event ids count per instance: a stream that moved here from another instance names an id
  // of that one's. Replaying only what the screen has not acknowledged (the store knows,
  // whichever instance took the acknowledgement) never runs a command twice.
  const replay = deps.hub.commandsAfter(screenId, lastEventId);
  const ids = replay.map((event) => (JSON.parse(event.data) as { id: string }).id);
  const done = await deviceCommandsRepository.acknowledged(deps.store.db, screenId, ids);
  for (const [index, event] of replay.entries()) {
    if (!done.has(ids[index] as string)) write(event);
  }
}
