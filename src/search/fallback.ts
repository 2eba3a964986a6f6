import type { Payload, Where } from 'payload'

import { slugs, type Locale, type SearchType } from '../domain'
import type { EngineHit, EngineQuery, LanguagePlan, SearchEngine } from './types'

/**
 * Any other database (MongoDB): Payload's own query, `contains` on the normalized title and text,
 * with the same visibility conditions. No index serves a substring search there: it reads the
 * matching entries (at most CANDIDATES, newest first) and ranks them here, title matches first.
 * Correct everywhere, fast only for a modest index; the SQL engines are the ones to run at scale.
 */

const CANDIDATES = 1000

type Row = { type: SearchType; docId: string; language: Locale; searchTitle?: string | null; releasedAt: string }

function languageWhere(plan: LanguagePlan): Where {
  const each: Where[] = plan.terms.terms.map((term): Where => ({ or: [{ searchTitle: { contains: term } }, { searchText: { contains: term } }] }))
  return { and: [{ language: { equals: plan.language } }, ...each] }
}

const titleWords = (row: Row) => ` ${row.searchTitle ?? ''} `

function scoreOf(row: Row, plan: LanguagePlan): number {
  const title = plan.terms.kind === 'words' ? titleWords(row) : (row.searchTitle ?? '')
  return plan.terms.terms.reduce((sum, term) => sum + (title.includes(plan.terms.kind === 'words' ? ` ${term} ` : term) ? 10 : 1), 0)
}

export function fallbackEngine(payload: Payload): SearchEngine {
  return async (q: EngineQuery) => {
    const visible: Where[] = [{ withdrawn: { not_equals: true } }, { type: { in: [...q.types] } }, { audience: { in: [...q.audiences] } }]
    if (!q.embargoed) visible.push({ or: [{ embargoUntil: { exists: false } }, { embargoUntil: { equals: null } }, { embargoUntil: { less_than_equal: q.now.toISOString() } }] })
    const found = await payload.find({
      collection: slugs.searchEntries,
      where: { and: [...visible, { or: q.plans.map(languageWhere) }] },
      sort: '-releasedAt',
      limit: CANDIDATES,
      depth: 0,
      overrideAccess: true,
      select: { type: true, docId: true, language: true, searchTitle: true, releasedAt: true },
    })
    const rows: Row[] = found.docs
    const plans = new Map(q.plans.map((p) => [p.language, p]))
    const ranked = rows
      .map((row) => ({ row, score: scoreOf(row, plans.get(row.language)!) }))
      .sort((a, b) => b.score - a.score || Date.parse(b.row.releasedAt) - Date.parse(a.row.releasedAt))
    const hits: EngineHit[] = ranked.slice(q.offset, q.offset + q.limit).map(({ row, score }) => ({ type: row.type, docId: row.docId, language: row.language, score }))
    return { hits, total: found.totalDocs }
  }
}
