import { readFileSync } from 'node:fs';
import type {
  HolidayInput,
  HotlineInput,
  ProcedureInput,
  QueueCounter,
  ScheduleEntryInput,
  SlideInput,
} from '@bangtin/shared';
import { parseProcedureCsv } from '../procedures/parse-procedure-table.js';
import { VIETNAMESE_HOLIDAYS } from './vietnamese-holidays.js';

/** Demo content for a first run; references between items are by key, resolved by the seeder. */
export interface DemoContent {
  settings: {
    agencyName: string;
    agencySubtitle: string;
    tickerText: string;
    defaultPlaylist: string;
    /** The counters of the counter page (`/queue/`). */
    queueCounters: QueueCounter[];
  };
  hotlines: HotlineInput[];
  procedures: ProcedureInput[];
  slides: Record<string, SlideInput>;
  playlists: Record<string, { name: string; items: { slide: string; durationSeconds: number }[] }>;
  /** Zone playlists name a key of `playlists` too. */
  schedule: Array<Omit<ScheduleEntryInput, 'playlistId'> & { playlist: string | null }>;
  group: { name: string };
  screen: { name: string; location: string };
  /** Vietnam's public holidays of the coming years, for the admin to complete and correct. */
  holidays: readonly HolidayInput[];
}

const SAMPLE_NOTE = 'Số mẫu — thay bằng số do cơ quan công bố';

