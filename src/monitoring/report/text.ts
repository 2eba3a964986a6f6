/** The words of the press report (admin view, CSV and PDF): Vietnamese first, English second. */
import { adminLanguages, defineCatalogue, type MessagesOf } from '../../i18n'
import type { ClippingStatus } from '../../domain'
import type { Dimension, ToneKey } from './compute'

const vi = {
  title: 'Báo cáo dư luận báo chí',
  subtitle: 'Báo chí trong nước, nước ngoài và Lào viết về tỉnh Quảng Trị',
  period: 'Kỳ báo cáo',
  previousPeriod: 'Kỳ trước',
  week: 'Tuần',
  month: 'Tháng',
  span: 'Khoảng thời gian',
  from: 'Từ ngày',
  to: 'Đến ngày',
  show: 'Xem báo cáo',
  downloadPdf: 'Tải PDF',
  downloadCsv: 'Tải CSV (số liệu)',
  downloadClippingsCsv: 'Tải CSV (danh sách bài)',
  total: 'Tổng số bài',
  count: 'Kỳ này',
  previous: 'Kỳ trước',
  change: 'Thay đổi',
  noChange: 'không đổi',
  newSince: 'mới',
  none: 'Không có bài nào trong kỳ.',
  noTopic: '(chưa gán chủ đề)',
  needsAnswerTitle: 'Thông tin sai sự thật, gây hiểu lầm cần phản bác',
  needsAnswerNone: 'Không có bài nào cần phản bác trong kỳ.',
  answersSummary: (total: number, answered: number, dismissed: number, open: number) =>
    `${total} bài cần phản bác: ${answered} đã phản hồi, ${dismissed} không cần xử lý, ${open} đang xử lý.`,
  answeredWith: 'Đã phản hồi bằng',
  answerNote: 'Cách xử lý',
  answeredAt: 'Phản hồi lúc',
  notAnswered: 'Chưa phản hồi',
  outlet: 'Cơ quan báo chí',
  published: 'Ngày đăng',
  status: 'Trạng thái',
  article: 'Bài báo',
  generated: (when: string) => `Lập lúc ${when} (giờ Việt Nam)`,
  notStaff: 'Chỉ cán bộ của Sở xem được báo cáo dư luận báo chí.',
  searchTitle: 'Tìm trong tin theo dõi',
  searchLabel: 'Từ khóa (tiếng Việt có thể gõ không dấu)',
  searchButton: 'Tìm',
  searchNone: 'Không tìm thấy tin nào.',
  searchFound: (n: number) => `Tìm thấy ${n} tin.`,
  dimensions: {
    byTone: 'Theo sắc thái',
    byLanguage: 'Theo ngôn ngữ',
    byCountry: 'Theo quốc gia',
    byOutlet: 'Theo cơ quan báo chí',
    byTopic: 'Theo chủ đề',
  } satisfies Record<Dimension, string>,
  tones: {
    positive: 'Tích cực',
    neutral: 'Trung lập',
    negative: 'Tiêu cực',
    unreviewed: 'Chưa đánh giá',
  } satisfies Record<ToneKey, string>,
  statuses: {
    new: 'Mới',
    reviewed: 'Đã xem xét',
    answered: 'Đã phản hồi',
    dismissed: 'Không cần xử lý',
  } satisfies Record<ClippingStatus, string>,
  languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh', lo: 'Tiếng Lào', other: 'Ngôn ngữ khác' },
}

const en: MessagesOf<typeof vi> = {
  title: 'Press monitoring report',
  subtitle: 'What domestic, foreign and Lao media wrote about Quảng Trị province',
  period: 'Period',
  previousPeriod: 'Previous period',
  week: 'Week',
  month: 'Month',
  span: 'Dates',
  from: 'From',
  to: 'To',
  show: 'Show report',
  downloadPdf: 'Download PDF',
  downloadCsv: 'Download CSV (figures)',
  downloadClippingsCsv: 'Download CSV (clippings)',
  total: 'Clippings',
  count: 'This period',
  previous: 'Previous',
  change: 'Change',
  noChange: 'no change',
  newSince: 'new',
  none: 'No clippings in this period.',
  noTopic: '(no topic)',
  needsAnswerTitle: 'False or misleading information to answer',
  needsAnswerNone: 'Nothing needed an answer in this period.',
  answersSummary: (total: number, answered: number, dismissed: number, open: number) =>
    `${total} ${total === 1 ? 'clipping needs' : 'clippings need'} an answer: ${answered} answered, ${dismissed} dismissed, ${open} in progress.`,
  answeredWith: 'Answered with',
  answerNote: 'How it was handled',
  answeredAt: 'Answered on',
  notAnswered: 'Not answered yet',
  outlet: 'Outlet',
  published: 'Published',
  status: 'Status',
  article: 'Article',
  generated: (when: string) => `Generated ${when} (Vietnam time)`,
  notStaff: 'Only the office’s staff can see the press monitoring report.',
  searchTitle: 'Search the clippings',
  searchLabel: 'Words (Vietnamese without diacritics is fine)',
  searchButton: 'Search',
  searchNone: 'No clipping found.',
  searchFound: (n: number) => `${n} ${n === 1 ? 'clipping' : 'clippings'} found.`,
  dimensions: {
    byTone: 'By tone',
    byLanguage: 'By language',
    byCountry: 'By country',
    byOutlet: 'By outlet',
    byTopic: 'By topic',
  },
  tones: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative', unreviewed: 'Not reviewed' },
  statuses: { new: 'New', reviewed: 'Reviewed', answered: 'Answered', dismissed: 'Dismissed' },
  languages: { vi: 'Vietnamese', en: 'English', lo: 'Lao', other: 'Other language' },
}

export const reportText = defineCatalogue(adminLanguages, { vi, en })

/** A country's name in the report's language (Node's ICU); an unknown code is shown as it is. */
export function countryName(code: string, language: string): string {
  // Only a well-formed code reaches Intl (which throws on malformed ones); unassigned ones come back as they are.
  if (!/^[A-Z]{2}$/.test(code)) return code
  return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code
}
