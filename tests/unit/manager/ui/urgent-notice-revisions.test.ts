import type { Approval } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { urgentNoticeRevisions } from '../../../../manager/ui/src/api/approvals.js';

const queued = (
  resource: Approval['resource'],
  id: string,
  revision: number,
  after: Record<string, unknown>,
  urgent = true,
): Approval => ({
  resource,
  id,
  label: id,
  status: 'pending',
  revision,
  ownerGroupId: null,
  before: null,
  after,
  changedFields: [],
  review: {
    submittedBy: null,
    submittedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    comment: null,
  },
  submittedBy: null,
  urgent,
});

const slide = queued('slides', 's1', 2, { kind: 'message' });
const playlist = queued('playlists', 'p1', 3, { items: [{ slideId: 's1' }] });
const entry = queued('schedules', 'e1', 4, { kind: 'interrupt', playlistId: 'p1' });

describe('urgentNoticeRevisions', () => {
  it("names the revisions the queue shows of an urgent notice's three parts", () => {
    expect(urgentNoticeRevisions(entry, [slide, playlist, entry])).toEqual({
      slide: 2,
      playlist: 3,
      entry: 4,
    });
  });

  it('leaves an entry to be approved alone when a part is not waiting, or it is no notice', () => {
    expect(urgentNoticeRevisions(entry, [playlist, entry])).toBeNull();
    expect(urgentNoticeRevisions(playlist, [slide, playlist, entry])).toBeNull();
    const plain = queued('schedules', 'e2', 1, { kind: 'playlist', playlistId: 'p1' }, false);
    expect(urgentNoticeRevisions(plain, [slide, playlist, plain])).toBeNull();
  });
});
