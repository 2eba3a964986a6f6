import { vi } from '@payloadcms/translations/languages/vi'

import type { Role } from '../../../src/access/roles'
import type { PressRelease, Subscriber, User } from '../../../src/payload-types'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { contentData } from '../../helpers/workflow'

let ctx: TestContext
let server: TestServer
const staff = {} as Record<Role, TestUser>

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  for (const role of ['contributor', 'editor', 'publisher', 'admin'] as const) staff[role] = await createUser(ctx.payload, [role], role)
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

type Res = { status: number; json: () => Record<string, unknown> }

async function call(path: string, init: { method?: string; user?: TestUser; body?: unknown } = {}): Promise<Res> {
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.user ? authHeader(init.user) : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await res.text()
  return { status: res.status, json: () => JSON.parse(text) as Record<string, unknown> }
}

const graphql = (user: TestUser, query: string) => call('/api/graphql', { method: 'POST', user, body: { query } })

const qs = (where: Record<string, string>) => Object.entries(where).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')

describe('staff email addresses', () => {
  it('are hidden from contributors, except their own, and shown to editors, publishers and admins (REST list, by id, me, Local API)', async () => {
    const me = staff.contributor
    const list = await call(`/api/${slugs.users}?limit=100&depth=0`, { user: me })
    expect(list.status).toBe(200)
    const docs = list.json().docs as User[]
    expect(docs.length).toBeGreaterThanOrEqual(4)
    for (const doc of docs) {
      if (doc.id === me.user.id) expect(doc.email).toBe(me.email)
      else expect(doc).not.toHaveProperty('email')
    }
    const other = await call(`/api/${slugs.users}/${staff.editor.user.id}`, { user: me })
    expect(other.status).toBe(200)
    expect(other.json()).toMatchObject({ id: staff.editor.user.id, name: 'editor' })
    expect(other.json()).not.toHaveProperty('email')
    expect((await call(`/api/${slugs.users}/me`, { user: me })).json()).toMatchObject({ user: { id: me.user.id, email: me.email } })

    for (const role of ['editor', 'publisher', 'admin'] as const) {
      const res = await call(`/api/${slugs.users}/${staff.contributor.user.id}`, { user: staff[role] })
      expect(res.json()).toMatchObject({ id: staff.contributor.user.id, email: staff.contributor.email })
      const local = await ctx.payload.findByID({ collection: slugs.users, id: staff.contributor.user.id, overrideAccess: false, user: staff[role].user })
      expect(local.email).toBe(staff.contributor.email)
    }
  })

  it('cannot be searched or sorted on by a contributor (either would reveal them one guess at a time)', async () => {
    for (const query of [qs({ 'where[email][equals]': staff.admin.email }), 'sort=email']) {
      const res = await call(`/api/${slugs.users}?${query}`, { user: staff.contributor })
      expect(res.status).toBe(400)
      expect(res.json()).toMatchObject({ errors: [{ message: 'The following path cannot be queried: email' }] })
    }
  })

  it('are hidden from contributors through GraphQL and the Local API with overrideAccess: false', async () => {
    const me = staff.contributor
    const gql = await graphql(me, '{ Users(limit: 100) { docs { id email } } }')
    const docs = (gql.json().data as { Users: { docs: { id: number; email: string | null }[] } }).Users.docs
    expect(docs.find((d) => d.id === me.user.id)?.email).toBe(me.email)
    expect(docs.filter((d) => d.id !== me.user.id).map((d) => d.email)).toEqual(docs.filter((d) => d.id !== me.user.id).map(() => null))

    const local = await ctx.payload.find({ collection: slugs.users, overrideAccess: false, user: me.user, limit: 100, depth: 0 })
    for (const doc of local.docs) expect(doc.email).toBe(doc.id === me.user.id ? me.email : undefined)
  })

})

