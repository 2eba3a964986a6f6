import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'

import { mailerOf } from '../../../src/email/transport'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser } from '../../helpers/users'
import { approvedItem, publish } from '../feed-items/helpers'
import { addSubscriber, deliveriesOf, pass } from './helpers'

let ctx: TestContext
let server: TestServer
let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-mail-'))
  // No SMTP_URL: the development default.
  ctx = await bootPayload({ MAIL_CAPTURE_DIR: dir })
  server = await startServer(ctx)
  // Email starts on this database now, while it holds no events.
  await pass(ctx)
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
  await fs.rm(dir, { recursive: true, force: true })
})

const captured = async () => {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.eml')).sort()
  return Promise.all(files.map(async (f) => simpleParser(await fs.readFile(path.join(dir, f)))))
}

describe('mail without SMTP_URL', () => {
  it('writes every message, whole, as an .eml file that parses back, instead of dropping it', async () => {
    expect(mailerOf(ctx.payload).kind).toBe('capture')
    await mailerOf(ctx.payload).send({ from: 'no-reply@newsroom.local', to: 'editor@quangtri.gov.vn', subject: 'Kiểm tra', text: 'Nội dung thư' })
    const first = await captured()
    expect(first.map((m) => [m.subject, m.text?.trim()])).toEqual([['Kiểm tra', 'Nội dung thư']])
  })

  it('captures the release emails of a pass too, and records them as sent', async () => {
    const contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
    const publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
    await addSubscriber(ctx.payload, { email: 'reader@bao.vn', language: 'vi' })
    const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo thử nghiệm', body: ['Đoạn văn.'] } }, contributor)
    await publish(server, publisher, 'press-releases', id)
    await pass(ctx)
    const mails = (await captured()).filter((m) => m.subject?.includes('Thông cáo thử nghiệm'))
    expect(mails.map((m) => (Array.isArray(m.to) ? '' : m.to?.text))).toEqual(['reader@bao.vn'])
    expect(mails[0].text).toContain('Đoạn văn.')
    // "Read online": the item's page on the website, in the language the message shows it in.
    const { slug } = (await ctx.payload.findByID({ collection: 'press-releases', id, locale: 'vi', depth: 0, overrideAccess: true })) as { slug?: string }
    const page = `http://localhost:3999/vi/press-releases/${slug}`
    expect(mails[0].html).toContain(`href="${page}"`)
    expect(mails[0].text).toContain(page)
    expect((await deliveriesOf(ctx.payload)).map((d) => [d.email, d.status])).toEqual([['reader@bao.vn', 'sent']])
  })
})
