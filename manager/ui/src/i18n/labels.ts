import type { SlideKind } from '@bangtin/shared';
import { msg } from '@lit/localize';

/** The name of each kind of slide, as editors know them. */
export function slideKindLabel(kind: SlideKind): string {
  switch (kind) {
    case 'message':
      return msg('Thông báo', { id: 'kind.message' });
    case 'image':
      return msg('Hình ảnh', { id: 'kind.image' });
    case 'video':
      return msg('Video', { id: 'kind.video' });
    case 'procedures':
      return msg('Danh sách thủ tục', { id: 'kind.procedures' });
    case 'hotlines':
      return msg('Đường dây nóng', { id: 'nav.hotlines' });
    case 'qr':
      return msg('Mã QR', { id: 'kind.qr' });
    case 'figures':
      return msg('Số liệu nổi bật', { id: 'kind.figures' });
  }
}

export function themeLabel(theme: string): string {
  switch (theme) {
    case 'light':
      return msg('Nền sáng', { id: 'theme.light' });
    case 'dark':
      return msg('Nền tối', { id: 'theme.dark' });
    default:
      return msg('Màu cơ quan', { id: 'theme.brand' });
  }
}

export function orientationLabel(orientation: string): string {
  return orientation === 'portrait'
    ? msg('Dọc (1080×1920)', { id: 'orientation.portrait' })
    : msg('Ngang (1920×1080)', { id: 'orientation.landscape' });
}

export function layoutLabel(layout: string): string {
  switch (layout) {
    case 'strip':
      return msg('Dải chữ (bảng LED)', { id: 'layout.strip' });
    case 'side-panel':
      return msg('Chính + khung bên (ngang, 70/30)', { id: 'layout.sidePanel' });
    case 'queue-band':
      return msg('Dọc, có dải gọi số', { id: 'layout.queueBand' });
    default:
      return msg('Đầy đủ', { id: 'layout.full' });
  }
}

export function zoneLabel(zone: string): string {
  switch (zone) {
    case 'band':
      return msg('Dải dưới', { id: 'zone.band' });
    case 'panel':
      return msg('Khung bên, phần dưới', { id: 'zone.panel' });
    default:
      return msg('Khung bên, phần trên', { id: 'zone.side' });
  }
}

export function mediaTypeLabel(type: string): string {
  return type.startsWith('video/')
    ? msg('Video', { id: 'kind.video' })
    : msg('Hình ảnh', { id: 'kind.image' });
}

/** The procedure fields, as the published procedure lists name them. */
export function procedureFieldLabels() {
  return {
    code: msg('Mã', { id: 'procedure.code' }),
    name: msg('Tên thủ tục', { id: 'procedure.name' }),
    field: msg('Lĩnh vực', { id: 'procedure.field' }),
    agency: msg('Cơ quan thực hiện', { id: 'procedure.agency' }),
    level: msg('Cấp thực hiện', { id: 'procedure.level' }),
    onlineLevel: msg('Dịch vụ công trực tuyến', { id: 'procedure.onlineLevel' }),
    timeLimit: msg('Thời hạn giải quyết', { id: 'procedure.timeLimit' }),
    fees: msg('Phí, lệ phí', { id: 'procedure.fees' }),
    portalUrl: msg('Đường dẫn trên Cổng dịch vụ công', { id: 'procedure.portalUrl' }),
  };
}

export function scheduleKindLabel(kind: string): string {
  switch (kind) {
    case 'interrupt':
      return msg('Thông báo khẩn (chen ngang)', { id: 'schedule.interrupt' });
    case 'off':
      return msg('Tắt màn hình', { id: 'schedule.off' });
    default:
      return msg('Phát danh sách', { id: 'schedule.playlist' });
  }
}

/** Monday first, as ISO weekdays 1–7 count. */
export function weekdayLabels(): string[] {
  return [
    msg('Thứ Hai', { id: 'weekday.1' }),
    msg('Thứ Ba', { id: 'weekday.2' }),
    msg('Thứ Tư', { id: 'weekday.3' }),
    msg('Thứ Năm', { id: 'weekday.4' }),
    msg('Thứ Sáu', { id: 'weekday.5' }),
    msg('Thứ Bảy', { id: 'weekday.6' }),
    msg('Chủ Nhật', { id: 'weekday.7' }),
  ];
}
