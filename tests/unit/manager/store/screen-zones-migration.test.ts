import { ScreenInputSchema } from '@bangtin/shared';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../manager/src/store/open-store.js';
import { screensRepository } from '../../../../manager/src/store/screens.js';

describe('migration 010 and screen zones', () => {
  it('gives a screen stored without zones none, and silence', async () => {
    const store = await openStore(':memory:');
    await sql`INSERT INTO screens (id, seq, name, location, orientation, layout, time_zone,
      created_at, updated_at) VALUES ('s1', 1, 'Sảnh', '', 'landscape', 'full',
      'Asia/Ho_Chi_Minh', 'x', 'x')`.execute(store.db);
    const screen = await screensRepository.get(store.db, 's1');
    expect([screen?.zones, screen?.speakCalls]).toEqual([{}, false]);
    await store.close();
  });

  it("stores a screen's template, zones and spoken calls as they were given", async () => {
    const store = await openStore(':memory:');
    const input = ScreenInputSchema.parse({
      name: 'Sảnh',
      layout: 'side-panel',
      zones: {
        side: { kind: 'queue', counters: ['1', 'A2'] },
        panel: { kind: 'playlist', playlistId: 'p1' },
      },
      speakCalls: true,
    });
    const created = await screensRepository.create(store.db, 's1', input, 'x');
    expect(created).toMatchObject({
      layout: 'side-panel',
      zones: input.zones,
      speakCalls: true,
    });
    await store.close();
  });
});
