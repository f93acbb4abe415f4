import { msg } from '@lit/localize';

/**
 * The names the editors give a slide's, playlist's or schedule entry's fields, for the approval
 * comparison (which would otherwise show the data's keys, such as `heading`).
 */
export function fieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return msg('Tên trang (để tìm trong danh sách)', { id: 'slide.titleLabel' });
    case 'tags':
      return msg('Nhãn', { id: 'slide.tags' });
    case 'kind':
      return msg('Loại', { id: 'slide.kind' });
    case 'heading':
      return msg('Tiêu đề hiển thị', { id: 'slide.heading' });
    case 'body':
      return msg('Nội dung', { id: 'slide.body' });
    case 'imageSha256':
      return msg('Tệp hình ảnh', { id: 'slide.image' });
    case 'mediaSha256':
      return msg('Tệp hình ảnh hoặc video', { id: 'field.media' });
    case 'theme':
      return msg('Màu nền', { id: 'slide.theme' });
    case 'caption':
      return msg('Chú thích', { id: 'slide.caption' });
    case 'fit':
      return msg('Cách hiển thị ảnh', { id: 'slide.fit' });
    case 'field':
      return msg('Lĩnh vực', { id: 'procedure.field' });
    case 'rowsPerPage':
      return msg('Số dòng mỗi trang', { id: 'slide.rowsPerPage' });
    case 'secondsPerPage':
      return msg('Số giây mỗi trang', { id: 'slide.secondsPerPage' });
    case 'hotlineIds':
      return msg('Số điện thoại hiển thị', { id: 'slide.hotlines' });
    case 'url':
      return msg('Địa chỉ web mã QR dẫn tới', { id: 'slide.url' });
    case 'name':
      return msg('Tên', { id: 'common.name' });
    case 'items':
      return msg('Các trang theo thứ tự phát', { id: 'playlist.items' });
    case 'playlistId':
      return msg('Danh sách phát', { id: 'nav.playlists' });
    case 'target':
      return msg('Màn hình áp dụng', { id: 'schedule.target' });
    case 'startDate':
      return msg('Từ ngày', { id: 'schedule.startDate' });
    case 'endDate':
      return msg('Đến ngày', { id: 'schedule.endDate' });
    case 'weekdays':
      return msg('Các ngày trong tuần', { id: 'schedule.weekdays' });
    case 'startTime':
      return msg('Từ giờ', { id: 'schedule.startTime' });
    case 'endTime':
      return msg('Đến giờ', { id: 'schedule.endTime' });
    case 'rrule':
      return msg('Quy tắc lặp (nâng cao)', { id: 'schedule.rrule' });
    case 'exdates':
      return msg('Ngày bỏ qua', { id: 'field.exdates' });
    case 'priority':
      return msg('Ưu tiên', { id: 'schedule.priority' });
    case 'expiresAt':
      return msg('Hết hạn lúc', { id: 'schedule.expiresAt' });
    case 'holidayMode':
      return msg('Ngày nghỉ lễ', { id: 'nav.holidays' });
    default:
      return field;
  }
}