describe('roles', () => {
  const rolesOf = async (id: number) => (await ctx.payload.findByID({ collection: slugs.users, id, depth: 0 })).roles

  it('only an admin changes roles: anyone else gets 403 with a message, their own roles or another’s (REST and Local API); sending them unchanged is no change', async () => {
    for (const role of ['contributor', 'editor', 'publisher'] as const) {
      const me = staff[role]
      const res = await call(`/api/${slugs.users}/${me.user.id}`, { method: 'PATCH', user: me, body: { name: 'Renamed', roles: ['admin'] } })
      expect(res.status).toBe(403)
      expect(res.json()).toEqual({ errors: [{ message: 'Only an administrator can change roles' }] })
      await expect(
        ctx.payload.update({ collection: slugs.users, id: me.user.id, data: { roles: [role, 'publisher'] }, overrideAccess: false, user: me.user }),
      ).rejects.toMatchObject({ status: 403, message: 'Only an administrator can change roles' })
      const stored = await ctx.payload.findByID({ collection: slugs.users, id: me.user.id, depth: 0 })
      expect([stored.name, stored.roles]).toEqual([role, [role]])
    }

    const other = await call(`/api/${slugs.users}/${staff.contributor.user.id}`, { method: 'PATCH', user: staff.editor, body: { roles: ['admin'] } })
    expect(other.status).toBe(403)
    expect(other.json()).toEqual({ errors: [{ message: vi.translations.error.notAllowedToPerformAction }] })
    expect(await rolesOf(staff.contributor.user.id)).toEqual(['contributor'])

    // The account form sends the roles back as they are: that saves.
    const editor = await createUser(ctx.payload, ['editor'])
    const unchanged = await call(`/api/${slugs.users}/${editor.user.id}`, { method: 'PATCH', user: editor, body: { name: 'Biên tập viên', roles: ['editor'] } })
    expect(unchanged.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: slugs.users, id: editor.user.id, depth: 0 })
    expect([stored.name, stored.roles]).toEqual(['Biên tập viên', ['editor']])

    const byAdmin = await call(`/api/${slugs.users}/${editor.user.id}`, { method: 'PATCH', user: staff.admin, body: { roles: ['contributor', 'editor'] } })
    expect(byAdmin.status).toBe(200)
    expect(await rolesOf(editor.user.id)).toEqual(['contributor', 'editor'])
  })

  it('a new account has no role chosen for it: created without roles it is refused with 400 naming the field', async () => {
    const before = (await ctx.payload.count({ collection: slugs.users })).totalDocs
    const res = await call(`/api/${slugs.users}`, {
      method: 'POST',
      user: staff.admin,
      body: { email: 'no-role@test.local', password: 'correct horse battery staple', name: 'Không vai trò' },
    })
    expect(res.status).toBe(400)
    expect(res.json()).toMatchObject({
      errors: [
        {
          name: 'ValidationError',
          message: 'Trường sau chưa hợp lệ: Vai trò',
          data: { errors: [{ path: 'roles', message: vi.translations.validation.required }] },
        },
      ],
    })
    expect((await ctx.payload.count({ collection: slugs.users })).totalDocs).toBe(before)
  })
})

describe('subscribers are removed only by erasure', () => {
  const newSubscriber = async () =>
    (await ctx.payload.create({ collection: slugs.subscribers, data: { email: `sub-${Math.random().toString(36).slice(2)}@press.example` } as never })) as Subscriber
  const count = async () => (await ctx.payload.count({ collection: slugs.subscribers })).totalDocs
  const pointsToErase = (id: number | string) => ({
    errors: [
      {
        message: `Subscribers are not deleted directly: erase one with POST /api/subscribers/${id}/erase and { "confirm": "<their email>" }, which keeps the address only as a hash so it is never mailed again`,
      },
    ],
  })

  it('a bulk delete (REST ?where=) is refused for everyone, admins included', async () => {
    const subscriber = await newSubscriber()
    const before = await count()
    for (const role of ['editor', 'publisher', 'admin'] as const) {
      const res = await call(`/api/${slugs.subscribers}?${qs({ 'where[id][exists]': 'true' })}`, { method: 'DELETE', user: staff[role] })
      expect(res.status).toBe(403)
      expect(res.json()).toEqual(pointsToErase('{id}'))
    }
    expect(await count()).toBe(before)
    expect((await ctx.payload.findByID({ collection: slugs.subscribers, id: subscriber.id })).email).toBe(subscriber.email)
  })

  it('a single delete (REST, GraphQL, Local API with overrideAccess: false) is refused with a pointer to the erase endpoint, which works', async () => {
    const subscriber = await newSubscriber()
    const before = await count()
    const rest = await call(`/api/${slugs.subscribers}/${subscriber.id}`, { method: 'DELETE', user: staff.admin })
    expect(rest.status).toBe(403)
    expect(rest.json()).toEqual(pointsToErase(subscriber.id))
    const gql = await graphql(staff.editor, `mutation { deleteSubscriber(id: ${subscriber.id}) { id } }`)
    expect(gql.json()).toMatchObject({ errors: [pointsToErase(subscriber.id).errors[0]] })
    await expect(ctx.payload.delete({ collection: slugs.subscribers, id: subscriber.id, overrideAccess: false, user: staff.admin.user })).rejects.toMatchObject({
      status: 403,
      message: pointsToErase(subscriber.id).errors[0].message,
    })
    expect(await count()).toBe(before)

    // Erasure is the way, and it removes the record.
    const erased = await call(`/api/${slugs.subscribers}/${subscriber.id}/erase`, { method: 'POST', user: staff.editor, body: { confirm: subscriber.email } })
    expect(erased.status).toBe(200)
    expect(await ctx.payload.findByID({ collection: slugs.subscribers, id: subscriber.id, disableErrors: true })).toBeNull()
  })
})

