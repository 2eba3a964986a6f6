/**
 * The press report as CSV, for a spreadsheet: UTF-8 with a BOM (so Excel reads Vietnamese) and
 * CRLF, like the subscriber export. Two files: the figures (one row per dimension and value, with
 * the previous period beside it) and the period's clippings, one row each.
 */
import { stringify } from 'csv-stringify/sync'

import { clippingTime, dimensions, inSpan, type PressReport, type ReportClipping, trendOf } from './compute'
import { type ReportLabels } from './labels'

const csv = (rows: (string | number)[][], columns: string[]) => stringify(rows, { bom: true, header: true, columns, record_delimiter: 'windows' })

/** A change as a percentage with one decimal (`+12.5`), empty when the previous period had none. */
const percent = (change: number | null): string => (change === null ? '' : `${change > 0 ? '+' : ''}${(Math.round(change * 1000) / 10).toFixed(1)}`)

export function reportFiguresCsv(report: PressReport, labels: ReportLabels): string {
  const { current, previous } = report.period
  const rows: (string | number)[][] = [['total', '', labels.text.total, report.total.count, report.total.previous, percent(report.total.change)]]
  for (const dimension of dimensions) {
    for (const row of report[dimension]) rows.push([dimension, row.key, labels.valueOf(dimension, row.key), row.count, row.previous, percent(trendOf(row).change)])
  }
  const a = report.answers
  rows.push(['needsAnswer', 'total', labels.text.needsAnswerTitle, a.total, '', ''])
  for (const status of ['answered', 'dismissed', 'open'] as const) rows.push(['needsAnswer', status, status === 'open' ? labels.text.statuses.new : labels.text.statuses[status], a[status], '', ''])
  return csv(rows, ['dimension', 'key', 'label', `count ${current.from}..${current.to}`, `previous ${previous.from}..${previous.to}`, 'change %'])
}

export function reportClippingsCsv(report: PressReport, clippings: readonly ReportClipping[], labels: ReportLabels): string {
  const { current } = report.period
  const inPeriod = clippings
    .map((c) => ({ c, at: clippingTime(c) ?? '' }))
    .filter(({ at }) => at && inSpan(at, current))
    .sort((x, y) => x.at.localeCompare(y.at))
  const answers = new Map(report.needsAnswer.map((e) => [e.id, e]))
  const rows = inPeriod.map(({ c, at }) => {
    const topic = c.topic === null || c.topic === undefined ? 'none' : typeof c.topic === 'object' ? String(c.topic.id) : String(c.topic)
    return [
      String(c.id),
      at,
      c.outlet,
      c.country ?? '',
      c.language ?? '',
      c.title,
      c.url,
      labels.valueOf('byTone', c.tone ?? 'unreviewed'),
      labels.valueOf('byTopic', topic),
      c.needsAnswer ? 'x' : '',
      labels.text.statuses[c.status ?? 'new'],
      c.answerNote ?? '',
      (answers.get(String(c.id))?.briefs ?? []).map((b) => b.title).join('; '),
    ]
  })
  return csv(rows, ['id', 'published', 'outlet', 'country', 'language', 'title', 'url', 'tone', 'topic', 'needsAnswer', 'status', 'answerNote', 'briefs'])
}
