/**
 * `GET /api/clippings/report`: the press report for a period, as JSON (default), CSV or PDF.
 *
 *   ?period=week&date=2026-12-09        the Monday-to-Sunday week containing the date
 *   ?period=month&date=2026-12          a calendar month (default: this month in Vietnam)
 *   ?from=2026-12-01&to=2026-12-15      any span of whole days, both included
 *   &format=json|csv|pdf   &part=figures|clippings (CSV)   &lang=vi|en (default: the admin's)
 *
 * Staff only (the clippings' own read access decides what is counted). A period or format that
 * cannot be is a 400 naming the parameter; nothing is read.
 */
import { APIError, type PayloadRequest } from 'payload'

import { isStaff } from '../../access/roles'
import { attachment, queryValue } from '../../lib/request'
import { clockOf } from '../../workflow/clock'
import { reportClippingsCsv, reportFiguresCsv } from './csv'
import { dimensions, trendOf } from './compute'
import { renderReportPdf } from './pdf'
import { PeriodError, reportPeriod } from './period'
import { readPressReport } from './read'

export const reportFormats = ['json', 'csv', 'pdf'] as const
const csvParts = ['figures', 'clippings'] as const

function oneOf<T extends string>(req: PayloadRequest, name: string, allowed: readonly T[], fallback: T): T {
  const value = queryValue(req, name) ?? fallback
  if (!(allowed as readonly string[]).includes(value)) throw new APIError(`"${name}" must be one of: ${allowed.join(', ')}`, 400, null, true)
  return value as T
}

export async function pressReportResponse(req: PayloadRequest): Promise<Response> {
  if (!req.user) throw new APIError('Sign in to read the press report', 401, null, true)
  if (!isStaff(req.user)) throw new APIError('Only the office’s staff may read the press report', 403, null, true)
  const format = oneOf(req, 'format', reportFormats, 'json')
  const part = oneOf(req, 'part', csvParts, 'figures')
  const language = oneOf(req, 'lang', ['vi', 'en'] as const, req.i18n?.language === 'en' ? 'en' : 'vi')
  const now = clockOf(req.payload).now()
  let period
  try {
    period = reportPeriod(
      { period: queryValue(req, 'period'), date: queryValue(req, 'date'), from: queryValue(req, 'from'), to: queryValue(req, 'to') },
      now,
    )
  } catch (error) {
    if (error instanceof PeriodError) throw new APIError(error.message, 400, null, true)
    throw error
  }

  const { report, labels, clippings } = await readPressReport({ payload: req.payload, req }, period, language)
  const name = `bao-cao-du-luan-${period.current.from}_${period.current.to}`
  if (format === 'csv') {
    return part === 'clippings'
      ? attachment(reportClippingsCsv(report, clippings, labels), 'text/csv; charset=utf-8', `${name}-danh-sach.csv`)
      : attachment(reportFiguresCsv(report, labels), 'text/csv; charset=utf-8', `${name}.csv`)
  }
  if (format === 'pdf') return attachment(await renderReportPdf(report, labels, now), 'application/pdf', `${name}.pdf`)

  const rows = Object.fromEntries(
    dimensions.map((d) => [d, report[d].map((row) => ({ ...row, label: labels.valueOf(d, row.key), change: trendOf(row).change }))]),
  )
  return Response.json(
    {
      period: { kind: period.kind, current: { from: period.current.from, to: period.current.to }, previous: { from: period.previous.from, to: period.previous.to } },
      total: report.total,
      ...rows,
      needsAnswer: report.needsAnswer.map((e) => ({ ...e, statusLabel: labels.text.statuses[e.status] })),
      answers: report.answers,
    },
    { headers: { 'cache-control': 'no-store' } },
  )
}
