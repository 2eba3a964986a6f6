import http from 'node:http'

import sharp from 'sharp'
import type { Payload } from 'payload'

import { slugs, type ContentCollectionSlug, type Locale } from '../../../src/domain'
import { paragraphsToLexical } from '../../../src/lib/lexical'
import { WORKFLOW_WRITE } from '../../../src/workflow/fields'
import type { TestServer } from '../../helpers/boot'
import { authHeader, type TestUser } from '../../helpers/users'
import { act, contentData, titleField } from '../../helpers/workflow'

export type Texts = { title: string; summary?: string; body?: string[]; dateline?: string }

/**
 * An item written as a draft (trusted write) in the given languages, then marked approved in them
 * as the workflow would, submitted by `owner`: a publisher can publish it through the workflow API.
 */
export async function approvedItem(
  payload: Payload,
  collection: ContentCollectionSlug,
  texts: Partial<Record<Locale, Texts>>,
  owner: TestUser,
  shared: Record<string, unknown> = {},
): Promise<number> {
  const langs = Object.keys(texts) as Locale[]
  const localized = (t: Texts) => ({
    [titleField[collection]]: t.title,
    ...(t.summary ? { summary: t.summary } : {}),
    ...(t.body ? { body: paragraphsToLexical(t.body) } : {}),
    ...(t.dateline ? { datelinePlace: t.dateline } : {}),
  })
  const base = await contentData(payload, collection, { vi: texts.vi?.title ?? texts[langs[0]]?.title })
  const first = langs.includes('vi') ? 'vi' : langs[0]
  const created = await payload.create({ collection, locale: first, draft: true, data: { ...base, ...shared, ...localized(texts[first] as Texts) } as never })
  for (const l of langs) {
    if (l === first) continue
    await payload.update({ collection, id: created.id, locale: l, draft: true, data: localized(texts[l] as Texts) as never })
  }
  await markApproved(payload, collection, created.id as number, owner, langs)
  return created.id as number
}

/** Set the working copy to approved in `langs` (as an editor's approval would). */
export async function markApproved(payload: Payload, collection: ContentCollectionSlug, id: number, owner: TestUser, langs: Locale[]) {
  await payload.update({
    collection,
    id,
    draft: true,
    context: { [WORKFLOW_WRITE]: true },
    data: { state: 'approved', owner: owner.user.id, submittedBy: owner.user.id, readyLocales: langs } as never,
  })
}

export async function publish(server: TestServer, publisher: TestUser, collection: ContentCollectionSlug, id: number, locales?: Locale[]) {
  const res = await httpRequest(`${server.url}/api/${collection}/${id}/workflow`, {
    method: 'POST',
    headers: authHeader(publisher),
    body: { action: 'publish', ...(locales ? { locales } : {}) },
  })
  if (res.status !== 200) throw new Error(`publish ${collection}/${id}: ${res.status} ${res.text}`)
  return res
}

/** A correction: a new text in `locale`, approved, then `correct` with a public note. */
export async function correct(
  payload: Payload,
  server: TestServer,
  publisher: TestUser,
  owner: TestUser,
  collection: ContentCollectionSlug,
  id: number,
  locale: Locale,
  title: string,
  note: string,
  langs: Locale[] = [locale],
) {
  await payload.update({ collection, id, locale, draft: true, data: { [titleField[collection]]: title } as never })
  await markApproved(payload, collection, id, owner, langs)
  const res = await act(server, publisher, collection, id, { action: 'correct', note })
  if (res.status !== 200) throw new Error(`correct ${collection}/${id}: ${res.status} ${JSON.stringify(res.body)}`)
}

export async function withdraw(server: TestServer, publisher: TestUser, collection: ContentCollectionSlug, id: number, note: string) {
  const res = await act(server, publisher, collection, id, { action: 'withdraw', note })
  if (res.status !== 200) throw new Error(`withdraw ${collection}/${id}: ${res.status} ${JSON.stringify(res.body)}`)
}

/** A real PNG in the media collection. */
export async function createImage(payload: Payload, alt: string): Promise<number> {
  const data = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#336699' } }).png().toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt, caption: `${alt} — chú thích`, credit: 'Phóng viên Sở', copyright: 'Sở TT&TT Quảng Trị' } as never,
    file: { data, mimetype: 'image/png', name: `${alt.replace(/\W+/g, '-')}.png`, size: data.length },
  })
  return doc.id as number
}

/**
 * Counts the reads this process makes of the database while it runs, apart from the work of two
 * background timers that may fire at any moment: the feed-state refresh (content events after the
 * known seq) and the usage flush (api-usage, api-fetches, and its findOne of a client). `read()`
 * lists each read as `method:collection`, so a failing assertion says what was read.
 */
export function countReads(payload: Payload): { read: () => string[]; restore: () => void } {
  const db = payload.db as unknown as Record<string, unknown>
  const names = ['find', 'findOne', 'count', 'findVersions', 'findGlobal', 'queryDrafts', 'findDistinct', 'countVersions']
  const background = new Set<string>([slugs.apiUsage, slugs.apiFetches])
  const read: string[] = []
  const originals = new Map<string, unknown>()
  for (const name of names) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original)
    db[name] = function (this: unknown, args: { collection?: string; global?: string; limit?: number }, ...rest: unknown[]) {
      const target = args?.collection ?? args?.global ?? '?'
      const refresh = target === slugs.contentEvents && args?.limit === 500
      // The usage flush asks whether a client still exists after a refused write (findOne by id);
      // the key check reads clients with find.
      const flushCheck = name === 'findOne' && target === slugs.apiClients
      if (!refresh && !flushCheck && !background.has(target)) read.push(`${name}:${target}`)
      return (original as (...a: unknown[]) => unknown).call(this, args, ...rest)
    }
  }
  return {
    read: () => [...read],
    restore: () => {
      for (const [name, original] of originals) db[name] = original
    },
  }
}

/**
 * One HTTP request on a connection of its own (`Connection: close`). Tests whose client and server
 * share one busy event loop can otherwise reuse a keep-alive socket the server is just closing
 * ("other side closed"), a harness artefact rather than a server fault.
 */
export function httpRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body)
    const req = http.request(
      url,
      {
        method: init.method ?? 'GET',
        agent: false,
        headers: { connection: 'close', ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
}
