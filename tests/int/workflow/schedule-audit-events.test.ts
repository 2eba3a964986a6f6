import { onDomainEvent, type DomainEvent } from '../../../src/workflow/events'
import { WORKFLOW_QUEUE } from '../../../src/workflow/service'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { act, itemInState, liveOf, stateOf } from '../../helpers/workflow'

let ctx: TestContext
let server: TestServer
let owner: TestUser
let editor: TestUser
let publisher: TestUser
let admin: TestUser
const events: DomainEvent[] = []

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  owner = await createUser(ctx.payload, ['contributor'], 'owner')
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  admin = await createUser(ctx.payload, ['admin'], 'admin')
  onDomainEvent(ctx.payload, (event) => {
    events.push(event)
  })
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const runQueue = () => ctx.payload.jobs.run({ queue: WORKFLOW_QUEUE, limit: 50 })

describe('scheduled publishing through the job queue', () => {
  test('a scheduled item is published by the queue once its time has come, not before', async () => {
    const id = await itemInState(ctx.payload, slugs.pressReleases, { state: 'approved', owner })
    const at = new Date(Date.now() + 1500)
    const scheduled = await act(server, publisher, slugs.pressReleases, id, { action: 'schedule', at: at.toISOString() })
    expect(scheduled).toMatchObject({ status: 200, body: { state: 'scheduled', scheduledFor: at.toISOString() } })
    await runQueue()
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('scheduled')
    expect((await liveOf(ctx.payload, slugs.pressReleases, id))?._status).toBe('draft')
    await sleep(at.getTime() - Date.now() + 200)
    await runQueue()
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('published')
    const live = await liveOf(ctx.payload, slugs.pressReleases, id)
    expect(live).toMatchObject({ _status: 'published', state: 'published', publishedVersion: 1, publishedBy: publisher.user.id })
    const entry = await ctx.payload.find({
      collection: slugs.auditLog,
      where: { and: [{ itemCollection: { equals: slugs.pressReleases } }, { itemId: { equals: String(id) } }, { event: { equals: 'scheduledPublish' } }] },
    })
    expect(entry.docs.map((d) => [d.actorName, d.fromState, d.toState])).toEqual([['publisher', 'scheduled', 'published']])
  })

  test('a cancelled schedule does not publish', async () => {
    const id = await itemInState(ctx.payload, slugs.publications, { state: 'approved', owner })
    const at = new Date(Date.now() + 1000)
    await act(server, publisher, slugs.publications, id, { action: 'schedule', at: at.toISOString() })
    const cancelled = await act(server, publisher, slugs.publications, id, { action: 'unschedule' })
    expect(cancelled).toMatchObject({ status: 200, body: { state: 'approved', scheduledFor: null } })
    await sleep(at.getTime() - Date.now() + 200)
    await runQueue()
    expect(await stateOf(ctx.payload, slugs.publications, id)).toBe('approved')
    expect((await liveOf(ctx.payload, slugs.publications, id))?._status).toBe('draft')
  })
})

describe('domain events', () => {
  test('published, corrected, withdrawn and embargoLifted are emitted once each, with item, locales and version', async () => {
    events.length = 0
    const id = await itemInState(ctx.payload, slugs.pressReleases, {
      state: 'approved',
      owner,
      embargoUntil: new Date(Date.now() + 1200).toISOString(),
      title: { vi: 'Sự kiện miền', en: 'Domain events' },
      readyLocales: ['vi', 'en'],
    })
    await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })
    await runQueue()
    await sleep(1500)
    await runQueue()
    await runQueue()
    await ctx.payload.update({ collection: slugs.pressReleases, id, draft: true, data: { headline: 'Sự kiện miền (sửa)' } })
    await act(server, owner, slugs.pressReleases, id, { action: 'submit' })
    await act(server, editor, slugs.pressReleases, id, { action: 'approve', locales: ['vi', 'en'] })
    await act(server, publisher, slugs.pressReleases, id, { action: 'correct', note: 'Sửa tiêu đề' })
    await act(server, publisher, slugs.pressReleases, id, { action: 'withdraw', note: 'Trùng lặp' })
    const seen = events.filter((e) => e.collection === slugs.pressReleases && String(e.itemId) === String(id)).map((e) => [e.type, e.version, e.locales, e.collection, e.note])
    expect(seen).toEqual([
      ['published', 1, ['vi', 'en'], 'press-releases', null],
      ['embargoLifted', 1, ['vi', 'en'], 'press-releases', null],
      ['corrected', 2, ['vi', 'en'], 'press-releases', 'Sửa tiêu đề'],
      ['withdrawn', 3, ['vi', 'en'], 'press-releases', 'Trùng lặp'],
    ])
    expect(events.find((e) => e.type === 'published' && String(e.itemId) === String(id))?.embargoUntil).toMatch(/^\d{4}-/)
    const stored = await ctx.payload.find({
      collection: slugs.contentEvents,
      where: { and: [{ itemCollection: { equals: slugs.pressReleases } }, { itemId: { equals: String(id) } }] },
      sort: 'createdAt',
      limit: 10,
    })
    expect(stored.docs.map((d) => d.type)).toEqual(['published', 'embargoLifted', 'corrected', 'withdrawn'])
  })
})

