import { IdSchema, textSchema } from '@bangtin/shared';
import { z } from 'zod';
import { notFound } from '../../errors.js';
import { deviceCommandsRepository } from '../../store/device-commands.js';
import { addRoute, errorResponse } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { SMALL_BODY_BYTES } from '../read-json-body.js';

const AckParamsSchema = z.object({ id: IdSchema });

const AckBodySchema = z.object({
  /** `failed` when the screen could not carry the command out; `message` says why. */
  status: z.enum(['done', 'failed']).default('done'),
  message: textSchema(500).nullable().default(null),
});

const AckResultSchema = z.object({
  id: z.string(),
  command: z.string(),
  sentAt: z.string(),
  ackedAt: z.string(),
  status: z.enum(['done', 'failed']),
});

/** `POST /commands/{id}/ack`: the screen confirms a command it got over the event stream. */
export function addCommandAckRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/commands/{id}/ack',
      summary: 'Acknowledge a command',
      description:
        'Body `{}` (done), or `{ "status": "failed", "message": "…" }`. The first acknowledgement counts; repeating it answers the same. A command sent to another screen answers 404.',
      tags: ['device'],
      auth: 'device',
      maxBodyBytes: SMALL_BODY_BYTES,
      params: AckParamsSchema,
      body: AckBodySchema,
      responses: {
        200: { description: 'Recorded', schema: AckResultSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params, body }) => {
      const command = await deviceCommandsRepository.acknowledge(
        deps.store.db,
        c.get('screenId'),
        params.id,
        body,
        new Date(deps.clock()).toISOString(),
      );
      if (!command?.ack) throw notFound('Command');
      return c.json(
        {
          id: command.id,
          command: command.command,
          sentAt: command.sentAt,
          ackedAt: command.ack.at,
          status: command.ack.status,
        },
        200,
      );
    },
  );
}
