import { computeReport, type ReportClipping } from '../../../src/monitoring/report/compute'
import { reportClippingsCsv, reportFiguresCsv } from '../../../src/monitoring/report/csv'
import { reportLabels } from '../../../src/monitoring/report/labels'
import { PeriodError, reportPeriod } from '../../../src/monitoring/report/period'
import { fontRuns, renderReportPdf } from '../../../src/monitoring/report/pdf'

/**
 * The press report's rules (src/monitoring/report): which days a period covers in Vietnam's time,
 * what each figure counts, and what the CSV and PDF carry. The endpoint and the admin view, which
 * read real clippings, are tested in tests/int/monitoring.
 */

const now = new Date('2026-12-09T05:00:00Z')

describe('a report period is whole days in Vietnam (UTC+7)', () => {
  it('a week runs Monday to Sunday around the date, the previous week before it', () => {
    const p = reportPeriod({ period: 'week', date: '2026-12-09' }, now)
    expect(p.current).toEqual({ from: '2026-12-07', to: '2026-12-13', start: new Date('2026-12-06T17:00:00Z'), end: new Date('2026-12-13T17:00:00Z') })
    expect([p.previous.from, p.previous.to]).toEqual(['2026-11-30', '2026-12-06'])
  })

  it('a week asked on a Sunday is the week ending that day', () => {
    const p = reportPeriod({ period: 'week', date: '2026-12-13' }, now)
    expect([p.current.from, p.current.to]).toEqual(['2026-12-07', '2026-12-13'])
  })

  it('a month covers its calendar days, the previous month however long it is', () => {
    const p = reportPeriod({ period: 'month', date: '2026-03' }, now)
    expect(p.current).toEqual({ from: '2026-03-01', to: '2026-03-31', start: new Date('2026-02-28T17:00:00Z'), end: new Date('2026-03-31T17:00:00Z') })
    expect([p.previous.from, p.previous.to]).toEqual(['2026-02-01', '2026-02-28'])
  })

  it('without a date, the month is the one it is in Vietnam (already December at 01:00 on 1 December there)', () => {
    const p = reportPeriod({ period: 'month' }, new Date('2026-11-30T18:00:00Z'))
    expect([p.current.from, p.current.to]).toEqual(['2026-12-01', '2026-12-31'])
    expect(reportPeriod({}, new Date('2026-11-30T18:00:00Z')).current.from).toBe('2026-12-01')
  })

  it('January compares with December of the year before', () => {
    const p = reportPeriod({ period: 'month', date: '2027-01-15' }, now)
    expect([p.previous.from, p.previous.to]).toEqual(['2026-12-01', '2026-12-31'])
  })

  it('a span includes both days and compares with as many days just before', () => {
    const p = reportPeriod({ from: '2026-12-01', to: '2026-12-10' }, now)
    expect(p.kind).toBe('span')
    expect([p.current.from, p.current.to, p.previous.from, p.previous.to]).toEqual(['2026-12-01', '2026-12-10', '2026-11-21', '2026-11-30'])
    expect(p.current.end.getTime() - p.current.start.getTime()).toBe(10 * 86_400_000)
  })

  it.each([
    [{ period: 'year' }, '"period" must be one of: week, month, span'],
    [{ period: 'span', to: '2026-12-01' }, '"from" is required: the first day, YYYY-MM-DD'],
    [{ from: '2026-12-01' }, '"to" is required: the last day (included), YYYY-MM-DD'],
    [{ from: '2026-02-30', to: '2026-03-01' }, '"from" must be a date YYYY-MM-DD, got "2026-02-30"'],
    [{ from: '2026-12-10', to: '2026-12-01' }, '"to" (2026-12-01) is before "from" (2026-12-10)'],
    [{ from: '2025-01-01', to: '2026-12-31' }, 'a report covers at most 366 days; 2025-01-01 to 2026-12-31 is 730'],
    [{ period: 'week', date: '9/12/2026' }, '"date" must be a date YYYY-MM-DD for a week, got "9/12/2026"'],
    [{ period: 'month', date: '2026-13' }, '"date" must be a month YYYY-MM (or a day in it, YYYY-MM-DD), got "2026-13"'],
  ])('refuses %j: %s', (params, message) => {
    expect(() => reportPeriod(params, now)).toThrow(new PeriodError(message))
  })
})

