/**
 * Reads what a press report needs, as the staff member asking (access rules apply: the Local API
 * with `overrideAccess: false`): the clippings of the period and of the one before it, the names
 * of their topics in the report's language, and the argument briefs that answer them.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { slugs } from '../../domain'
import { type BriefRef, computeReport, type PressReport, type ReportClipping } from './compute'
import { type ReportLabels, reportLabels } from './labels'
import type { ReportPeriod } from './period'

export type ReportContext = { payload: Payload; req: PayloadRequest }

export type ReadReport = { report: PressReport; labels: ReportLabels; clippings: ReportClipping[] }

const between = (start: Date, end: Date) => ({ greater_than_equal: start.toISOString(), less_than: end.toISOString() })

export async function readPressReport({ payload, req }: ReportContext, period: ReportPeriod, language: string | undefined): Promise<ReadReport> {
  const start = period.previous.start
  const end = period.current.end
  const where: Where = {
    or: [{ publishedAt: between(start, end) }, { and: [{ publishedAt: { exists: false } }, { firstSeenAt: between(start, end) }] }],
  }
  const { docs } = await payload.find({
    collection: slugs.clippings,
    where,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    select: {
      title: true,
      outlet: true,
      country: true,
      language: true,
      url: true,
      publishedAt: true,
      firstSeenAt: true,
      tone: true,
      topic: true,
      needsAnswer: true,
      status: true,
      answerNote: true,
      answeredAt: true,
    },
  })
  const clippings: ReportClipping[] = docs

  const lang = language === 'en' ? 'en' : 'vi'
  const topicIds = [...new Set(clippings.flatMap((c) => (c.topic === null || c.topic === undefined ? [] : [typeof c.topic === 'object' ? c.topic.id : c.topic])))]
  const topics = topicIds.length
    ? (await payload.find({ collection: slugs.topics, where: { id: { in: topicIds } }, pagination: false, depth: 0, locale: lang, overrideAccess: false, user: req.user, req, select: { name: true } })).docs
    : []
  const topicNames = new Map(topics.map((t) => [String(t.id), t.name]))

  const briefs = await answeringBriefs({ payload, req }, clippings.filter((c) => c.needsAnswer).map((c) => c.id), lang)
  return { report: computeReport(period, clippings, (id) => briefs.get(id) ?? []), labels: reportLabels(lang, topicNames), clippings }
}

/** The argument briefs (their working copies: staff see unreleased ones too) that answer each clipping. */
async function answeringBriefs({ payload, req }: ReportContext, clippingIds: (string | number)[], language: 'vi' | 'en'): Promise<Map<string, BriefRef[]>> {
  const byClipping = new Map<string, BriefRef[]>()
  if (!clippingIds.length) return byClipping
  const { docs } = await payload.find({
    collection: slugs.briefings,
    where: { answers: { in: clippingIds } },
    pagination: false,
    depth: 0,
    draft: true,
    locale: language,
    overrideAccess: false,
    user: req.user,
    req,
    select: { title: true, state: true, answers: true },
  })
  for (const brief of docs) {
    for (const answered of brief.answers ?? []) {
      const key = String(typeof answered === 'object' ? answered.id : answered)
      const list = byClipping.get(key) ?? []
      list.push({ id: brief.id, title: brief.title, state: brief.state ?? 'draft' })
      byClipping.set(key, list)
    }
  }
  return byClipping
}
