import { type Manifest, ManifestSchema } from '@bangtin/shared';

export const SHA_A = 'a'.repeat(64);

/** A valid manifest (parsed, so schema defaults apply) with `overrides` merged at the top. */
export function makeManifest(overrides: Record<string, unknown> = {}): Manifest {
  return ManifestSchema.parse({
    schemaVersion: 1,
    version: 'v1',
    screen: {
      id: 'screen-1',
      name: 'Quầy tiếp nhận 1',
      groupIds: [],
      orientation: 'landscape',
      layout: 'full',
      timeZone: 'Asia/Ho_Chi_Minh',
      defaultPlaylistId: 'pl-1',
    },
    agency: {
      agencyName: 'UBND xã Mẫu',
      agencySubtitle: 'Bộ phận Một cửa',
      logoSha256: null,
      tickerText: 'Chào mừng',
    },
    schedule: [],
    playlists: [
      {
        id: 'pl-1',
        name: 'Mặc định',
        items: [
          { slideId: 'msg-1', durationSeconds: 10 },
          { slideId: 'img-1', durationSeconds: 8 },
          { slideId: 'proc-1', durationSeconds: 10 },
        ],
      },
    ],
    slides: [
      { id: 'msg-1', kind: 'message', title: 'Chào', heading: 'Xin chào', body: 'Nội dung' },
      { id: 'img-1', kind: 'image', title: 'Ảnh', mediaSha256: SHA_A, caption: null },
      {
        id: 'proc-1',
        kind: 'procedures',
        title: 'TTHC',
        heading: 'Thủ tục hành chính',
        field: 'Hộ tịch',
        rowsPerPage: 2,
        secondsPerPage: 5,
      },
    ],
    procedures: [
      { id: 'p1', name: 'Đăng ký khai sinh', field: 'Hộ tịch' },
      { id: 'p2', name: 'Đăng ký kết hôn', field: 'Hộ tịch' },
      { id: 'p3', name: 'Đăng ký khai tử', field: 'Hộ tịch' },
      { id: 'p4', name: 'Cấp giấy phép xây dựng', field: 'Xây dựng' },
    ],
    hotlines: [
      { id: 'h1', label: 'Đường dây nóng', number: '0200 000 000', sample: true },
      { id: 'h2', label: 'Tổng đài', number: '1022', inTicker: false },
    ],
    media: [{ sha256: SHA_A, type: 'image/png', bytes: 10, url: `/media/${SHA_A}` }],
    ...overrides,
  });
}
