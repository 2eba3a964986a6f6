import { globalSlugs } from '../../../src/domain'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../helpers/smtp'
import { createUser, type TestUser } from '../../helpers/users'
import { approvedItem, publish } from '../feed-items/helpers'
import { addSubscriber, pass } from './helpers'

/**
 * One sender: every email the platform sends, whatever sends it (the sign-up confirmation, a
 * release from the bulk sender, Payload's own forgotten-password mail), is from EMAIL_FROM_NAME
 * <EMAIL_FROM_ADDRESS> with a Message-ID on that address's domain. An admin who fills in the old
 * "email sender" of the site settings changes nothing: there is one answer.
 */
const SENDER = { name: 'Sở Thông tin và Truyền thông Quảng Trị', address: 'tin@quangtri.gov.vn' }

let ctx: TestContext
let server: TestServer
let sink: SmtpSink
let admin: TestUser

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({ SMTP_URL: sink.url, EMAIL_FROM_ADDRESS: SENDER.address, EMAIL_FROM_NAME: SENDER.name })
  server = await startServer(ctx)
  await pass(ctx)
  admin = await createUser(ctx.payload, ['admin'], 'admin')
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
  await sink?.close()
})

/** The one message to `address` that arrives after `count` messages. */
async function nextTo(address: string, count: number): Promise<ReceivedMail> {
  await sink.waitFor(count + 1)
  const mail = sink.messages.slice(count).find((m) => m.to.includes(address))
  if (!mail) throw new Error(`no message to ${address} among ${sink.messages.slice(count).map((m) => m.to.join(',')).join('; ')}`)
  return mail
}

const identity = (mail: ReceivedMail) => ({
  from: mail.parsed.from?.value,
  envelopeFrom: mail.from,
  messageIdDomain: /@([^>]+)>$/.exec(mail.parsed.messageId ?? '')?.[1],
})

test('a confirmation, a release and a forgotten-password mail have the same From and Message-ID domain', async () => {
  // What an admin could set in the site settings until now: another sender, per language.
  const settings = await fetch(`${server.url}/api/globals/${globalSlugs.siteSettings}?locale=vi`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: `JWT ${admin.token}` },
    body: JSON.stringify({ organizationName: 'Sở TT&TT Quảng Trị', emailSender: { name: 'Người gửi khác', address: 'no-reply@sotttt.quangtri.example' } }),
  })
  expect(settings.status).toBe(200)

  let count = sink.messages.length
  const signUp = await fetch(`${server.url}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email: 'phongvien@bao.vn', language: 'en', consent: true }),
  })
  expect(signUp.status).toBe(202)
  const confirmation = await nextTo('phongvien@bao.vn', count)

  count = sink.messages.length
  await addSubscriber(ctx.payload, { email: 'reader@bao.vn', language: 'vi' })
  const contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  const publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Một người gửi' } }, contributor)
  await publish(server, publisher, 'press-releases', id)
  await pass(ctx)
  const release = await nextTo('reader@bao.vn', count)

  count = sink.messages.length
  const forgot = await fetch(`${server.url}/api/users/forgot-password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email }),
  })
  expect(forgot.status).toBe(200)
  const reset = await nextTo(admin.email, count)

  const expected = { from: [SENDER], envelopeFrom: SENDER.address, messageIdDomain: 'quangtri.gov.vn' }
  expect({ confirmation: identity(confirmation), release: identity(release), reset: identity(reset) }).toEqual({ confirmation: expected, release: expected, reset: expected })
})