const base = { country: 'VN', language: 'vi', url: 'https://example.vn/a', firstSeenAt: '2026-12-01T00:00:00Z', status: 'new' } as const
const clip = (id: number, at: string | null, extra: Partial<ReportClipping> = {}): ReportClipping => ({ ...base, id, title: `Bài ${id}`, outlet: 'Báo A', publishedAt: at, ...extra })

// December 2026 in Vietnam: 2026-11-30T17:00Z to 2026-12-31T17:00Z; November before it.
const clippings: ReportClipping[] = [
  clip(1, '2026-12-02T03:00:00Z', { tone: 'positive', topic: 7 }),
  clip(2, '2026-12-05T03:00:00Z', { tone: 'negative', outlet: 'Lao News', country: 'LA', language: 'lo', needsAnswer: true, status: 'answered', answerNote: 'Đã gửi thông cáo', answeredAt: '2026-12-06T01:00:00Z' }),
  clip(3, '2026-12-20T03:00:00Z', { tone: 'negative', outlet: 'World Daily', country: 'US', language: 'en', needsAnswer: true, status: 'new', topic: 7 }),
  clip(4, '2026-12-21T03:00:00Z', { needsAnswer: true, status: 'dismissed' }),
  // The first instant of December in Vietnam counts; the first instant of January does not.
  clip(5, '2026-11-30T17:00:00Z', { tone: 'neutral' }),
  clip(6, '2026-12-31T17:00:00Z', { tone: 'positive' }),
  // No published time: counted when first seen.
  clip(7, null, { firstSeenAt: '2026-12-03T00:00:00Z', tone: 'neutral' }),
  // November (the previous period).
  clip(8, '2026-11-10T03:00:00Z', { tone: 'positive' }),
  clip(9, '2026-11-30T16:59:59Z', { tone: 'negative', outlet: 'World Daily', country: 'US', language: 'en' }),
  // October: in neither period.
  clip(10, '2026-10-10T03:00:00Z', { tone: 'negative' }),
]
const december = reportPeriod({ period: 'month', date: '2026-12' }, now)
const report = computeReport(december, clippings, (id) => (id === '2' ? [{ id: 44, title: 'Tài liệu lập luận về Lao Bảo', state: 'published' }] : []))

describe('a report counts the clippings published in its period', () => {
  it('counts the period and the previous one, and the change between them', () => {
    expect(report.total).toEqual({ count: 6, previous: 2, change: 2 })
  })

  it('gives every tone a row, unreviewed ones in their own', () => {
    expect(report.byTone).toEqual([
      { key: 'positive', count: 1, previous: 1 },
      { key: 'neutral', count: 2, previous: 0 },
      { key: 'negative', count: 2, previous: 1 },
      { key: 'unreviewed', count: 1, previous: 0 },
    ])
  })

  it('gives outlets and countries as found, most first', () => {
    expect(report.byOutlet).toEqual([
      { key: 'Báo A', count: 4, previous: 1 },
      { key: 'World Daily', count: 1, previous: 1 },
      { key: 'Lao News', count: 1, previous: 0 },
    ])
    expect(report.byCountry).toEqual([
      { key: 'VN', count: 4, previous: 1 },
      { key: 'US', count: 1, previous: 1 },
      { key: 'LA', count: 1, previous: 0 },
    ])
    expect(report.byLanguage).toEqual([
      { key: 'vi', count: 4, previous: 1 },
      { key: 'en', count: 1, previous: 1 },
      { key: 'lo', count: 1, previous: 0 },
      { key: 'other', count: 0, previous: 0 },
    ])
    expect(report.byTopic).toEqual([
      { key: 'none', count: 4, previous: 2 },
      { key: '7', count: 2, previous: 0 },
    ])
  })

  it('lists what needed an answer, oldest first, with how it was answered', () => {
    expect(report.needsAnswer.map((e) => [e.id, e.status, e.answerNote, e.briefs.map((b) => b.title)])).toEqual([
      ['2', 'answered', 'Đã gửi thông cáo', ['Tài liệu lập luận về Lao Bảo']],
      ['3', 'new', null, []],
      ['4', 'dismissed', null, []],
    ])
    expect(report.answers).toEqual({ total: 3, answered: 1, dismissed: 1, open: 1 })
  })

  it('has no change figure when the previous period had nothing', () => {
    const empty = computeReport(december, [clip(1, '2026-12-02T03:00:00Z')])
    expect(empty.total).toEqual({ count: 1, previous: 0, change: null })
  })
})

