import type { Role } from '../../../src/access/roles'
import type { Action, State } from '../../../src/workflow/states'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { contentCollections } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { act, itemInState, stateOf } from '../../helpers/workflow'

let ctx: TestContext
let server: TestServer
const users = {} as Record<'owner' | 'otherContributor' | 'editor' | 'publisher' | 'admin', TestUser>

beforeAll(async () => {
  ctx = await bootPayload({ JOBS_AUTORUN: 'false' })
  server = await startServer(ctx)
  users.owner = await createUser(ctx.payload, ['contributor'], 'owner')
  users.otherContributor = await createUser(ctx.payload, ['contributor'], 'other contributor')
  users.editor = await createUser(ctx.payload, ['editor'], 'editor')
  users.publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  users.admin = await createUser(ctx.payload, ['admin'], 'admin')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

type Actor = keyof typeof users
const actors = Object.keys({ owner: 1, otherContributor: 1, editor: 1, publisher: 1, admin: 1 }) as Actor[]
const future = () => new Date(Date.now() + 3_600_000).toISOString()

/** Each action, from the state it starts in (item created and submitted by `owner`), and who may take it. */
const matrix: { action: Action; from: State; live?: boolean; body?: Record<string, unknown>; to: State; allowed: Actor[] }[] = [
  { action: 'submit', from: 'draft', to: 'inReview', allowed: ['owner', 'editor', 'publisher', 'admin'] },
  { action: 'submit', from: 'changesRequested', to: 'inReview', allowed: ['owner', 'editor', 'publisher', 'admin'] },
  { action: 'requestChanges', from: 'inReview', body: { note: 'Thiếu nguồn' }, to: 'changesRequested', allowed: ['editor', 'admin'] },
  { action: 'approve', from: 'inReview', to: 'approved', allowed: ['editor', 'admin'] },
  { action: 'publish', from: 'approved', to: 'published', allowed: ['publisher', 'admin'] },
  { action: 'schedule', from: 'approved', body: { at: 'FUTURE' }, to: 'scheduled', allowed: ['publisher', 'admin'] },
  { action: 'unschedule', from: 'scheduled', to: 'approved', allowed: ['publisher', 'admin'] },
  { action: 'correct', from: 'approved', live: true, body: { note: 'Sửa số liệu' }, to: 'published', allowed: ['publisher', 'admin'] },
  { action: 'withdraw', from: 'published', live: true, body: { note: 'Thông tin sai' }, to: 'withdrawn', allowed: ['publisher', 'admin'] },
  { action: 'forcePublish', from: 'draft', body: { note: 'Khẩn cấp: bão' }, to: 'published', allowed: ['admin'] },
]

/**
 * The endpoint's wiring: every action on every collection once by someone allowed, and once on
 * press releases by someone refused. The whole role × action × state matrix is a pure rule, checked
 * as a plain function in tests/unit/workflow/decide.test.ts.
 */
const cases = [
  ...contentCollections.flatMap((collection) => matrix.map((row) => ({ collection, ...row, actor: row.allowed[0] as Actor, ok: true, answer: `200 ${row.to}` }))),
  ...matrix.map((row) => ({ collection: 'press-releases' as const, ...row, actor: actors.find((a) => !row.allowed.includes(a)) as Actor, ok: false, answer: '403, unchanged' })),
]

describe('each transition through the endpoint, allowed and refused', () => {
  test.each(cases)('$collection: $actor $action from $from → $answer', async ({ collection, action, from, live, body, to, actor, ok }) => {
    const id = await itemInState(ctx.payload, collection, { state: from, owner: users.owner, live })
    const payloadBody = { action, ...body, ...(body?.at ? { at: future() } : {}) }
    const answer = await act(server, users[actor], collection, id, payloadBody)
    if (ok) {
      expect(answer).toMatchObject({ status: 200, body: { state: to } })
      expect(await stateOf(ctx.payload, collection, id)).toBe(to)
    } else {
      expect(answer.status).toBe(403)
      expect(answer.body.errors?.[0]?.message).toMatch(/Only a|contributor may|four eyes/)
      expect(await stateOf(ctx.payload, collection, id)).toBe(from)
    }
  })
})

describe('four eyes: nobody approves or publishes what they submitted', () => {
  const roleOf: Record<'approve' | 'publish' | 'schedule' | 'correct' | 'requestChanges', Role[]> = {
    approve: ['editor'],
    requestChanges: ['editor'],
    publish: ['publisher'],
    schedule: ['publisher'],
    correct: ['publisher'],
  }
  const fourEyesCases = [
    ...(Object.keys(roleOf) as (keyof typeof roleOf)[]).map((action) => ({ collection: contentCollections[0], action })),
    ...contentCollections.slice(1).map((collection) => ({ collection, action: 'publish' as const })),
  ]
  test.each(fourEyesCases)(
    '$collection: the submitter cannot $action, even holding the role',
    async ({ collection, action }) => {
      const author = await createUser(ctx.payload, ['contributor', ...roleOf[action]], `author ${action}`)
      const from: State = action === 'approve' || action === 'requestChanges' ? 'inReview' : 'approved'
      const id = await itemInState(ctx.payload, collection, { state: from, owner: author, live: action === 'correct' })
      const answer = await act(server, author, collection, id, { action, note: 'n', at: future() })
      expect(answer.status).toBe(403)
      expect(answer.body.errors?.[0]?.message).toMatch(/You submitted this item: someone else must .* \(four eyes\)/)
      expect(await stateOf(ctx.payload, collection, id)).toBe(from)
    },
  )

  test('an admin who submitted may not approve either, but may force-publish with a reason', async () => {
    const id = await itemInState(ctx.payload, 'press-releases', { state: 'inReview', owner: users.admin })
    expect((await act(server, users.admin, 'press-releases', id, { action: 'approve' })).status).toBe(403)
    const noReason = await act(server, users.admin, 'press-releases', id, { action: 'forcePublish' })
    expect(noReason).toMatchObject({ status: 400, body: { errors: [{ message: '"note" is required: force publish needs a note' }] } })
    expect(await stateOf(ctx.payload, 'press-releases', id)).toBe('inReview')
    const forced = await act(server, users.admin, 'press-releases', id, { action: 'forcePublish', note: 'Cảnh báo lũ khẩn cấp' })
    expect(forced).toMatchObject({ status: 200, body: { state: 'published', forcePublished: true } })
  })

  test('a force-published item stays flagged until someone else reviews it', async () => {
    const id = await itemInState(ctx.payload, 'publications', { state: 'draft', owner: users.owner })
    await act(server, users.admin, 'publications', id, { action: 'forcePublish', note: 'Khẩn' })
    const self = await act(server, users.admin, 'publications', id, { action: 'approve' })
    expect(self.status).toBe(403)
    const flagged = await ctx.payload.findByID({ collection: 'publications', id, draft: true, overrideAccess: true })
    expect(flagged.forcePublished).toBe(true)
    const review = await act(server, users.editor, 'publications', id, { action: 'approve' })
    expect(review).toMatchObject({ status: 200, body: { state: 'published', forcePublished: false } })
    const live = await ctx.payload.findByID({ collection: 'publications', id, draft: false, overrideAccess: true })
    expect(live.forcePublished).toBe(false)
  })
})

describe('transitions from the wrong state are refused with 409 and change nothing', () => {
  test.each([
    { action: 'approve' as const, from: 'draft' as State },
    { action: 'publish' as const, from: 'inReview' as State },
    { action: 'publish' as const, from: 'draft' as State },
    { action: 'schedule' as const, from: 'changesRequested' as State },
    { action: 'unschedule' as const, from: 'approved' as State },
    { action: 'submit' as const, from: 'approved' as State },
    { action: 'withdraw' as const, from: 'approved' as State },
    { action: 'correct' as const, from: 'approved' as State },
  ])('$action from $from', async ({ action, from }) => {
    const id = await itemInState(ctx.payload, 'press-releases', { state: from, owner: users.owner })
    const answer = await act(server, users.admin, 'press-releases', id, { action, note: 'n', at: future() })
    expect(answer.status).toBe(409)
    expect(answer.body.errors?.[0]?.message).toMatch(/^Cannot /)
    expect(await stateOf(ctx.payload, 'press-releases', id)).toBe(from)
  })
})

describe('the workflow endpoint answers bad requests plainly', () => {
  test('unknown action: 400 naming the allowed ones', async () => {
    const id = await itemInState(ctx.payload, 'press-releases', { state: 'draft', owner: users.owner })
    const answer = await act(server, users.owner, 'press-releases', id, { action: 'launch' })
    expect(answer).toEqual({
      status: 400,
      body: { errors: [{ message: '"action" must be one of: submit, requestChanges, approve, publish, schedule, unschedule, correct, withdraw, forcePublish' }] },
    })
  })
  test('a body that is not a JSON object: 400 showing the expected shape, nothing changed', async () => {
    const id = await itemInState(ctx.payload, 'press-releases', { state: 'draft', owner: users.owner })
    for (const body of ['[]', '"submit"', '{"action": "submit"']) {
      const res = await fetch(`${server.url}/api/press-releases/${id}/workflow`, { method: 'POST', headers: { 'content-type': 'application/json', ...authHeader(users.owner) }, body })
      expect({ body, status: res.status, json: await res.json() }).toEqual({
        body,
        status: 400,
        json: { errors: [{ message: 'The body must be a JSON object: { "action": "…", "note": "…", "locales": […], "at": "…" }' }] },
      })
    }
    expect(await stateOf(ctx.payload, 'press-releases', id)).toBe('draft')
  })
  test('anonymous: 401; unknown id: 404; schedule in the past: 400', async () => {
    const id = await itemInState(ctx.payload, 'press-releases', { state: 'approved', owner: users.owner })
    expect((await act(server, null, 'press-releases', id, { action: 'submit' })).status).toBe(401)
    expect(await act(server, users.publisher, 'press-releases', 999999, { action: 'publish' })).toEqual({
      status: 404,
      body: { errors: [{ message: 'No press-releases item with id 999999' }] },
    })
    const past = await act(server, users.publisher, 'press-releases', id, { action: 'schedule', at: '2020-01-01T00:00:00Z' })
    expect(past.status).toBe(400)
    expect(past.body.errors?.[0]?.message).toMatch(/^"at" must be in the future/)
    expect(await stateOf(ctx.payload, 'press-releases', id)).toBe('approved')
  })
  test('GET lists only the actions this user may take', async () => {
    const id = await itemInState(ctx.payload, 'press-releases', { state: 'inReview', owner: users.owner })
    const as = async (u: TestUser) =>
      ((await (await fetch(`${server.url}/api/press-releases/${id}/workflow`, { headers: { Authorization: `JWT ${u.token}` } })).json()) as { actions: string[] }).actions
    expect(await as(users.owner)).toEqual([])
    expect(await as(users.editor)).toEqual(['requestChanges', 'approve'])
    expect(await as(users.publisher)).toEqual([])
    expect(await as(users.admin)).toEqual(['requestChanges', 'approve', 'forcePublish'])
  })
})
