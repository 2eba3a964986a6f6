/**
 * What the edit header says, decided once from the server's workflow view: one state with its
 * facts, the buttons with the step forward first and primary, one line under each.
 */
import type { WorkflowView } from '../../../src/admin/workflow/api'
import { actionButtons, saveHint, statusFacts } from '../../../src/admin/workflow/presentation'

const view = (over: Partial<WorkflowView>): WorkflowView => ({
  collection: 'press-releases',
  id: 1,
  state: 'draft',
  live: false,
  actions: [],
  readyLocales: [],
  publishedLocales: [],
  localesWithContent: ['vi'],
  submittedBy: null,
  owner: null,
  forcePublished: false,
  publishedVersion: 0,
  scheduledFor: null,
  embargoUntil: null,
  ...over,
})

const time = (iso: string) => `<${iso}>`

describe('the edit header', () => {
  test('a live item with an approved revision offers the correction first, as the one primary button, each button with its line', () => {
    const revision = view({ state: 'approved', live: true, actions: ['publish', 'schedule', 'correct', 'withdraw'], readyLocales: ['vi', 'en'], publishedLocales: ['vi', 'en'] })
    expect(actionButtons(revision, 'vi')).toEqual([
      { action: 'correct', label: 'Xuất bản đính chính', primary: true, hint: 'Thay bản công khai bằng bản đã duyệt, kèm ghi chú đính chính công khai.' },
      { action: 'publish', label: 'Xuất bản', primary: false, hint: 'Cập nhật bản công khai, không kèm ghi chú đính chính.' },
      { action: 'schedule', label: 'Hẹn giờ xuất bản', primary: false, hint: 'Tự động công khai vào thời điểm chọn.' },
      { action: 'withdraw', label: 'Thu hồi', primary: false, hint: 'Gỡ khỏi mọi kênh công khai; không hoàn tác được.' },
    ])
    expect(statusFacts(revision, 'vi', time)).toEqual([
      'Bản sửa đổi, chưa công khai',
      'Ngôn ngữ đã duyệt: Tiếng Việt, Tiếng Anh',
      'Đang công khai: Tiếng Việt, Tiếng Anh',
    ])
    expect(saveHint(revision, 'vi')).toBe('Lưu bản sửa đổi; bản công khai giữ nguyên.')
  })

  test('an approved item not yet public offers publishing first', () => {
    const approved = view({ state: 'approved', actions: ['requestChanges', 'approve', 'publish', 'schedule', 'forcePublish'], readyLocales: ['vi'] })
    expect(actionButtons(approved, 'vi').map(({ action, primary, hint }) => [action, primary, hint])).toEqual([
      ['publish', true, 'Công khai ngay các ngôn ngữ đã duyệt.'],
      ['requestChanges', false, 'Trả lại người viết, kèm ghi chú cần sửa.'],
      ['approve', false, 'Xác nhận nội dung các ngôn ngữ được chọn.'],
      ['schedule', false, 'Tự động công khai vào thời điểm chọn.'],
      ['forcePublish', false, 'Công khai ngay, bỏ qua duyệt; biên tập viên duyệt lại sau.'],
    ])
    expect(statusFacts(approved, 'vi', time)).toEqual(['Ngôn ngữ đã duyệt: Tiếng Việt'])
    expect(saveHint(approved, 'vi')).toBe('Lưu thay đổi; ngôn ngữ được sửa phải duyệt lại.')
  })

  test("a contributor's draft: submit, and what saving does", () => {
    const draft = view({ actions: ['submit'] })
    expect(actionButtons(draft, 'vi')).toEqual([{ action: 'submit', label: 'Gửi duyệt', primary: true, hint: 'Gửi biên tập viên duyệt.' }])
    expect(statusFacts(draft, 'vi', time)).toEqual([])
    expect(saveHint(draft, 'vi')).toBe('Lưu thay đổi, chưa gửi duyệt.')
    expect(saveHint(null, 'vi')).toBe('Lưu bài mới dưới dạng bản nháp.')
  })

  test('published, force-published, scheduled and withdrawn items state their facts; English reads English', () => {
    expect(statusFacts(view({ state: 'published', live: true, publishedLocales: ['vi', 'lo'], forcePublished: true }), 'vi', time)).toEqual([
      'Đang công khai: Tiếng Việt, Tiếng Lào',
      'Xuất bản khẩn, chờ duyệt lại',
    ])
    expect(actionButtons(view({ state: 'published', live: true, forcePublished: true, actions: ['approve', 'withdraw'] }), 'vi')[0]).toEqual({
      action: 'approve',
      label: 'Duyệt',
      primary: true,
      hint: 'Xác nhận bài đã xuất bản khẩn.',
    })
    expect(statusFacts(view({ state: 'scheduled', scheduledFor: '2026-12-01T01:00:00.000Z' }), 'vi', time)).toEqual(['Xuất bản lúc <2026-12-01T01:00:00.000Z>'])
    expect(statusFacts(view({ state: 'withdrawn', live: false, publishedLocales: ['vi'] }), 'vi', time)).toEqual(['Đã gỡ khỏi mọi kênh công khai'])
    expect(statusFacts(view({ state: 'draft', live: true, publishedLocales: ['vi'] }), 'en', time)).toEqual(['Revision, not public yet', 'Public: Vietnamese'])
    expect(actionButtons(view({ state: 'approved', live: true, actions: ['correct'] }), 'en')).toEqual([
      { action: 'correct', label: 'Publish correction', primary: true, hint: 'Replace the public version with the approved one, with a public correction note.' },
    ])
  })
})
