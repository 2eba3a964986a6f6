/** The admin's words for the email tools (subscribers, mailings): Vietnamese first, English second. */
import type { DeliveryStatus, MailingAudience, MailingKind } from '../../domain'
import { adminLanguages, defineCatalogue, type Messages, type MessagesOf } from '../../i18n'

export { pick } from '../../i18n'

/** Vietnamese: the first language, whose keys English must have. */
const vi = {
  deliveryStatuses: {
    queued: 'Chờ gửi',
    sending: 'Đang gửi',
    sent: 'Đã gửi',
    failed: 'Lỗi',
    bounced: 'Bị trả lại',
    suppressed: 'Bị chặn',
    canceled: 'Đã hủy gửi',
  } satisfies Record<DeliveryStatus, string>,
  mailingKinds: {
    release: 'Phát hành',
    correction: 'Đính chính',
    withdrawal: 'Thu hồi',
    digest: 'Bản tổng hợp',
  } satisfies Record<MailingKind, string>,
  audiences: {
    all: 'Tất cả người nhận',
    accredited: 'Phóng viên được công nhận',
    notAccredited: 'Người nhận chưa được công nhận',
    previousRecipients: 'Người đã nhận bản trước',
    digest: 'Bản tổng hợp',
  } satisfies Record<MailingAudience, string>,
  // Import / export
  importCsv: 'Nhập CSV',
  exportCsv: 'Xuất CSV',
  exportHint: 'Xuất theo bộ lọc đang chọn',
  file: 'Tệp CSV (UTF-8)',
  columnsHint: 'Cột: email (bắt buộc), name, outlet, country, language (vi|en|lo), topics (slug, cách nhau bởi ;), contentTypes, frequency (immediately|daily|weekly), accredited (có/không).',
  consentSource: 'Nguồn đồng ý nhận tin',
  consentSourcePlaceholder: 'VD: Danh sách phóng viên hội nghị 15/11/2026',
  consentTextVersion: 'Phiên bản văn bản đồng ý',
  upload: 'Nhập danh sách',
  cancel: 'Hủy',
  working: 'Đang xử lý…',
  imported: 'Đã nhập',
  created: 'Thêm mới',
  updated: 'Cập nhật',
  skipped: 'Bỏ qua',
  nothingWritten: 'Tệp có lỗi, chưa nhập dòng nào:',
  row: 'Dòng',
  field: 'Cột',
  problem: 'Lỗi',
  reason: 'Lý do',
  skipReasons: '(đã hủy, bị trả lại, báo spam hoặc bị chặn: không đăng ký lại)',
  // Personal data
  downloadPersonalData: 'Tải dữ liệu cá nhân',
  erasePersonalData: 'Xóa dữ liệu cá nhân',
  eraseExplain: 'Xóa vĩnh viễn người nhận này theo Nghị định 13/2023: bản ghi bị xóa, lịch sử gửi thư được ẩn địa chỉ, địa chỉ chỉ còn dưới dạng mã băm trong danh sách chặn gửi để không bao giờ gửi lại. Không thể hoàn tác.',
  typeEmail: 'Nhập lại địa chỉ email để xác nhận',
  eraseNow: 'Xóa vĩnh viễn',
  erased: 'Đã xóa dữ liệu cá nhân',
  failed: 'Không thực hiện được',
  // Delivery report
  reportTitle: 'Báo cáo gửi thư',
  reportIntro: 'Kết quả gửi thư của từng đợt (phát hành, đính chính, thu hồi) cho một tin.',
  recentItems: 'Các tin đã gửi thư gần đây',
  noMailings: 'Chưa có đợt gửi thư nào cho tin này.',
  noRecent: 'Chưa có đợt gửi thư nào.',
  notStaff: 'Chỉ biên tập viên, người xuất bản và quản trị viên xem được báo cáo gửi thư.',
  openItem: 'Mở tin',
  viewReport: 'Xem báo cáo',
  mailing: 'Đợt gửi',
  audience: 'Người nhận',
  createdAt: 'Tạo lúc',
  failures: 'Thư lỗi',
  noFailures: 'Không có thư lỗi.',
  email: 'Email',
  status: 'Trạng thái',
  smtpCode: 'Mã SMTP',
  lastError: 'Lỗi gần nhất',
  attempts: 'Số lần thử',
  updatedAt: 'Cập nhật',
  resendFailed: 'Gửi lại các thư lỗi',
  requeued: 'Đã đưa lại vào hàng đợi',
  item: 'Tin',
  notSent: 'Không gửi:',
} satisfies Messages

