/**
 * The press report as a PDF (A4), for the leadership's desk: the period, the total with its trend,
 * one bar chart per dimension (this period against the previous one) and the list of false or
 * misleading articles with how each was answered. Drawn with pdfkit.
 *
 * Fonts: the platform's own Noto Sans subsets (src/lib/fonts.ts). A PDF font has no fallback, so
 * each text is cut into runs by the subset whose range holds each character (Vietnamese, Latin,
 * Latin Extended, Lao) and each run is set in its face; the WOFF files are embedded, subsetted to
 * the glyphs used. (pdfkit's subsetting of the WOFF2 files breaks on composite glyphs such as "ả".)
 */
import PDFDocument from 'pdfkit'

import { type FontSubset, type FontWeight, fontFilePath, subsetHas } from '../../lib/fonts'
import { dimensions, type PressReport, type Row } from './compute'
import type { ReportLabels } from './labels'
import { VIETNAM_OFFSET_MS, vietnamDay } from './period'

const subsets: FontSubset[] = ['vietnamese', 'latin', 'latin-ext', 'lao']
const fontName = (subset: FontSubset, weight: FontWeight) => `${subset}-${weight}`

type Doc = InstanceType<typeof PDFDocument>
type Runs = { subset: FontSubset; text: string }[]

/** A text cut into runs of characters one subset draws (NFC first, so Vietnamese letters are single characters). */
export function fontRuns(text: string): Runs {
  const runs: Runs = []
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0) ?? 0
    const subset = subsets.find((s) => subsetHas(s, cp)) ?? 'latin'
    const last = runs.at(-1)
    if (last && last.subset === subset) last.text += char
    else runs.push({ subset, text: char })
  }
  return runs
}

type TextOptions = PDFKit.Mixins.TextOptions

/** Writes a text in runs of the right faces; `options` apply to the whole text. */
function write(doc: Doc, text: string, weight: FontWeight, size: number, options: TextOptions = {}, at?: { x: number; y: number }): void {
  const runs = fontRuns(text || ' ')
  doc.fontSize(size)
  runs.forEach((run, i) => {
    doc.font(fontName(run.subset, weight))
    const more = i < runs.length - 1
    if (i === 0 && at) doc.text(run.text, at.x, at.y, { ...options, continued: more })
    else doc.text(run.text, { ...options, continued: more })
  })
}

/** `2026-12-08 08:46` in Vietnam's time. */
const vietnamTime = (at: Date): string => new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')

const BLUE = '#1f4e8c'
const GREY = '#b8c2cc'
const MARGIN = 50

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage()
}

/** One dimension: its title, then a row per value with two bars (this period, previous) and the counts. */
function barChart(doc: Doc, title: string, rows: Row[], labels: ReportLabels, valueOf: (key: string) => string): void {
  const shown = rows.slice(0, 10)
  ensureRoom(doc, 40 + shown.length * 22)
  doc.moveDown(0.8)
  write(doc, title, 700, 12)
  doc.moveDown(0.3)
  const labelWidth = 160
  const barLeft = MARGIN + labelWidth + 8
  const barMax = doc.page.width - MARGIN - barLeft - 70
  const max = Math.max(1, ...shown.map((r) => Math.max(r.count, r.previous)))
  for (const row of shown) {
    const y = doc.y
    write(doc, valueOf(row.key), 400, 9, { width: labelWidth, lineBreak: false, ellipsis: true }, { x: MARGIN, y })
    doc.rect(barLeft, y + 1, (row.count / max) * barMax, 7).fill(BLUE)
    doc.rect(barLeft, y + 9, (row.previous / max) * barMax, 4).fill(GREY)
    doc.fillColor('black')
    write(doc, `${row.count} (${row.previous})`, 400, 9, { width: 66, align: 'right', lineBreak: false }, { x: doc.page.width - MARGIN - 66, y })
    doc.x = MARGIN
    doc.y = y + 18
  }
  if (rows.length > shown.length) write(doc, `… +${rows.length - shown.length}`, 400, 8, {}, { x: MARGIN, y: doc.y })
}