describe('event numbers for the change feed', () => {
  test('twelve items published at once each get an event; numbers are unique and without gaps', async () => {
    const collections = [slugs.pressReleases, slugs.publications, slugs.trainingMaterials, slugs.partnerMedia] as const
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => itemInState(ctx.payload, collections[i % 4]!, { state: 'approved', owner }).then((id) => [collections[i % 4]!, id] as const)),
    )
    const before = await ctx.payload.find({ collection: slugs.contentEvents, sort: '-seq', limit: 1 })
    const answers = await Promise.all(ids.map(([collection, id]) => act(server, publisher, collection, id, { action: 'publish' })))
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200))
    const after = await ctx.payload.find({ collection: slugs.contentEvents, where: { seq: { greater_than: before.docs[0]?.seq ?? 0 } }, sort: 'seq', limit: 100 })
    const start = (before.docs[0]?.seq ?? 0) + 1
    expect(after.docs.map((d) => d.seq)).toEqual(Array.from({ length: 12 }, (_, i) => start + i))
    expect(new Set(after.docs.map((d) => `${d.itemCollection}/${d.itemId}`)).size).toBe(12)
  })
})

describe('audit log', () => {
  test('each transition and each change to a published item is recorded with actor, from → to, note and changed fields', async () => {
    const id = await itemInState(ctx.payload, slugs.trainingMaterials, { state: 'draft', owner })
    await act(server, owner, slugs.trainingMaterials, id, { action: 'submit' })
    await act(server, editor, slugs.trainingMaterials, id, { action: 'requestChanges', note: 'Thêm đối tượng' })
    await act(server, owner, slugs.trainingMaterials, id, { action: 'submit' })
    await act(server, editor, slugs.trainingMaterials, id, { action: 'approve' })
    await act(server, publisher, slugs.trainingMaterials, id, { action: 'publish' })
    const edit = await fetch(`${server.url}/api/${slugs.trainingMaterials}/${id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...authHeader(editor) },
      body: JSON.stringify({ audience: 'Phóng viên nước ngoài' }),
    })
    expect(edit.status).toBe(200)
    const log = await ctx.payload.find({
      collection: slugs.auditLog,
      where: { and: [{ itemCollection: { equals: slugs.trainingMaterials } }, { itemId: { equals: String(id) } }] },
      sort: 'createdAt',
      limit: 20,
    })
    expect(log.docs.map((d) => [d.event, d.actorName, d.fromState, d.toState, d.note ?? null])).toEqual([
      ['submit', 'owner', 'draft', 'inReview', null],
      ['requestChanges', 'editor', 'inReview', 'changesRequested', 'Thêm đối tượng'],
      ['submit', 'owner', 'changesRequested', 'inReview', null],
      ['approve', 'editor', 'inReview', 'approved', null],
      ['publish', 'publisher', 'approved', 'published', null],
      ['edit', 'editor', 'published', 'draft', null],
    ])
    expect(log.docs[5]!.changedFields).toEqual(['audience'])
    const notes = await ctx.payload.find({
      collection: slugs.reviewNotes,
      where: { and: [{ itemCollection: { equals: slugs.trainingMaterials } }, { itemId: { equals: String(id) } }] },
    })
    expect(notes.docs.map((n) => [n.text, n.action, typeof n.author === 'object' ? n.author?.id : n.author])).toEqual([['Thêm đối tượng', 'requestChanges', editor.user.id]])
  })

  test('no API can change or delete an audit entry', async () => {
    const [entry] = (await ctx.payload.find({ collection: slugs.auditLog, limit: 1, sort: 'createdAt' })).docs
    const before = JSON.stringify(entry)
    const patch = await fetch(`${server.url}/api/${slugs.auditLog}/${entry!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...authHeader(admin) },
      body: JSON.stringify({ note: 'sửa lịch sử' }),
    })
    expect(patch.status).toBe(403)
    const del = await fetch(`${server.url}/api/${slugs.auditLog}/${entry!.id}`, { method: 'DELETE', headers: authHeader(admin) })
    expect(del.status).toBe(403)
    const create = await fetch(`${server.url}/api/${slugs.auditLog}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeader(admin) },
      body: JSON.stringify({ event: 'publish', itemCollection: 'x', itemId: '1' }),
    })
    expect(create.status).toBe(403)
    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeader(admin) },
      body: JSON.stringify({ query: `mutation { deleteAuditEntry(id: ${entry!.id}) { id } }` }),
    })
    expect(await gql.json()).toMatchObject({ errors: [{ extensions: { statusCode: 403 } }], data: { deleteAuditEntry: null } })
    await expect(ctx.payload.update({ collection: slugs.auditLog, id: entry!.id, data: { note: 'x' } })).rejects.toThrow('audit-log entries are append-only: they cannot be changed')
    await expect(ctx.payload.delete({ collection: slugs.auditLog, id: entry!.id })).rejects.toThrow('audit-log entries are append-only: they cannot be deleted')
    const after = await ctx.payload.findByID({ collection: slugs.auditLog, id: entry!.id })
    expect(JSON.stringify(after)).toBe(before)
  })
})
