/**
 * What the edit header says about an item, decided from the server's workflow view: the one state
 * (the badge) with the facts that qualify it, the buttons in order with the one to press first, and
 * one line under each button saying what it does. Pure, so the words are tested once, as functions.
 */
import { adminLanguages, contentLanguageName, defineCatalogue, type Messages, type MessagesOf } from '../../i18n'
import type { WorkflowView } from './api'
import { actionLabels, pick, type Action } from './labels'

const vi = {
  status: 'Trạng thái',
  approvedIn: (languages: string) => `Ngôn ngữ đã duyệt: ${languages}`,
  publicIn: (languages: string) => `Đang công khai: ${languages}`,
  revision: 'Bản sửa đổi, chưa công khai',
  scheduledAt: (time: string) => `Xuất bản lúc ${time}`,
  forcePublished: 'Xuất bản khẩn, chờ duyệt lại',
  withdrawn: 'Đã gỡ khỏi mọi kênh công khai',
  hints: {
    submit: 'Gửi biên tập viên duyệt.',
    requestChanges: 'Trả lại người viết, kèm ghi chú cần sửa.',
    approve: 'Xác nhận nội dung các ngôn ngữ được chọn.',
    approveForced: 'Xác nhận bài đã xuất bản khẩn.',
    publish: 'Công khai ngay các ngôn ngữ đã duyệt.',
    publishLive: 'Cập nhật bản công khai, không kèm ghi chú đính chính.',
    schedule: 'Tự động công khai vào thời điểm chọn.',
    unschedule: 'Hủy hẹn giờ; bài trở lại Đã duyệt.',
    correct: 'Thay bản công khai bằng bản đã duyệt, kèm ghi chú đính chính công khai.',
    withdraw: 'Gỡ khỏi mọi kênh công khai; không hoàn tác được.',
    forcePublish: 'Công khai ngay, bỏ qua duyệt; biên tập viên duyệt lại sau.',
  },
  save: {
    new: 'Lưu bài mới dưới dạng bản nháp.',
    draft: 'Lưu thay đổi, chưa gửi duyệt.',
    inReview: 'Lưu thay đổi; bài vẫn chờ duyệt.',
    approved: 'Lưu thay đổi; ngôn ngữ được sửa phải duyệt lại.',
    live: 'Lưu bản sửa đổi; bản công khai giữ nguyên.',
  },
} satisfies Messages

const en: MessagesOf<typeof vi> = {
  status: 'Status',
  approvedIn: (languages) => `Languages approved: ${languages}`,
  publicIn: (languages) => `Public: ${languages}`,
  revision: 'Revision, not public yet',
  scheduledAt: (time) => `Publishes at ${time}`,
  forcePublished: 'Force-published, awaiting review',
  withdrawn: 'Removed from every public channel',
  hints: {
    submit: 'Send to an editor for review.',
    requestChanges: 'Send back to the writer with a note of what to change.',
    approve: 'Confirm the content of the chosen languages.',
    approveForced: 'Confirm the force-published item.',
    publish: 'Make the approved languages public now.',
    publishLive: 'Update the public version, without a correction note.',
    schedule: 'Make it public automatically at a chosen time.',
    unschedule: 'Cancel the schedule; the item goes back to Approved.',
    correct: 'Replace the public version with the approved one, with a public correction note.',
    withdraw: 'Remove from every public channel; cannot be undone.',
    forcePublish: 'Make it public now without review; an editor reviews it afterwards.',
  },
  save: {
    new: 'Save the new item as a draft.',
    draft: 'Save changes without sending them for review.',
    inReview: 'Save changes; the item stays in review.',
    approved: 'Save changes; edited languages need approval again.',
    live: 'Save a revision; the public version stays as it is.',
  },
}

/** The edit header's namespace of the catalogue (src/i18n). */
export const headerText = defineCatalogue(adminLanguages, { vi, en })

export type StatusView = Pick<WorkflowView, 'state' | 'live' | 'readyLocales' | 'publishedLocales' | 'forcePublished' | 'scheduledFor'>

const languageList = (codes: readonly string[], language: string) => codes.map((code) => contentLanguageName(code, language)).join(', ')

/**
 * The facts under the state badge. A live item whose working copy is not the published one is a
 * revision: the public keeps the published languages until a correction (or publish) replaces them.
 */
export function statusFacts(view: StatusView, language: string, formatTime: (iso: string) => string): string[] {
  const m = headerText.in(language)
  if (view.state === 'withdrawn') return [m.withdrawn]
  const facts: string[] = []
  if (view.live && view.state !== 'published') facts.push(m.revision)
  if (view.state === 'approved' && view.readyLocales.length) facts.push(m.approvedIn(languageList(view.readyLocales, language)))
  if (view.state === 'scheduled' && view.scheduledFor) facts.push(m.scheduledAt(formatTime(view.scheduledFor)))
  if (view.live && view.publishedLocales.length) facts.push(m.publicIn(languageList(view.publishedLocales, language)))
  if (view.forcePublished) facts.push(m.forcePublished)
  return facts
}

export type ActionButton = { action: Action; label: string; hint: string; primary: boolean }

/**
 * The step forward, by preference: on a live item the correction (the revision was approved to fix
 * the public text); otherwise publish, approve, submit. Exactly one button is primary.
 */
const forwardSteps = (live: boolean): Action[] => (live ? ['correct', 'approve', 'submit', 'publish'] : ['publish', 'approve', 'submit'])

/** Destructive or exceptional actions go last. */
const lastActions: ReadonlySet<Action> = new Set(['withdraw', 'forcePublish'])

/** The buttons for the actions the server allows now, the primary first, each with its one-line hint. */
export function actionButtons(view: Pick<WorkflowView, 'actions' | 'live' | 'state'>, language: string): ActionButton[] {
  const m = headerText.in(language)
  const primary = forwardSteps(view.live).find((action) => view.actions.includes(action)) ?? null
  const rank = (action: Action) => (action === primary ? 0 : lastActions.has(action) ? 2 : 1)
  const ordered = [...view.actions].sort((a, b) => rank(a) - rank(b))
  const hint = (action: Action): string => {
    if (action === 'publish' && view.live) return m.hints.publishLive
    if (action === 'approve' && view.state === 'published') return m.hints.approveForced
    return m.hints[action]
  }
  return ordered.map((action) => ({ action, label: pick(actionLabels[action], language), hint: hint(action), primary: action === primary }))
}

/** The line under "Lưu bản nháp": what saving does to this item. */
export function saveHint(view: Pick<WorkflowView, 'state' | 'live'> | null, language: string): string {
  const m = headerText.in(language).save
  if (!view) return m.new
  if (view.live) return m.live
  if (view.state === 'approved') return m.approved
  if (view.state === 'inReview') return m.inReview
  return m.draft
}