const en: MessagesOf<typeof vi> = {
  deliveryStatuses: {
    queued: 'Queued',
    sending: 'Sending',
    sent: 'Sent',
    failed: 'Failed',
    bounced: 'Bounced',
    suppressed: 'Suppressed',
    canceled: 'Canceled',
  },
  mailingKinds: {
    release: 'Release',
    correction: 'Correction',
    withdrawal: 'Withdrawal',
    digest: 'Digest',
  },
  audiences: {
    all: 'All subscribers',
    accredited: 'Accredited',
    notAccredited: 'Not accredited',
    previousRecipients: 'Previous recipients',
    digest: 'Digest',
  },
  // Import / export
  importCsv: 'Import CSV',
  exportCsv: 'Export CSV',
  exportHint: 'Exports with the current filters',
  file: 'CSV file (UTF-8)',
  columnsHint: 'Columns: email (required), name, outlet, country, language (vi|en|lo), topics (slugs separated by ;), contentTypes, frequency (immediately|daily|weekly), accredited (yes/no).',
  consentSource: 'Where consent comes from',
  consentSourcePlaceholder: 'e.g. Conference press list 15/11/2026',
  consentTextVersion: 'Consent text version',
  upload: 'Import',
  cancel: 'Cancel',
  working: 'Working…',
  imported: 'Imported',
  created: 'Created',
  updated: 'Updated',
  skipped: 'Skipped',
  nothingWritten: 'The file has problems; nothing was imported:',
  row: 'Row',
  field: 'Column',
  problem: 'Problem',
  reason: 'Reason',
  skipReasons: '(unsubscribed, bounced, complained or suppressed: never resubscribed)',
  // Personal data
  downloadPersonalData: 'Download personal data',
  erasePersonalData: 'Erase personal data',
  eraseExplain: 'Permanently erase this subscriber (Decree 13/2023): the record is deleted, delivery history loses the address, and the address stays only as a hash on the suppression list so it is never mailed again. This cannot be undone.',
  typeEmail: 'Type the email address again to confirm',
  eraseNow: 'Erase permanently',
  erased: 'Personal data erased',
  failed: 'Could not do that',
  // Delivery report
  reportTitle: 'Delivery report',
  reportIntro: 'What happened to each mailing (release, correction, withdrawal) of one item.',
  recentItems: 'Recently mailed items',
  noMailings: 'No mailing for this item yet.',
  noRecent: 'No mailings yet.',
  notStaff: 'Only editors, publishers and admins can see delivery reports.',
  openItem: 'Open the item',
  viewReport: 'View report',
  mailing: 'Mailing',
  audience: 'Audience',
  createdAt: 'Created',
  failures: 'Failures',
  noFailures: 'No failures.',
  email: 'Email',
  status: 'Status',
  smtpCode: 'SMTP code',
  lastError: 'Last error',
  attempts: 'Attempts',
  updatedAt: 'Updated',
  resendFailed: 'Resend failed emails',
  requeued: 'Queued again',
  item: 'Item',
  notSent: 'Not sent:',
}

/** The admin's email-tools namespace of the catalogue (src/i18n). */
export const emailAdminText = defineCatalogue(adminLanguages, { vi, en })

export const deliveryStatusLabels = emailAdminText.labelsOf((m) => m.deliveryStatuses)

export const mailingKindLabels = emailAdminText.labelsOf((m) => m.mailingKinds)

export const audienceLabels = emailAdminText.labelsOf((m) => m.audiences)

export const text = emailAdminText.labels()
