import { msg, str } from '@lit/localize';
import { ApiFailure, INVALID_ANSWER } from '../api/api-failure.js';

/** A sentence an office worker can act on, for any failed call. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof ApiFailure)) {
    const detail = error instanceof Error ? error.message : String(error);
    return msg(str`Đã xảy ra lỗi: ${detail}`, { id: 'failure.unexpected' });
  }
  if (error.code === INVALID_ANSWER) {
    return msg(
      'Máy chủ trả lời theo dạng mà trang quản trị không hiểu (có thể khác phiên bản). Hãy tải lại trang; nếu vẫn lỗi, báo cho quản trị viên.',
      { id: 'failure.invalidAnswer' },
    );
  }
  switch (error.status) {
    case 0:
      return msg('Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.', {
        id: 'failure.network',
      });
    case 400:
      return error.fieldProblems.length > 0
        ? msg('Thông tin chưa hợp lệ. Hãy sửa các ô được đánh dấu.', { id: 'failure.invalid' })
        : msg(str`Yêu cầu không hợp lệ: ${error.message}`, { id: 'failure.badRequest' });
    case 401:
      return msg('Phiên làm việc đã hết hạn. Hãy đăng nhập lại.', { id: 'failure.unauthorized' });
    case 403:
      return (
        ownershipRefusal(error.details) ??
        msg('Bạn không có quyền làm việc này.', { id: 'failure.forbidden' })
      );
    case 404:
      return msg('Không tìm thấy — có thể đã bị xoá hoặc mã đã hết hạn.', {
        id: 'failure.notFound',
      });
    case 409: {
      if (reasonOf(error.details) === 'revision_changed') {
        return msg('Nội dung vừa được sửa sau khi bạn mở. Hãy xem lại bản mới rồi duyệt.', {
          id: 'failure.revisionChanged',
        });
      }
      const users = conflictUsers(error.details);
      return users
        ? msg(str`Không thể xoá vì đang được dùng ở: ${users}.`, { id: 'failure.inUseBy' })
        : msg('Không thể xoá vì đang được sử dụng ở nơi khác.', { id: 'failure.inUse' });
    }
    case 413:
      return msg('Tệp quá lớn so với giới hạn của máy chủ.', { id: 'failure.tooLarge' });
    case 415:
      return msg(
        'Loại tệp không được hỗ trợ. Chỉ nhận ảnh PNG, JPEG, WebP, GIF và video MP4, WebM.',
        { id: 'failure.unsupportedType' },
      );
    case 429:
      return msg('Quá nhiều yêu cầu. Hãy đợi một lát rồi thử lại.', { id: 'failure.rateLimited' });
    default:
      return error.status >= 500
        ? msg('Máy chủ gặp sự cố. Hãy thử lại sau ít phút.', { id: 'failure.server' })
        : msg(str`Yêu cầu không thành công (mã ${error.status}).`, { id: 'failure.other' });
  }
}

const reasonOf = (details: unknown): unknown =>
  typeof details === 'object' && details !== null && 'reason' in details
    ? details.reason
    : undefined;

/** Why content of another screen group, or shared, may not be changed (see the README). */
function ownershipRefusal(details: unknown): string | undefined {
  switch (reasonOf(details)) {
    case 'shared_content':
      return msg(
        'Nội dung dùng chung chỉ người duyệt hoặc quản trị không gắn nhóm được sửa. Hãy sao chép sang nhóm của bạn.',
        { id: 'failure.sharedContent' },
      );
    case 'owner_group':
      return msg('Nội dung này thuộc nhóm màn hình khác.', { id: 'failure.ownerGroup' });
    case 'shown_outside_groups':
      return msg(
        'Nội dung này đang phát trên màn hình ngoài nhóm của bạn, nên chỉ người duyệt hoặc quản trị không gắn nhóm được sửa.',
        { id: 'failure.shownOutsideGroups' },
      );
    default:
      return undefined;
  }
}

/** Where a 409's details name something, the first of these fields that is there. */
const NAME_FIELDS = ['name', 'title', 'label', 'message', 'id'];

/** Names what still refers to the thing being deleted, from a 409's details. */
function conflictUsers(details: unknown): string {
  if (!Array.isArray(details)) return '';
  return details
    .map((item: unknown) => {
      if (typeof item === 'string') return item;
      if (typeof item !== 'object' || item === null) return '';
      const fields = new Map<string, unknown>(Object.entries(item));
      const name = NAME_FIELDS.map((field) => fields.get(field)).find((value) => value != null);
      return typeof name === 'string' ? name : '';
    })
    .filter((name) => name !== '')
    .join(', ');
}
