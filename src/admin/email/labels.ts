/** The admin's words for the email tools (subscribers, mailings): Vietnamese first, English second. */
import type { DeliveryStatus, MailingAudience, MailingKind } from '../../domain'
import { label, type Label } from '../../lib/labels'

export { pick } from '../workflow/labels'

export const deliveryStatusLabels: Record<DeliveryStatus, Label> = {
  queued: label('Chờ gửi', 'Queued'),
  sending: label('Đang gửi', 'Sending'),
  sent: label('Đã gửi', 'Sent'),
  failed: label('Lỗi', 'Failed'),
  bounced: label('Bị trả lại', 'Bounced'),
  suppressed: label('Bị chặn', 'Suppressed'),
  canceled: label('Đã hủy gửi', 'Canceled'),
}

export const mailingKindLabels: Record<MailingKind, Label> = {
  release: label('Phát hành', 'Release'),
  correction: label('Đính chính', 'Correction'),
  withdrawal: label('Thu hồi', 'Withdrawal'),
  digest: label('Bản tổng hợp', 'Digest'),
}

export const audienceLabels: Record<MailingAudience, Label> = {
  all: label('Tất cả người nhận', 'All subscribers'),
  accredited: label('Phóng viên được công nhận', 'Accredited'),
  notAccredited: label('Người nhận chưa được công nhận', 'Not accredited'),
  previousRecipients: label('Người đã nhận bản trước', 'Previous recipients'),
  digest: label('Bản tổng hợp', 'Digest'),
}

export const text = {
  // Import / export
  importCsv: label('Nhập CSV', 'Import CSV'),
  exportCsv: label('Xuất CSV', 'Export CSV'),
  exportHint: label('Xuất theo bộ lọc đang chọn', 'Exports with the current filters'),
  file: label('Tệp CSV (UTF-8)', 'CSV file (UTF-8)'),
  columnsHint: label(
    'Cột: email (bắt buộc), name, outlet, country, language (vi|en|lo), topics (slug, cách nhau bởi ;), contentTypes, frequency (immediately|daily|weekly), accredited (có/không).',
    'Columns: email (required), name, outlet, country, language (vi|en|lo), topics (slugs separated by ;), contentTypes, frequency (immediately|daily|weekly), accredited (yes/no).',
  ),
  consentSource: label('Nguồn đồng ý nhận tin', 'Where consent comes from'),
  consentSourcePlaceholder: label('VD: Danh sách phóng viên hội nghị 15/11/2026', 'e.g. Conference press list 15/11/2026'),
  consentTextVersion: label('Phiên bản văn bản đồng ý', 'Consent text version'),
  upload: label('Nhập danh sách', 'Import'),
  cancel: label('Hủy', 'Cancel'),
  working: label('Đang xử lý…', 'Working…'),
  imported: label('Đã nhập', 'Imported'),
  created: label('Thêm mới', 'Created'),
  updated: label('Cập nhật', 'Updated'),
  skipped: label('Bỏ qua', 'Skipped'),
  nothingWritten: label('Tệp có lỗi, chưa nhập dòng nào:', 'The file has problems; nothing was imported:'),
  row: label('Dòng', 'Row'),
  field: label('Cột', 'Column'),
  problem: label('Lỗi', 'Problem'),
  reason: label('Lý do', 'Reason'),
  skipReasons: label('(đã hủy, bị trả lại, báo spam hoặc bị chặn: không đăng ký lại)', '(unsubscribed, bounced, complained or suppressed: never resubscribed)'),
  // Personal data
  downloadPersonalData: label('Tải dữ liệu cá nhân', 'Download personal data'),
  erasePersonalData: label('Xóa dữ liệu cá nhân', 'Erase personal data'),
  eraseExplain: label(
    'Xóa vĩnh viễn người nhận này theo Nghị định 13/2023: bản ghi bị xóa, lịch sử gửi thư được ẩn địa chỉ, địa chỉ chỉ còn dưới dạng mã băm trong danh sách chặn gửi để không bao giờ gửi lại. Không thể hoàn tác.',
    'Permanently erase this subscriber (Decree 13/2023): the record is deleted, delivery history loses the address, and the address stays only as a hash on the suppression list so it is never mailed again. This cannot be undone.',
  ),
  typeEmail: label('Nhập lại địa chỉ email để xác nhận', 'Type the email address again to confirm'),
  eraseNow: label('Xóa vĩnh viễn', 'Erase permanently'),
  erased: label('Đã xóa dữ liệu cá nhân', 'Personal data erased'),
  failed: label('Không thực hiện được', 'Could not do that'),
  // Delivery report
  reportTitle: label('Báo cáo gửi thư', 'Delivery report'),
  reportIntro: label('Kết quả gửi thư của từng đợt (phát hành, đính chính, thu hồi) cho một tin.', 'What happened to each mailing (release, correction, withdrawal) of one item.'),
  recentItems: label('Các tin đã gửi thư gần đây', 'Recently mailed items'),
  noMailings: label('Chưa có đợt gửi thư nào cho tin này.', 'No mailing for this item yet.'),
  noRecent: label('Chưa có đợt gửi thư nào.', 'No mailings yet.'),
  notStaff: label('Chỉ biên tập viên, người xuất bản và quản trị viên xem được báo cáo gửi thư.', 'Only editors, publishers and admins can see delivery reports.'),
  openItem: label('Mở tin', 'Open the item'),
  viewReport: label('Xem báo cáo', 'View report'),
  mailing: label('Đợt gửi', 'Mailing'),
  audience: label('Người nhận', 'Audience'),
  createdAt: label('Tạo lúc', 'Created'),
  failures: label('Thư lỗi', 'Failures'),
  noFailures: label('Không có thư lỗi.', 'No failures.'),
  email: label('Email', 'Email'),
  status: label('Trạng thái', 'Status'),
  smtpCode: label('Mã SMTP', 'SMTP code'),
  lastError: label('Lỗi gần nhất', 'Last error'),
  attempts: label('Số lần thử', 'Attempts'),
  updatedAt: label('Cập nhật', 'Updated'),
  resendFailed: label('Gửi lại các thư lỗi', 'Resend failed emails'),
  requeued: label('Đã đưa lại vào hàng đợi', 'Queued again'),
  item: label('Tin', 'Item'),
} satisfies Record<string, Label>