const labels = reportLabels('vi', new Map([['7', 'Cửa khẩu']]))

describe('the CSV carries the same figures', () => {
  it('one row per value with the previous period and the change, UTF-8 with a BOM', () => {
    const lines = reportFiguresCsv(report, labels).split('\r\n')
    expect(lines[0]).toBe('\ufeffdimension,key,label,count 2026-12-01..2026-12-31,previous 2026-11-01..2026-11-30,change %')
    expect(lines.slice(1, 6)).toEqual([
      'total,,Tổng số bài,6,2,+200.0',
      'byTone,positive,Tích cực,1,1,0.0',
      'byTone,neutral,Trung lập,2,0,',
      'byTone,negative,Tiêu cực,2,1,+100.0',
      'byTone,unreviewed,Chưa đánh giá,1,0,',
    ])
    expect(lines).toContain('byCountry,LA,Lào,1,0,')
    expect(lines).toContain('byTopic,7,Cửa khẩu,2,0,')
    expect(lines).toContain('byTopic,none,(chưa gán chủ đề),4,2,+100.0')
    expect(lines).toContain('needsAnswer,answered,Đã phản hồi,1,,')
  })

  it('the clippings file lists the period’s clippings in time order', () => {
    const lines = reportClippingsCsv(report, clippings, labels).split('\r\n').filter(Boolean)
    expect(lines.map((l) => l.split(',')[0].replace('\ufeff', ''))).toEqual(['id', '5', '1', '7', '2', '3', '4'])
    expect(lines[4]).toBe('2,2026-12-05T03:00:00Z,Lao News,LA,lo,Bài 2,https://example.vn/a,Tiêu cực,(chưa gán chủ đề),x,Đã phản hồi,Đã gửi thông cáo,Tài liệu lập luận về Lao Bảo')
  })
})

describe('the PDF', () => {
  it('sets each character in a face that has it: Vietnamese, Latin and Lao runs', () => {
    expect(fontRuns('Quảng Trị ກວາງຕີ')).toEqual([
      { subset: 'latin', text: 'Qu' },
      { subset: 'vietnamese', text: 'ả' },
      { subset: 'latin', text: 'ng Tr' },
      { subset: 'vietnamese', text: 'ị' },
      { subset: 'latin', text: ' ' },
      { subset: 'lao', text: 'ກວາງຕີ' },
    ])
    // Decomposed input is composed first: "ả" is one glyph of the Vietnamese face.
    expect(fontRuns('a\u0309')).toEqual([{ subset: 'vietnamese', text: 'ả' }])
  })

  it('is a PDF in the report’s language with the Noto faces embedded', async () => {
    const pdf = await renderReportPdf(report, labels, new Date('2026-12-09T05:00:00Z'))
    const raw = Buffer.from(pdf).toString('latin1')
    expect(raw.startsWith('%PDF-1.')).toBe(true)
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(raw).toContain('/Lang (vi)')
    expect(raw.match(/\/BaseFont \/[A-Z]{6}\+NotoSans[-A-Za-z]*/g)?.length).toBeGreaterThanOrEqual(3)
  })
})
