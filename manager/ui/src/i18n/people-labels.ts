import type { AuditAction, Role } from '@bangtin/shared';
import { msg } from '@lit/localize';

export function roleLabel(role: Role): string {
  switch (role) {
    case 'viewer':
      return msg('Chỉ xem', { id: 'role.viewer' });
    case 'editor':
      return msg('Biên tập viên', { id: 'role.editor' });
    case 'approver':
      return msg('Người phê duyệt', { id: 'role.approver' });
    case 'admin':
      return msg('Quản trị viên', { id: 'role.admin' });
  }
}

/** What each audit action means, in words an officer reads; unknown ones as they are. */
export function auditActionLabel(action: string): string {
  const labels: Record<AuditAction, string> = {
    create: msg('Tạo mới', { id: 'auditAction.create' }),
    update: msg('Sửa', { id: 'auditAction.update' }),
    delete: msg('Xoá', { id: 'auditAction.delete' }),
    import: msg('Nhập từ tệp', { id: 'auditAction.import' }),
    pair: msg('Ghép nối màn hình', { id: 'auditAction.pair' }),
    command: msg('Lệnh tới màn hình', { id: 'auditAction.command' }),
    revoke: msg('Thu hồi màn hình', { id: 'auditAction.revoke' }),
    submit: msg('Gửi duyệt', { id: 'auditAction.submit' }),
    approve: msg('Duyệt', { id: 'auditAction.approve' }),
    return: msg('Trả lại', { id: 'auditAction.return' }),
    login: msg('Đăng nhập', { id: 'auditAction.login' }),
    login_failed: msg('Đăng nhập sai', { id: 'auditAction.loginFailed' }),
    logout: msg('Đăng xuất', { id: 'shell.signOut' }),
    password_change: msg('Đổi mật khẩu', { id: 'password.title' }),
    login_throttled: msg('Đăng nhập bị tạm hoãn', { id: 'auditAction.loginThrottled' }),
  };
  return labels[action as AuditAction] ?? action;
}

/** The kinds of object the log names, as the navigation calls them. */
export function auditResourceLabel(resource: string): string {
  const labels: Record<string, string> = {
    slides: msg('Trang trình chiếu', { id: 'nav.slides' }),
    media: msg('Kho ảnh và video', { id: 'nav.media' }),
    procedures: msg('Thủ tục hành chính', { id: 'nav.procedures' }),
    hotlines: msg('Đường dây nóng', { id: 'nav.hotlines' }),
    playlists: msg('Danh sách phát', { id: 'nav.playlists' }),
    schedules: msg('Lịch phát', { id: 'nav.schedules' }),
    screens: msg('Màn hình', { id: 'nav.screens' }),
    groups: msg('Nhóm màn hình', { id: 'nav.groups' }),
    users: msg('Người dùng', { id: 'nav.users' }),
    settings: msg('Cài đặt', { id: 'nav.settings' }),
    session: msg('Phiên đăng nhập', { id: 'audit.session' }),
    holidays: msg('Ngày nghỉ lễ', { id: 'nav.holidays' }),
    urgent_notices: msg('Thông báo khẩn', { id: 'audit.urgentNotices' }),
  };
  return labels[resource] ?? resource;
}
