import type { QueueCaller } from '../store/queue-calls.js';
import type { User } from '../store/users.js';

/** Per-request values set by the authentication middleware. */
export interface AppEnv {
  Variables: {
    /** The signed-in editor (editor routes only). */
    user: User;
    /** The screen a device token belongs to (device routes only). */
    screenId: string;
    /** Who calls a queue number: an integration key or a signed-in user (queue routes only). */
    queueCaller: QueueCaller;
    /** Whether X-Forwarded-For/-Proto are believed (`TRUST_PROXY`); set for every request. */
    trustProxy: boolean;
  };
}
