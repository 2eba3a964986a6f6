import { slugs } from '../../../src/domain'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

/**
 * A screen's heartbeat (POST /displays/{slug}/heartbeat): only a screen of that point, with its own
 * token (shown once at creation, stored hashed), is recorded; anything else is refused and changes
 * nothing. The admin's status column says online while the screen was seen in the last 2 minutes.
 */

let ctx: TestContext
let server: TestServer
let editor: TestUser
const clock = manualClock(new Date('2026-12-05T02:00:00Z'))
let points: Record<'laoBao' | 'laLay', number>
let screen: { id: number; key: string }
let otherScreen: { id: number; key: string }

async function createScreen(point: number, name: string): Promise<{ id: number; key: string }> {
  const res = await fetch(`${server.url}/api/${slugs.displayScreens}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeader(editor) },
    body: JSON.stringify({ name, infoPoint: point }),
  })
  expect(res.status).toBe(201)
  const { doc } = (await res.json()) as { doc: { id: number; key: string; keyHash?: string } }
  expect(doc.key).toMatch(/^qtd_[A-Za-z0-9_-]{43}$/)
  expect(doc.keyHash).toBeUndefined()
  return { id: doc.id, key: doc.key }
}

const beat = (slug: string, body: unknown, token?: string) =>
  fetch(`${server.url}/displays/${slug}/heartbeat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const stored = (id: number) => ctx.payload.findByID({ collection: slugs.displayScreens, id, depth: 0, overrideAccess: false, user: editor.user })

beforeAll(async () => {
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  const make = (name: string, slug: string) => ctx.payload.create({ collection: slugs.infoPoints, data: { name, slug, languages: ['vi', 'lo'], intervalSeconds: 12 } }).then((d) => d.id)
  points = { laoBao: await make('Lao Bảo', 'lao-bao'), laLay: await make('La Lay', 'la-lay') }
  screen = await createScreen(points.laoBao, 'Sảnh xuất cảnh')
  otherScreen = await createScreen(points.laLay, 'Sảnh La Lay')
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

test('without a token, with an unknown one, or with another point’s or another screen’s, nothing is recorded: 401 or 403 with the reason', async () => {
  const body = { screenId: String(screen.id), playlistVersion: 'abc123', userAgent: 'Screen/1' }
  const answers = [
    await beat('lao-bao', body),
    await beat('lao-bao', body, 'qtd_not-a-real-token'),
    await beat('lao-bao', body, otherScreen.key),
    await beat('lao-bao', { ...body, screenId: String(otherScreen.id) }, screen.key),
  ]
  expect(await Promise.all(answers.map(async (r) => [r.status, ((await r.json()) as { errors: { message: string }[] }).errors[0].message]))).toEqual([
    [401, 'A screen token is required: Authorization: Bearer <token>'],
    [401, 'Unknown screen token'],
    [403, 'This screen token belongs to another information point'],
    [403, 'screenId: this token belongs to another screen'],
  ])
  for (const id of [screen.id, otherScreen.id]) expect(await stored(id)).toMatchObject({ lastSeenAt: null, lastPlaylistVersion: null, lastIp: null, status: 'offline' })
})

test('bad input with the right token is refused with 400 naming the field, and nothing is recorded', async () => {
  const cases: [unknown, string][] = [
    [{ playlistVersion: 'abc' }, 'screenId'],
    [{ screenId: String(screen.id), playlistVersion: 'has spaces' }, 'playlistVersion'],
    [{ screenId: String(screen.id), playlistVersion: 'abc', userAgent: 'x'.repeat(513) }, 'userAgent'],
  ]
  for (const [body, field] of cases) {
    const res = await beat('lao-bao', body, screen.key)
    expect([res.status, ((await res.json()) as { errors: { message: string; data?: { field: string } }[] }).errors[0].data]).toEqual([400, { field }])
  }
  expect((await beat('lao-bao', '{not json', screen.key)).status).toBe(400)
  expect((await stored(screen.id)).lastSeenAt).toBeNull()
})

test('the right token records the heartbeat (re-read): when, which playlist version, address and browser; online for 2 minutes, then offline', async () => {
  const res = await beat('lao-bao', { screenId: String(screen.id), playlistVersion: 'v-2026_12', userAgent: 'Mozilla/5.0 (X11; Linux) Chromium' }, screen.key)
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({ screenId: String(screen.id), lastSeenAt: '2026-12-05T02:00:00.000Z', playlistVersion: 'v-2026_12' })
  expect(await stored(screen.id)).toMatchObject({
    lastSeenAt: '2026-12-05T02:00:00.000Z',
    lastPlaylistVersion: 'v-2026_12',
    lastIp: '127.0.0.1',
    lastUserAgent: 'Mozilla/5.0 (X11; Linux) Chromium',
    status: 'online',
  })
  clock.advance(2 * 60 * 1000)
  expect((await stored(screen.id)).status).toBe('online')
  clock.advance(1000)
  expect((await stored(screen.id)).status).toBe('offline')
  expect((await stored(otherScreen.id)).status).toBe('offline')
})

test('a rotated token replaces the old one at once; only editors and admins see screens', async () => {
  const res = await fetch(`${server.url}/api/${slugs.displayScreens}/${screen.id}/rotate`, { method: 'POST', headers: authHeader(editor) })
  expect(res.status).toBe(200)
  const { key } = (await res.json()) as { key: string }
  const body = { screenId: String(screen.id), playlistVersion: 'v2' }
  expect((await beat('lao-bao', body, screen.key)).status).toBe(401)
  expect((await beat('lao-bao', body, key)).status).toBe(200)
  const contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  await expect(ctx.payload.find({ collection: slugs.displayScreens, overrideAccess: false, user: contributor.user })).rejects.toMatchObject({ status: 403 })
  const rotate = await fetch(`${server.url}/api/${slugs.displayScreens}/${screen.id}/rotate`, { method: 'POST', headers: authHeader(contributor) })
  expect(rotate.status).toBe(403)
})

test('heartbeats are limited per client address: after 60 in a minute (wrong tokens included) the answer is 429 and nothing is recorded', async () => {
  const before = await stored(otherScreen.id)
  let status = 0
  let sent = 0
  while (status !== 429 && sent < 100) {
    status = (await beat('la-lay', { screenId: String(otherScreen.id), playlistVersion: 'v1' }, 'qtd_guess')).status
    sent += 1
  }
  // This file's earlier heartbeats share the window: the limit is reached within 60 requests in all.
  expect(status).toBe(429)
  expect(sent).toBeLessThanOrEqual(60)
  const refused = await beat('la-lay', { screenId: String(otherScreen.id), playlistVersion: 'v1' }, otherScreen.key)
  expect([refused.status, await refused.json()]).toEqual([429, { errors: [{ message: 'Too many heartbeats from this address: at most 60 a minute' }] }])
  expect((await stored(otherScreen.id)).lastSeenAt).toBe(before.lastSeenAt)
})

test("a point's edit view lists its screens with their status (the join), for editors: the screen that reported last is online", async () => {
  const doc = await ctx.payload.findByID({ collection: slugs.infoPoints, id: points.laoBao, depth: 1, overrideAccess: false, user: editor.user })
  expect((doc.screens?.docs ?? []).map((s) => (typeof s === 'object' ? [s.name, s.status] : s))).toEqual([['Sảnh xuất cảnh', 'online']])
})
