/**
 * A press report's figures, computed from the clippings of the period and of the one before it.
 * Pure: the caller reads the clippings (src/monitoring/report/read.ts) and renders the result as
 * the admin view, CSV or PDF; all three show exactly these numbers.
 *
 * A clipping counts in the period its article was published in (`publishedAt`); one whose feed
 * gave no date counts when it was first seen.
 */
import { type ClippingStatus, clippingTones, monitoringLanguages } from '../../domain'
import type { Clipping } from '../../payload-types'
import type { ReportPeriod, Span } from './period'

/** A clipping nobody has judged yet has no tone: reported as its own row, never guessed. */
export const toneKeys = [...clippingTones, 'unreviewed'] as const
export type ToneKey = (typeof toneKeys)[number]

/** What a report reads of a clipping. */
export type ReportClipping = Pick<
  Clipping,
  'id' | 'title' | 'outlet' | 'country' | 'language' | 'url' | 'publishedAt' | 'firstSeenAt' | 'tone' | 'topic' | 'needsAnswer' | 'status' | 'answerNote' | 'answeredAt'
>

/** An argument brief that answers a clipping. */
export type BriefRef = { id: string | number; title: string; state: string }

export type Row = { key: string; count: number; previous: number }

export type Trend = { count: number; previous: number; /** (count − previous) / previous; null when previous is 0. */ change: number | null }

export type AnswerEntry = {
  id: string
  title: string
  outlet: string
  url: string
  at: string
  status: ClippingStatus
  answerNote: string | null
  answeredAt: string | null
  briefs: BriefRef[]
}

export type PressReport = {
  period: ReportPeriod
  total: Trend
  byTone: Row[]
  byLanguage: Row[]
  byCountry: Row[]
  byOutlet: Row[]
  /** Keyed by topic id; `none` for clippings without a topic. */
  byTopic: Row[]
  /** Clippings of the period marked false or misleading, oldest first, with how each was answered. */
  needsAnswer: AnswerEntry[]
  answers: { total: number; answered: number; dismissed: number; open: number }
}

export const dimensions = ['byTone', 'byLanguage', 'byCountry', 'byOutlet', 'byTopic'] as const
export type Dimension = (typeof dimensions)[number]

/** When a clipping counts: its article's publication, else when it was first seen. */
export const clippingTime = (c: ReportClipping): string | null => c.publishedAt ?? c.firstSeenAt ?? null

export const inSpan = (at: string, s: Span): boolean => {
  const t = Date.parse(at)
  return t >= s.start.getTime() && t < s.end.getTime()
}

const idOf = (value: ReportClipping['topic']): string | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? String(value.id) : String(value)

const trend = (count: number, previous: number): Trend => ({ count, previous, change: previous === 0 ? null : (count - previous) / previous })

export const trendOf = (row: Row): Trend => trend(row.count, row.previous)

function tally(current: ReportClipping[], previous: ReportClipping[], keyOf: (c: ReportClipping) => string, fixed?: readonly string[]): Row[] {
  const rows = new Map<string, Row>((fixed ?? []).map((key) => [key, { key, count: 0, previous: 0 }]))
  const row = (key: string) => {
    let r = rows.get(key)
    if (!r) rows.set(key, (r = { key, count: 0, previous: 0 }))
    return r
  }
  for (const c of current) row(keyOf(c)).count++
  for (const c of previous) row(keyOf(c)).previous++
  const all = [...rows.values()]
  // Fixed value sets keep their order (positive, neutral, negative…); open ones, most first.
  return fixed ? all : all.sort((a, b) => b.count - a.count || b.previous - a.previous || a.key.localeCompare(b.key))
}

export function computeReport(period: ReportPeriod, clippings: readonly ReportClipping[], briefsOf: (clippingId: string) => BriefRef[] = () => []): PressReport {
  const current: ReportClipping[] = []
  const previous: ReportClipping[] = []
  for (const c of clippings) {
    const at = clippingTime(c)
    if (!at) continue
    if (inSpan(at, period.current)) current.push(c)
    else if (inSpan(at, period.previous)) previous.push(c)
  }

  const needsAnswer = current
    .filter((c) => c.needsAnswer === true)
    .map(
      (c): AnswerEntry => ({
        id: String(c.id),
        title: c.title,
        outlet: c.outlet,
        url: c.url,
        at: clippingTime(c) ?? '',
        status: c.status ?? 'new',
        answerNote: c.answerNote?.trim() || null,
        answeredAt: c.answeredAt ?? null,
        briefs: briefsOf(String(c.id)),
      }),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))

  return {
    period,
    total: trend(current.length, previous.length),
    byTone: tally(current, previous, (c) => c.tone ?? 'unreviewed', toneKeys),
    byLanguage: tally(current, previous, (c) => (c.language && (monitoringLanguages as readonly string[]).includes(c.language) ? c.language : 'other'), monitoringLanguages),
    byCountry: tally(current, previous, (c) => c.country?.toUpperCase() || '—'),
    byOutlet: tally(current, previous, (c) => c.outlet.trim() || '—'),
    byTopic: tally(current, previous, (c) => idOf(c.topic) ?? 'none'),
    needsAnswer,
    answers: {
      total: needsAnswer.length,
      answered: needsAnswer.filter((e) => e.status === 'answered').length,
      dismissed: needsAnswer.filter((e) => e.status === 'dismissed').length,
      open: needsAnswer.filter((e) => e.status === 'new' || e.status === 'reviewed').length,
    },
  }
}
