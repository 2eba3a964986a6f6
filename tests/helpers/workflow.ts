import type { Payload } from 'payload'

import { slugs, type ContentCollectionSlug, type Locale } from '../../src/domain'
import { WORKFLOW_WRITE } from '../../src/workflow/fields'
import type { State } from '../../src/workflow/states'
import type { TestServer } from './boot'
import { authHeader, type TestUser } from './users'

/** The title field of each content collection, and the other fields it requires. */
export const titleField: Record<ContentCollectionSlug, string> = {
  'press-releases': 'headline',
  publications: 'title',
  'training-materials': 'title',
  'partner-media': 'title',
  briefings: 'title',
}

let partnerId: number | string | undefined

/** Minimal valid content for a collection, titled in the given languages. */
export async function contentData(payload: Payload, collection: ContentCollectionSlug, title: Partial<Record<Locale, string>>) {
  const extra: Record<string, unknown> = {}
  if (collection === 'publications') extra.kind = 'leaflet'
  if (collection === 'training-materials') extra.visibility = 'public'
  // Public unless a test says otherwise (the collection's default is restricted): the shared suites test public reads.
  if (collection === 'briefings') extra.audience = 'public'
  if (collection === 'partner-media') {
    partnerId ??= (await payload.create({ collection: slugs.partners, data: { name: 'Thông tấn xã Việt Nam', kind: 'central-press-agency' } as never })).id
    const exists = await payload.find({ collection: slugs.partners, where: { id: { equals: partnerId } }, limit: 1 })
    if (exists.docs.length === 0) {
      partnerId = (await payload.create({ collection: slugs.partners, data: { name: 'Thông tấn xã Việt Nam', kind: 'central-press-agency' } as never })).id
    }
    extra.partner = partnerId
    extra.kind = 'article'
  }
  return { ...extra, [titleField[collection]]: title.vi ?? Object.values(title)[0] }
}

export const forgetPartner = () => {
  partnerId = undefined
}

type Setup = {
  state: State
  owner?: TestUser
  submittedBy?: TestUser | null
  readyLocales?: Locale[]
  /** Publish it first (a live item), through a trusted write. */
  live?: boolean
  embargoUntil?: string
  title?: Partial<Record<Locale, string>>
}

/**
 * Put an item in a given workflow state directly, as the server's own code would (trusted write),
 * so each test starts from exactly the precondition it needs.
 */
export async function itemInState(payload: Payload, collection: ContentCollectionSlug, setup: Setup): Promise<number | string> {
  const title = setup.title ?? { vi: `Mục ${collection} ${Math.random().toString(36).slice(2, 8)}` }
  const data = await contentData(payload, collection, title)
  const created = await payload.create({ collection, data: data as never, draft: true })
  const id = created.id
  for (const [locale, text] of Object.entries(title)) {
    if (locale === 'vi') continue
    await payload.update({ collection, id, locale: locale as Locale, data: { [titleField[collection]]: text } as never, draft: true })
  }
  if (setup.embargoUntil) await payload.update({ collection, id, data: { embargoUntil: setup.embargoUntil } as never, draft: true })
  if (setup.live) {
    await payload.update({
      collection,
      id,
      data: { _status: 'published', publishedLocales: setup.readyLocales ?? ['vi'], readyLocales: setup.readyLocales ?? ['vi'] } as never,
    })
  }
  await payload.update({
    collection,
    id,
    draft: true,
    context: { [WORKFLOW_WRITE]: true },
    data: {
      state: setup.state,
      owner: setup.owner?.user.id ?? null,
      submittedBy: setup.submittedBy === undefined ? (setup.owner?.user.id ?? null) : (setup.submittedBy?.user.id ?? null),
      readyLocales: setup.readyLocales ?? (['approved', 'scheduled', 'published'].includes(setup.state) ? ['vi'] : []),
    } as never,
  })
  return id
}

export type Answer = { status: number; body: Record<string, unknown> & { errors?: { message: string }[] } }

/** POST /api/{collection}/{id}/workflow as a user. */
export async function act(
  server: TestServer,
  user: TestUser | null,
  collection: string,
  id: number | string,
  body: Record<string, unknown>,
): Promise<Answer> {
  const res = await fetch(`${server.url}/api/${collection}/${id}/workflow`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? authHeader(user) : {}) },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Answer['body'] }
}

/** The working copy's state, re-read from the database. */
export async function stateOf(payload: Payload, collection: ContentCollectionSlug, id: number | string): Promise<State> {
  const doc = (await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })) as { state: State }
  return doc.state
}

/** The live (published) copy, re-read from the database, or null when there is none. */
export async function liveOf(payload: Payload, collection: ContentCollectionSlug, id: number | string) {
  const { docs } = await payload.find({ collection, where: { id: { equals: id } }, draft: false, depth: 0, overrideAccess: true, locale: 'all', limit: 1 })
  return (docs[0] as unknown as Record<string, unknown> | undefined) ?? null
}
