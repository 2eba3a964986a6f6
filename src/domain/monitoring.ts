/**
 * Press monitoring (theo dõi dư luận báo chí): the value sets and limits the poller, the collections
 * and the reports share.
 */

/** The languages a monitored outlet writes in. `other` for anything else (Chinese, French…). */
export const monitoringLanguages = ['vi', 'en', 'lo', 'other'] as const
export type MonitoringLanguage = (typeof monitoringLanguages)[number]

/** The languages a keyword rule is written in; each has its own way of matching (src/monitoring/match.ts). */
export const ruleLanguages = ['vi', 'en', 'lo'] as const
export type RuleLanguage = (typeof ruleLanguages)[number]

export type KeywordRule = { keyword: string; language: RuleLanguage }

/** The tone of a clipping towards the province, set by staff at triage. */
export const clippingTones = ['positive', 'neutral', 'negative'] as const
export type ClippingTone = (typeof clippingTones)[number]

/** Where a clipping is in triage. `answered`: a rebuttal or answer was given (answerNote says how). */
export const clippingStatuses = ['new', 'reviewed', 'answered', 'dismissed'] as const
export type ClippingStatus = (typeof clippingStatuses)[number]

/** The fields staff change at triage: every change to one of them is written to the audit log. */
export const triageFields = ['tone', 'topic', 'needsAnswer', 'assignee', 'status', 'answerNote'] as const

/** The audit-log event of a triage change. */
export const CLIPPING_TRIAGE_EVENT = 'clippingTriage' as const

/** The job queue of the poller. */
export const MONITORING_QUEUE = 'monitoring'

export const monitoringLimits = {
  /** Characters kept of an entry's description (plain text). */
  excerptChars: 1000,
  /** Characters kept of an article's extracted text. */
  articleChars: 50_000,
  /** The same title seen from another outlet within this window is the same story (syndication). */
  storyWindowMs: 72 * 60 * 60 * 1000,
  /** Longest wait after failures (the backoff doubles the interval up to this). */
  maxBackoffMs: 24 * 60 * 60 * 1000,
  /** Poll interval bounds, minutes. */
  minIntervalMinutes: 5,
  maxIntervalMinutes: 1440,
  defaultIntervalMinutes: 60,
  /** Entries read from one feed per poll (a feed of thousands is cut to its newest). */
  maxEntriesPerPoll: 200,
} as const

/** Vietnamese and English spellings of the province and its main places. */
const places: [vi: string, en: string][] = [
  ['Quảng Trị', 'Quang Tri'],
  ['Đông Hà', 'Dong Ha'],
  ['Khe Sanh', 'Khe Sanh'],
  ['Lao Bảo', 'Lao Bao'],
  ['La Lay', 'La Lay'],
  ['Cồn Cỏ', 'Con Co'],
  ['Vĩnh Linh', 'Vinh Linh'],
  ['Hướng Hóa', 'Huong Hoa'],
  ['Gio Linh', 'Gio Linh'],
  ['Triệu Phong', 'Trieu Phong'],
  ['Hải Lăng', 'Hai Lang'],
  ['Cam Lộ', 'Cam Lo'],
  ['Đakrông', 'Dakrong'],
  ['Thị xã Quảng Trị', 'Quang Tri town'],
]

/**
 * Lao spellings: the province as the brief gives it (ກວາງຕີ) and as this project's Lao content
 * writes it (ກວາງຈິ, src/seed/data), each with and without ແຂວງ ("province"); Đông Hà; the border
 * gates Lao Bảo and La Lay; Khe Sanh; Cồn Cỏ as "island Cồn Cỏ" (ເກາະກົນກໍ: a bare ກົນກໍ would also
 * match ສາກົນ "international" followed by the particle ກໍ). The project glossary has no Lao place
 * names; these follow the seed's Lao texts and are for a Lao-speaking editor to confirm (the
 * settings global overrides them all).
 */
const laoPlaces = ['ແຂວງກວາງຕີ', 'ກວາງຕີ', 'ແຂວງກວາງຈິ', 'ກວາງຈິ', 'ດົງຮ່າ', 'ລາວບາວ', 'ລາໄລ', 'ເຂຊານ', 'ເກາະກົນກໍ']

/** The rules that apply while the settings global has none. */
export const defaultKeywordRules: KeywordRule[] = [
  ...places.map(([vi]) => ({ keyword: vi, language: 'vi' as const })),
  ...places.map(([, en]) => ({ keyword: en, language: 'en' as const })),
  ...laoPlaces.map((keyword) => ({ keyword, language: 'lo' as const })),
]