/** Demo slides follow the department's CCHC communication plan (sections II–III). */
export function demoContent(): DemoContent {
  const csv = readFileSync(new URL('./procedures-sample.csv', import.meta.url), 'utf8');
  const procedures = parseProcedureCsv(csv).procedures.map(
    ({ line: _line, ...procedure }) => procedure,
  );
  return {
    settings: {
      agencyName: 'Sở Khoa học và Công nghệ',
      agencySubtitle: 'Bộ phận Tiếp nhận và Trả kết quả — Trung tâm Phục vụ Hành chính công',
      tickerText:
        'Nội dung mẫu của Bảng tin. Tra cứu thủ tục hành chính và nộp hồ sơ trực tuyến tại dichvucong.gov.vn',
      defaultPlaylist: 'main',
      queueCounters: [
        { id: '1', name: 'Quầy 1 — Đăng ký kinh doanh' },
        { id: '2', name: 'Quầy 2 — Khoa học và Công nghệ' },
        { id: '3', name: 'Quầy 3 — Sở hữu trí tuệ' },
        { id: '4', name: 'Quầy 4 — Trả kết quả' },
      ],
    },
    hotlines: [
      {
        label: 'Tổng đài hỗ trợ Cổng Dịch vụ công quốc gia',
        number: '1800 1096',
        hours: 'Giờ hành chính',
        note: SAMPLE_NOTE,
        sample: true,
      },
      {
        label: 'Tổng đài dịch vụ công của tỉnh',
        number: '1022',
        hours: '24/7',
        note: SAMPLE_NOTE,
        sample: true,
      },
      {
        label: 'Đường dây nóng phản ánh, kiến nghị về thủ tục hành chính',
        number: '0000 000 000',
        hours: 'Thứ Hai – Thứ Sáu, 7:00 – 17:00',
        note: SAMPLE_NOTE,
        sample: true,
      },
    ],
    procedures,
    slides: {
      reform: {
        kind: 'message',
        title: 'CCHC — vì người dân, doanh nghiệp',
        tags: ['CCHC'],
        heading: 'Cải cách hành chính vì người dân, doanh nghiệp',
        body: 'Thủ tục hành chính của Sở được niêm yết công khai và tiếp nhận, trả kết quả tại Trung tâm Phục vụ Hành chính công. Người dân, tổ chức có quyền giám sát việc giải quyết hồ sơ.',
        theme: 'brand',
      },
      online: {
        kind: 'message',
        title: 'DVCTT — nộp hồ sơ trực tuyến',
        tags: ['DVCTT'],
        heading: 'Nộp hồ sơ trực tuyến, không cần đến trực tiếp',
        body: 'Dịch vụ công trực tuyến toàn trình: nộp hồ sơ, theo dõi tiến độ và nhận kết quả qua mạng — tiết kiệm thời gian và chi phí đi lại.',
        theme: 'light',
      },
      portalQr: {
        kind: 'qr',
        title: 'DVCTT — mã QR Cổng Dịch vụ công quốc gia',
        tags: ['DVCTT'],
        heading: 'Quét mã để nộp hồ sơ trực tuyến',
        url: 'https://dichvucong.gov.vn',
        caption: 'Cổng Dịch vụ công quốc gia — dichvucong.gov.vn',
      },
      postal: {
        kind: 'message',
        title: 'BCCI — nhận kết quả qua bưu điện',
        tags: ['BCCI'],
        heading: 'Nhận kết quả tại nhà qua bưu điện',
        body: 'Dịch vụ bưu chính công ích: gửi hồ sơ và nhận kết quả giải quyết thủ tục hành chính qua bưu điện, không phải đi lại. Hỏi cán bộ tiếp nhận để đăng ký.',
        theme: 'light',
      },
      procedures: {
        kind: 'procedures',
        title: 'TTHC — danh mục thủ tục tiếp nhận tại Sở',
        tags: ['TTHC'],
        heading: 'Thủ tục hành chính tiếp nhận tại Sở',
        field: null,
        rowsPerPage: 4,
        secondsPerPage: 12,
      },
      hotlines: {
        kind: 'hotlines',
        title: 'Đường dây nóng',
        tags: ['hotline'],
        heading: 'Đường dây nóng tiếp nhận phản ánh, kiến nghị',
        hotlineIds: [],
      },
      feedback: {
        kind: 'message',
        title: 'CCHC — phản ánh, kiến nghị',
        tags: ['CCHC'],
        heading: 'Phản ánh, kiến nghị về thủ tục hành chính',
        body: 'Mọi phản ánh về quy định hành chính, thái độ phục vụ của cán bộ, công chức xin gửi qua đường dây nóng hoặc hòm thư góp ý tại quầy tiếp nhận.',
        theme: 'dark',
      },
      figures: {
        kind: 'figures',
        title: 'CCHC — kết quả giải quyết hồ sơ (mẫu)',
        tags: ['CCHC'],
        heading: 'Kết quả (mẫu)',
        items: [
          { label: 'Hồ sơ giải quyết đúng hạn', value: 98.5, unit: '%', decimals: 1 },
          { label: 'Hồ sơ nộp trực tuyến', value: 1234, unit: 'hồ sơ' },
        ],
      },
      satisfaction: {
        kind: 'message',
        title: 'CCHC — đánh giá sự hài lòng',
        tags: ['CCHC'],
        heading: 'Hãy đánh giá sự phục vụ của chúng tôi',
        body: 'Sau khi nhận kết quả, xin cho ý kiến đánh giá mức độ hài lòng — góp phần nâng cao Chỉ số hài lòng của người dân, tổ chức (SIPAS).',
        theme: 'brand',
      },
    },
    playlists: {
      keyFigures: {
        name: 'Số liệu bên cạnh',
        items: [{ slide: 'figures', durationSeconds: 20 }],
      },
      main: {
        name: 'Vòng chính',
        items: [
          { slide: 'reform', durationSeconds: 12 },
          { slide: 'online', durationSeconds: 12 },
          { slide: 'portalQr', durationSeconds: 15 },
          { slide: 'postal', durationSeconds: 12 },
          { slide: 'hotlines', durationSeconds: 15 },
          { slide: 'feedback', durationSeconds: 12 },
          { slide: 'satisfaction', durationSeconds: 10 },
        ],
      },
      officeHours: {
        name: 'Giờ làm việc — thủ tục và dịch vụ công',
        items: [
          { slide: 'reform', durationSeconds: 10 },
          { slide: 'procedures', durationSeconds: 12 },
          { slide: 'online', durationSeconds: 12 },
          { slide: 'portalQr', durationSeconds: 15 },
          { slide: 'postal', durationSeconds: 12 },
          { slide: 'hotlines', durationSeconds: 15 },
        ],
      },
    },
    schedule: [
      {
        name: 'Giờ làm việc: thủ tục hành chính và dịch vụ công',
        kind: 'playlist',
        playlist: 'officeHours',
        target: { all: true, screenIds: [], groupIds: [] },
        weekdays: [1, 2, 3, 4, 5],
        startTime: '07:00',
        endTime: '17:00',
        priority: 10,
        // In office hours the screen calls numbers beside the loop, over the key figures.
        layout: 'side-panel',
        zones: {
          side: { kind: 'queue', counters: [] },
          panel: { kind: 'playlist', playlistId: 'keyFigures' },
        },
      },
    ],
    group: { name: 'Trung tâm Phục vụ Hành chính công' },
    screen: { name: 'Màn hình sảnh chờ (mẫu)', location: 'Khu vực chờ, tầng 1' },
    holidays: VIETNAMESE_HOLIDAYS,
  };
}