/** What the two bars mean. */
function legend(doc: Doc, labels: ReportLabels): void {
  const y = doc.y + 2
  doc.rect(MARGIN, y + 2, 14, 7).fill(BLUE)
  doc.fillColor('black')
  write(doc, labels.text.count, 400, 8, { lineBreak: false }, { x: MARGIN + 18, y })
  doc.rect(MARGIN + 110, y + 3, 14, 4).fill(GREY)
  doc.fillColor('black')
  write(doc, labels.text.previous, 400, 8, { lineBreak: false }, { x: MARGIN + 128, y })
  doc.x = MARGIN
  doc.y = y + 14
}

export function renderReportPdf(report: PressReport, labels: ReportLabels, generatedAt: Date): Promise<Uint8Array<ArrayBuffer>> {
  const { text } = labels
  const { current, previous } = report.period
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: labels.language,
    displayTitle: true,
    // Our own face from the start: pdfkit's default (Helvetica) is read from files a bundle may not have.
    font: fontFilePath('latin', 400, 'woff'),
    info: { Title: `${text.title} ${current.from} – ${current.to}`, Author: 'Quảng Trị', Subject: text.subtitle, CreationDate: generatedAt },
  })
  for (const subset of subsets) for (const weight of [400, 700] as const) doc.registerFont(fontName(subset, weight), fontFilePath(subset, weight, 'woff'))

  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })

  write(doc, text.title, 700, 18)
  write(doc, text.subtitle, 400, 10)
  doc.moveDown(0.5)
  write(doc, `${text.period}: ${current.from} – ${current.to}    ${text.previousPeriod}: ${previous.from} – ${previous.to}`, 400, 10)
  doc.moveDown(0.5)
  write(doc, `${text.total}: ${report.total.count}  (${text.previous}: ${report.total.previous}, ${labels.change(report.total.change)})`, 700, 13)
  doc.moveDown(0.3)
  legend(doc, labels)

  if (report.total.count === 0 && report.total.previous === 0) {
    doc.moveDown()
    write(doc, text.none, 400, 11)
  } else {
    for (const dimension of dimensions) {
      const rows = report[dimension].filter((r) => r.count > 0 || r.previous > 0)
      if (rows.length) barChart(doc, text.dimensions[dimension], rows, labels, (key) => labels.valueOf(dimension, key))
    }
  }

  ensureRoom(doc, 80)
  doc.moveDown(1.2)
  doc.x = MARGIN
  write(doc, text.needsAnswerTitle, 700, 13)
  doc.moveDown(0.3)
  const a = report.answers
  write(doc, a.total === 0 ? text.needsAnswerNone : text.answersSummary(a.total, a.answered, a.dismissed, a.open), 400, 10)
  for (const entry of report.needsAnswer) {
    ensureRoom(doc, 70)
    doc.moveDown(0.6)
    write(doc, entry.title, 700, 10)
    write(doc, `${entry.outlet} · ${vietnamDay(entry.at)} · ${text.statuses[entry.status]}`, 400, 9)
    doc.fillColor(BLUE)
    write(doc, entry.url, 400, 8, { link: entry.url, underline: false })
    doc.fillColor('black')
    if (entry.answerNote) write(doc, `${text.answerNote}: ${entry.answerNote}`, 400, 9)
    if (entry.briefs.length) write(doc, `${text.answeredWith}: ${entry.briefs.map((b) => b.title).join('; ')}`, 400, 9)
    if (entry.status !== 'answered' && entry.status !== 'dismissed') write(doc, text.notAnswered, 400, 9)
  }

  doc.moveDown(1.5)
  write(doc, text.generated(vietnamTime(generatedAt)), 400, 8)
  doc.end()
  return done
}
