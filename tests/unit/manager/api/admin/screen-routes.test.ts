import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('screen preview', () => {
  it("answers the screen's default playlist when nothing is scheduled", async () => {
    const playlist = await m.create('/api/playlists', { name: 'Vòng chính' });
    const screen = await m.create('/api/screens', { name: 'Sảnh', defaultPlaylistId: playlist.id });
    const res = await m.editor('GET', `/api/screens/${screen.id}/preview?at=2026-03-02T08:00:00Z`);
    expect(res.status).toBe(200);
    const preview = await res.json();
    expect(preview).toMatchObject({
      at: '2026-03-02T08:00:00.000Z',
      state: 'playing',
      playlistId: playlist.id,
      reason: 'default',
    });
    expect(preview.nextChangeAt === null || !Number.isNaN(Date.parse(preview.nextChangeAt))).toBe(
      true,
    );
  });

  it('refuses an instant that is not ISO 8601, naming the parameter', async () => {
    const screen = await m.create('/api/screens', { name: 'Sảnh' });
    const res = await m.editor('GET', `/api/screens/${screen.id}/preview?at=tomorrow`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].path).toBe('at');
  });

  it('answers 404 for an unknown screen', async () => {
    expect((await m.editor('GET', '/api/screens/nobody/preview')).status).toBe(404);
  });
});