describe('bulk changes to content', () => {
  const newItem = async () => (await ctx.payload.create({ collection: slugs.pressReleases, data: (await contentData(ctx.payload, 'press-releases', { vi: 'Thông cáo gốc' })) as never, draft: true })) as PressRelease
  const headlineOf = async (id: number) => (await ctx.payload.findByID({ collection: slugs.pressReleases, id, draft: true, locale: 'vi', depth: 0 })).headline

  it('bulk update and bulk delete are refused for non-admins with 403, changing nothing (REST and Local API); one at a time, and admins in bulk, still work', async () => {
    const a = await newItem()
    const b = await newItem()
    const where = qs({ 'where[id][in][0]': String(a.id), 'where[id][in][1]': String(b.id) })
    for (const role of ['contributor', 'editor', 'publisher'] as const) {
      const update = await call(`/api/${slugs.pressReleases}?${where}`, { method: 'PATCH', user: staff[role], body: { headline: 'Đổi hàng loạt' } })
      expect(update.status).toBe(403)
      expect(update.json()).toEqual({ errors: [{ message: 'Bulk update of press-releases is for administrators only: update items one at a time (PATCH /api/press-releases/{id})' }] })
      const remove = await call(`/api/${slugs.pressReleases}?${where}`, { method: 'DELETE', user: staff[role] })
      expect(remove.status).toBe(403)
      expect(remove.json()).toEqual({ errors: [{ message: 'Bulk delete of press-releases is for administrators only: delete items one at a time (DELETE /api/press-releases/{id})' }] })
    }
    await expect(
      ctx.payload.update({ collection: slugs.pressReleases, where: { id: { in: [a.id, b.id] } }, data: { headline: 'Đổi hàng loạt' }, overrideAccess: false, user: staff.editor.user }),
    ).rejects.toMatchObject({ status: 403 })
    expect([await headlineOf(a.id), await headlineOf(b.id)]).toEqual(['Thông cáo gốc', 'Thông cáo gốc'])
    expect((await ctx.payload.count({ collection: slugs.pressReleases, where: { id: { in: [a.id, b.id] } } })).totalDocs).toBe(2)

    // One at a time still works for editors; admins may change in bulk.
    expect((await call(`/api/${slugs.pressReleases}/${a.id}`, { method: 'PATCH', user: staff.editor, body: { headline: 'Sửa từng mục' } })).status).toBe(200)
    expect(await headlineOf(a.id)).toBe('Sửa từng mục')
    const bulk = await call(`/api/${slugs.pressReleases}?${where}`, { method: 'PATCH', user: staff.admin, body: { headline: 'Quản trị sửa hàng loạt' } })
    expect(bulk.status).toBe(200)
    expect([await headlineOf(a.id), await headlineOf(b.id)]).toEqual(['Quản trị sửa hàng loạt', 'Quản trị sửa hàng loạt'])
  })
})
