import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { approvedItem, correct, markApproved, publish, withdraw } from '../feed-items/helpers'

let ctx: TestContext
let server: TestServer
let contributor: TestUser
let publisher: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

type Contact = { name: string; email: string; role: Record<string, string> }
const liveContacts = async (id: number) =>
  ((await ctx.payload.findByID({ collection: 'press-releases', id, locale: 'all', draft: false, depth: 0 })) as unknown as { pressContacts: Contact[] }).pressContacts.map(
    ({ name, email, role }) => ({ name, email, role }),
  )

describe('workflow transitions keep array fields', () => {
  it("keeps a press release's contacts, with their role in every language, through publish, correction and withdrawal", async () => {
    const contacts = [{ name: 'Nguyễn Văn A', email: 'a@quangtri.gov.vn', role: 'Chánh Văn phòng' }]
    const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo có người liên hệ' }, en: { title: 'Release with a contact' } }, contributor, { pressContacts: contacts })
    const draft = (await ctx.payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 })) as { pressContacts: { id: string }[] }
    await ctx.payload.update({ collection: 'press-releases', id, locale: 'en', draft: true, data: { pressContacts: [{ id: draft.pressContacts[0].id, name: 'Nguyễn Văn A', email: 'a@quangtri.gov.vn', role: 'Chief of Office' }] } as never })
    await markApproved(ctx.payload, 'press-releases', id, contributor, ['vi', 'en'])
    const expected = [{ name: 'Nguyễn Văn A', email: 'a@quangtri.gov.vn', role: { vi: 'Chánh Văn phòng', en: 'Chief of Office' } }]
    await publish(server, publisher, 'press-releases', id, ['vi', 'en'])
    expect(await liveContacts(id)).toEqual(expected)
    await correct(ctx.payload, server, publisher, contributor, 'press-releases', id, 'vi', 'Thông cáo có người liên hệ (đính chính)', 'Sửa tiêu đề', ['vi', 'en'])
    expect(await liveContacts(id)).toEqual(expected)
    await withdraw(server, publisher, 'press-releases', id, 'Thu hồi để kiểm tra')
    expect(await liveContacts(id)).toEqual(expected)
  })
})
