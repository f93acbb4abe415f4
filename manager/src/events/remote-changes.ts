import { errorFields, type Logger } from '../logger.js';
import type { ManifestTracker } from '../manifest/manifest-tracker.js';
import { tokensWithdrawn } from '../store/device-tokens.js';
import type { ChangeBus, ChangeNotice } from './change-bus.js';
import type { SseHub } from './sse-hub.js';

/**
 * Does on this instance what another instance's write did on its own: recompute manifests (the
 * tracker then pushes `manifest` events to this instance's streams), send a command to the
 * screens whose streams are held here, forget revoked tokens.
 */
export function applyRemoteChanges(
  bus: ChangeBus,
  parts: { hub: SseHub; manifests: ManifestTracker; logger: Logger },
): () => void {
  const { hub, manifests, logger } = parts;
  return bus.subscribe((notice) => {
    switch (notice.kind) {
      case 'content':
        manifests
          .refresh()
          .catch((error: unknown) =>
            logger.error('refreshing manifests after a remote change failed', errorFields(error)),
          );
        return;
      case 'command':
        hub.publishCommand(notice.screenId, notice.command);
        return;
      case 'tokens-withdrawn':
        tokensWithdrawn();
        hub.disconnect(notice.screenId);
        return;
    }
  });
}

/**
 * Tells the other instances of a write this instance has already applied. The write committed:
 * a bus that fails is logged, not turned into a failed request (their screens catch up on their
 * next manifest poll).
 */
export async function announce(deps: { changes: ChangeBus; logger: Logger }, notice: ChangeNotice) {
  try {
    await deps.changes.publish(notice);
  } catch (error) {
    deps.logger.error('announcing a change to other instances failed', {
      kind: notice.kind,
      ...errorFields(error),
    });
  }
}
