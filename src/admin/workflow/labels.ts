/**
 * The admin's own words for the workflow UI: Vietnamese first, English second. State and action
 * names come from the server's table (src/workflow/states.ts) so the admin and the API agree.
 */
import { adminLanguages, defineCatalogue, type Messages, type MessagesOf } from '../../i18n'
import { actionLabels, stateLabels, states, type Action, type State } from '../../workflow/states'

export { actionLabels, stateLabels }
export type { Action, State }

export { pick } from '../../i18n'

export const isState = (value: unknown): value is State => typeof value === 'string' && (states as readonly string[]).includes(value)

/** Content locales, in the order the workflow uses them. */
export const contentLocales = ['vi', 'en', 'lo'] as const
export type ContentLocale = (typeof contentLocales)[number]

/** Vietnamese: the first language, whose keys English must have. */
const vi = {
  workflow: 'Quy trình duyệt',
  loading: 'Đang tải…',
  loadFailed: 'Không tải được trạng thái duyệt',
  saveFirst: 'Lưu thay đổi trước khi chuyển bước duyệt.',
  note: 'Ghi chú',
  publicNote: 'Ghi chú công khai',
  publicReason: 'Lý do công khai',
  noteRequired: '(bắt buộc)',
  locales: 'Ngôn ngữ',
  localeNotApproved: 'chưa duyệt',
  localeEmpty: 'chưa có nội dung',
  at: 'Thời điểm xuất bản',
  cancel: 'Hủy',
  working: 'Đang xử lý…',
  failed: 'Không thực hiện được',
  pickLocale: 'Chọn ít nhất một ngôn ngữ.',
  pickTime: 'Chọn thời điểm xuất bản.',
  // Review notes
  reviewThread: 'Trao đổi duyệt bài',
  noNotes: 'Chưa có ghi chú nào.',
  saveToDiscuss: 'Lưu bản nháp để bắt đầu trao đổi.',
  newNote: 'Ghi chú mới',
  addNote: 'Gửi ghi chú',
  noteAdded: 'Đã thêm ghi chú',
  unknownAuthor: 'Hệ thống',
  // Review queue
  queueTitle: 'Chờ tôi duyệt',
  queueIntro: 'Các mục người khác đã gửi và đang chờ bạn duyệt hoặc xuất bản, mới nhất trước.',
  queueEmpty: 'Không có mục nào đang chờ bạn.',
  queueNotStaff: 'Chỉ biên tập viên và người xuất bản có danh sách chờ duyệt.',
  title: 'Tiêu đề',
  collection: 'Loại nội dung',
  state: 'Trạng thái',
  updatedAt: 'Cập nhật',
  waitingFor: 'Việc cần làm',
  toReview: 'Duyệt',
  toPublish: 'Xuất bản',
  toReviewAgain: 'Duyệt lại sau xuất bản khẩn',
} satisfies Messages

const en: MessagesOf<typeof vi> = {
  workflow: 'Editorial workflow',
  loading: 'Loading…',
  loadFailed: 'Could not load the workflow state',
  saveFirst: 'Save your changes before taking a workflow action.',
  note: 'Note',
  publicNote: 'Public note',
  publicReason: 'Public reason',
  noteRequired: '(required)',
  locales: 'Languages',
  localeNotApproved: 'not approved',
  localeEmpty: 'nothing written',
  at: 'Publish at',
  cancel: 'Cancel',
  working: 'Working…',
  failed: 'Could not do that',
  pickLocale: 'Choose at least one language.',
  pickTime: 'Choose when to publish.',
  // Review notes
  reviewThread: 'Review notes',
  noNotes: 'No notes yet.',
  saveToDiscuss: 'Save the draft to start the discussion.',
  newNote: 'New note',
  addNote: 'Add note',
  noteAdded: 'Note added',
  unknownAuthor: 'System',
  // Review queue
  queueTitle: 'Waiting for my review',
  queueIntro: 'Items submitted by others that are waiting for you to review or publish, newest first.',
  queueEmpty: 'Nothing is waiting for you.',
  queueNotStaff: 'Only editors and publishers have a review queue.',
  title: 'Title',
  collection: 'Content type',
  state: 'State',
  updatedAt: 'Updated',
  waitingFor: 'To do',
  toReview: 'Review',
  toPublish: 'Publish',
  toReviewAgain: 'Review after force-publish',
}

/** The admin's workflow-tools namespace of the catalogue (src/i18n). */
export const workflowAdminText = defineCatalogue(adminLanguages, { vi, en })

export const text = workflowAdminText.labels()

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
