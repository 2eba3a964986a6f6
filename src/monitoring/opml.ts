import { generateOpml, parseOpml, type Opml } from 'feedsmith'
import type { Payload, PayloadRequest } from 'payload'

import { monitoringLanguages, monitoringLimits, slugs, type MonitoringLanguage } from '../domain'
import { isCountryCode } from '../fields/monitoring'
import type { MonitoringSource } from '../payload-types'

/**
 * OPML 2.0 of the monitored feeds. One `<outline type="rss">` per source: `text`/`title` the name,
 * `xmlUrl` the feed, `htmlUrl` absent, and our attributes: `outlet`, `language` (vi, en, lo, other),
 * `category` the country (ISO 3166-1 alpha-2, e.g. `VN`, as OPML's category holds a tag),
 * `intervalMinutes`, `active` and `fetchArticles` ("true"/"false"). An import reads the same
 * attributes; missing ones take the collection's defaults (vi, VN, 60 minutes, active), an outline
 * without `outlet` takes its name. Nested outlines (folders) are read too.
 */
export const OPML_ATTRIBUTES = ['outlet', 'language', 'intervalMinutes', 'active', 'fetchArticles'] as const

type Outline = Opml.Outline<string>

export function sourcesToOpml(sources: Pick<MonitoringSource, 'name' | 'url' | 'outlet' | 'language' | 'country' | 'intervalMinutes' | 'active' | 'fetchArticles'>[], now: Date): string {
  return generateOpml(
    {
      head: { title: 'Nguồn theo dõi báo chí — Quảng Trị', dateCreated: now.toISOString() },
      body: {
        outlines: sources.map((s) => ({
          text: s.name,
          title: s.name,
          type: 'rss',
          xmlUrl: s.url,
          category: s.country,
          outlet: s.outlet,
          language: s.language,
          intervalMinutes: String(s.intervalMinutes),
          active: String(s.active ?? true),
          fetchArticles: String(s.fetchArticles ?? false),
        })),
      },
    },
    { extraOutlineAttributes: [...OPML_ATTRIBUTES] },
  )
}

/** An OPML file that cannot be read: answered 400 with the reason, nothing created. */
export class OpmlError extends Error {}

export type SourceInput = {
  name: string
  url: string
  outlet: string
  language: MonitoringLanguage
  country: string
  intervalMinutes: number
  active: boolean
  fetchArticles: boolean
}

const flatten = (outlines: Outline[] | undefined): Outline[] => (outlines ?? []).flatMap((o) => [o, ...flatten(o.outlines)])

const attribute = (outline: Outline, name: string): string | undefined => {
  const value = (outline as Record<string, unknown>)[name]
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}

/** The sources an OPML file describes, each checked; problems per outline in `errors`. Throws OpmlError for a file that is not OPML. */
export function sourcesFromOpml(text: string): { sources: SourceInput[]; errors: string[] } {
  let opml: Opml.Document<string>
  try {
    opml = parseOpml(text, { extraOutlineAttributes: [...OPML_ATTRIBUTES] })
  } catch (error) {
    throw new OpmlError(`The body is not an OPML document: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!opml.body) throw new OpmlError('The OPML document has no <body>')
  const sources: SourceInput[] = []
  const errors: string[] = []
  for (const outline of flatten(opml.body.outlines)) {
    const url = attribute(outline, 'xmlUrl')
    if (!url) continue // a folder
    const name = attribute(outline, 'title') ?? attribute(outline, 'text') ?? url
    let parsed: URL | null = null
    try {
      parsed = new URL(url)
    } catch {
      parsed = null
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
      errors.push(`${name}: xmlUrl "${url.slice(0, 200)}" is not an http(s) URL`)
      continue
    }
    const language = attribute(outline, 'language') ?? 'vi'
    if (!(monitoringLanguages as readonly string[]).includes(language)) {
      errors.push(`${name}: language "${language}" is not one of ${monitoringLanguages.join(', ')}`)
      continue
    }
    const country = (attribute(outline, 'category') ?? 'VN').toUpperCase()
    if (!isCountryCode(country)) {
      errors.push(`${name}: category "${country}" is not an ISO 3166-1 alpha-2 country code`)
      continue
    }
    const interval = Number(attribute(outline, 'intervalMinutes') ?? monitoringLimits.defaultIntervalMinutes)
    if (!Number.isInteger(interval) || interval < monitoringLimits.minIntervalMinutes || interval > monitoringLimits.maxIntervalMinutes) {
      errors.push(`${name}: intervalMinutes must be a whole number from ${monitoringLimits.minIntervalMinutes} to ${monitoringLimits.maxIntervalMinutes}`)
      continue
    }
    sources.push({
      name,
      url,
      outlet: attribute(outline, 'outlet') ?? name,
      language: language as MonitoringLanguage,
      country,
      intervalMinutes: interval,
      active: attribute(outline, 'active') !== 'false',
      fetchArticles: attribute(outline, 'fetchArticles') === 'true',
    })
  }
  return { sources, errors }
}

/** Create the sources that are not there yet (by URL); the others are skipped. As the signed-in user (access applies). */
export async function importSources(payload: Payload, req: PayloadRequest, inputs: SourceInput[]): Promise<{ created: number; skipped: number; errors: string[] }> {
  const urls = [...new Set(inputs.map((s) => s.url))]
  const { docs } = urls.length
    ? await payload.find({ collection: slugs.monitoringSources, where: { url: { in: urls } }, pagination: false, depth: 0, select: { url: true }, overrideAccess: true, req })
    : { docs: [] }
  const known = new Set(docs.map((d) => d.url))
  let created = 0
  let skipped = 0
  const errors: string[] = []
  for (const input of inputs) {
    if (known.has(input.url)) {
      skipped += 1
      continue
    }
    try {
      await payload.create({ collection: slugs.monitoringSources, data: input, overrideAccess: false, user: req.user, req })
      known.add(input.url)
      created += 1
    } catch (error) {
      errors.push(`${input.name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return { created, skipped, errors }
}
