/**
 * The admin's own words for the workflow UI: Vietnamese first, English second. State and action
 * names come from the server's table (src/workflow/states.ts) so the admin and the API agree.
 */
import { label, type Label } from '../../lib/labels'
import { actionLabels, stateLabels, states, type Action, type State } from '../../workflow/states'

export { actionLabels, stateLabels }
export type { Action, State }

/** The admin speaks Vietnamese unless the signed-in user chose English. */
export const pick = (text: Label, language: string | undefined): string => (language === 'en' ? text.en : text.vi)

export const isState = (value: unknown): value is State => typeof value === 'string' && (states as readonly string[]).includes(value)

/** Content locales, in the order the workflow uses them. */
export const contentLocales = ['vi', 'en', 'lo'] as const
export type ContentLocale = (typeof contentLocales)[number]

export const localeNames: Record<ContentLocale, string> = { vi: 'Tiếng Việt', en: 'English', lo: 'ພາສາລາວ' }

export const text = {
  workflow: label('Quy trình duyệt', 'Editorial workflow'),
  loading: label('Đang tải…', 'Loading…'),
  loadFailed: label('Không tải được trạng thái duyệt', 'Could not load the workflow state'),
  readyLocales: label('Đã duyệt', 'Approved'),
  publishedLocales: label('Đã xuất bản', 'Published'),
  none: label('chưa có', 'none'),
  scheduledFor: label('Hẹn giờ', 'Scheduled for'),
  forcePublished: label('Xuất bản khẩn, chờ duyệt lại', 'Force-published, awaiting review'),
  saveFirst: label('Lưu thay đổi trước khi chuyển bước duyệt.', 'Save your changes before taking a workflow action.'),
  note: label('Ghi chú', 'Note'),
  publicNote: label('Ghi chú công khai', 'Public note'),
  publicReason: label('Lý do công khai', 'Public reason'),
  noteRequired: label('(bắt buộc)', '(required)'),
  locales: label('Ngôn ngữ', 'Languages'),
  localeNotApproved: label('chưa duyệt', 'not approved'),
  localeEmpty: label('chưa có nội dung', 'nothing written'),
  at: label('Thời điểm xuất bản', 'Publish at'),
  cancel: label('Hủy', 'Cancel'),
  working: label('Đang xử lý…', 'Working…'),
  done: label('Đã thực hiện', 'Done'),
  failed: label('Không thực hiện được', 'Could not do that'),
  pickLocale: label('Chọn ít nhất một ngôn ngữ.', 'Choose at least one language.'),
  pickTime: label('Chọn thời điểm xuất bản.', 'Choose when to publish.'),
  // Review notes
  reviewThread: label('Trao đổi duyệt bài', 'Review notes'),
  noNotes: label('Chưa có ghi chú nào.', 'No notes yet.'),
  saveToDiscuss: label('Lưu bản nháp để bắt đầu trao đổi.', 'Save the draft to start the discussion.'),
  newNote: label('Ghi chú mới', 'New note'),
  addNote: label('Gửi ghi chú', 'Add note'),
  noteAdded: label('Đã thêm ghi chú', 'Note added'),
  unknownAuthor: label('Hệ thống', 'System'),
  // Review queue
  queueTitle: label('Chờ tôi duyệt', 'Waiting for my review'),
  queueIntro: label(
    'Các mục người khác đã gửi và đang chờ bạn duyệt hoặc xuất bản, mới nhất trước.',
    'Items submitted by others that are waiting for you to review or publish, newest first.',
  ),
  queueEmpty: label('Không có mục nào đang chờ bạn.', 'Nothing is waiting for you.'),
  queueNotStaff: label('Chỉ biên tập viên và người xuất bản có danh sách chờ duyệt.', 'Only editors and publishers have a review queue.'),
  title: label('Tiêu đề', 'Title'),
  collection: label('Loại nội dung', 'Content type'),
  state: label('Trạng thái', 'State'),
  updatedAt: label('Cập nhật', 'Updated'),
  waitingFor: label('Việc cần làm', 'To do'),
  toReview: label('Duyệt', 'Review'),
  toPublish: label('Xuất bản', 'Publish'),
  toReviewAgain: label('Duyệt lại sau xuất bản khẩn', 'Review after force-publish'),
} satisfies Record<string, Label>

/** What an action asks for before it is sent. */
export const actionInputs: Record<Action, { note: 'required' | 'optional' | 'none'; locales: 'localesWithContent' | 'readyLocales' | null; at: boolean }> = {
  submit: { note: 'none', locales: null, at: false },
  requestChanges: { note: 'required', locales: null, at: false },
  approve: { note: 'optional', locales: 'localesWithContent', at: false },
  publish: { note: 'none', locales: 'readyLocales', at: false },
  schedule: { note: 'none', locales: 'readyLocales', at: true },
  unschedule: { note: 'none', locales: null, at: false },
  correct: { note: 'required', locales: 'readyLocales', at: false },
  withdraw: { note: 'required', locales: null, at: false },
  forcePublish: { note: 'required', locales: 'localesWithContent', at: false },
}

/** Actions taken straight away on click; the others open a small form first. */
export const needsForm = (action: Action) => {
  const input = actionInputs[action]
  return input.note !== 'none' || input.locales !== null || input.at
}
