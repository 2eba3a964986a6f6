import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { paragraph, root, text } from '../../helpers/richtext'

let ctx: TestContext
let server: TestServer
let editor: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  editor = await createUser(ctx.payload, ['editor'])
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const api = (path: string, method: string, body: unknown) =>
  fetch(`${server.url}/api${path}`, { method, headers: { 'content-type': 'application/json', ...authHeader(editor) }, body: JSON.stringify(body) })

const good = root(paragraph(text('Nội dung đã lưu.')))
const withRelationship = root(paragraph(text('Xem chủ đề ')), { type: 'relationship', version: 2, format: '', relationTo: 'topics', value: 1 })

type ErrorBody = { errors: { message: string; data?: { errors: { path: string; message: string }[] } }[] }

test('a body with a node no channel renders is refused with 400 naming the field and the node type, and the item is unchanged', async () => {
  const created = await api(`/${slugs.pressReleases}`, 'POST', { headline: 'Thông cáo có nội dung', body: good })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }

  const refused = await api(`/${slugs.pressReleases}/${doc.id}`, 'PATCH', { body: withRelationship })
  expect(refused.status).toBe(400)
  const answer = (await refused.json()) as ErrorBody
  expect(answer.errors[0].data?.errors).toEqual([
    {
      label: expect.anything(),
      path: 'body',
      message:
        'body: unsupported rich-text content (relationship); use paragraphs, headings, quotes, lists, links to web addresses, images and files, or horizontal rules',
    },
  ])

  const stored = await ctx.payload.findByID({ collection: slugs.pressReleases, id: doc.id, draft: true, depth: 0, overrideAccess: true })
  expect(stored.body).toEqual(good)
})

test('creating an item whose body holds an internal link is refused with 400 and creates nothing', async () => {
  const before = await ctx.payload.count({ collection: slugs.publications, overrideAccess: true })
  const internal = root(paragraph({ type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, fields: { linkType: 'internal', doc: { relationTo: 'topics', value: 1 } }, children: [text('chủ đề')] }))
  const refused = await api(`/${slugs.publications}`, 'POST', { title: 'Ấn phẩm', kind: 'brochure', year: 2026, body: internal })
  expect(refused.status).toBe(400)
  const answer = (await refused.json()) as ErrorBody
  expect(answer.errors[0].data?.errors.map((e) => [e.path, e.message])).toEqual([
    ['body', 'body: unsupported rich-text content (link (internal)); use paragraphs, headings, quotes, lists, links to web addresses, images and files, or horizontal rules'],
  ])
  expect(await ctx.payload.count({ collection: slugs.publications, overrideAccess: true })).toEqual(before)
})
