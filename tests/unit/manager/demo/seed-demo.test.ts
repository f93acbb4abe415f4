import { ManifestSchema } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoContent } from '../../../../manager/src/demo/demo-content.js';
import { seedDemo } from '../../../../manager/src/demo/seed-demo.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('seedDemo', () => {
  it('gives the demo screen a manifest that parses and whose default playlist has slides', async () => {
    const { token, screenId } = await seedDemo(m.store, demoContent(), Date.now());
    const res = await m.device('GET', '/api/device/manifest', token);
    expect(res.status).toBe(200);
    const manifest = ManifestSchema.parse(await res.json());
    expect(manifest.screen.id).toBe(screenId);
    const main = manifest.playlists.find((p) => p.id === manifest.screen.defaultPlaylistId);
    expect(main?.items.length).toBeGreaterThan(0);
    const slideIds = new Set(manifest.slides.map((s) => s.id));
    expect(main?.items.every((item) => slideIds.has(item.slideId))).toBe(true);
    expect(manifest.hotlines.length).toBeGreaterThan(0);
    expect(manifest.procedures.length).toBeGreaterThan(0);
    expect(manifest.agency.agencyName).toBe(demoContent().settings.agencyName);
  });

  it('gives the same content the same manifest version on every build', async () => {
    const { token } = await seedDemo(m.store, demoContent(), Date.now());
    const first = (await (await m.device('GET', '/api/device/manifest', token)).json()).version;
    const second = (await (await m.device('GET', '/api/device/manifest', token)).json()).version;
    expect(second).toBe(first);
  });

  it('ships the Vietnamese holidays, and the opening hours close on them', async () => {
    const { token } = await seedDemo(m.store, demoContent(), Date.now());
    const manifest = ManifestSchema.parse(
      await (await m.device('GET', '/api/device/manifest', token)).json(),
    );
    expect(manifest.screen.holidays).toContain('2027-02-06');
    expect(manifest.schedule.map((entry) => entry.holidayMode)).toEqual(['skip']);
    const listed = await (await m.editor('GET', '/api/holidays')).json();
    expect(listed.items).toContainEqual(
      expect.objectContaining({ date: '2026-09-02', name: 'Quốc khánh' }),
    );
  });
});
