import { signUpText } from '../../../src/subscribers/public/strings'
import { startServer, type TestServer } from '../../helpers/boot'
import { countSubscribers, mailsTo, postForm, postJson, settled, startRig, uniqueEmail, type Rig } from './helpers'

const PER_IP = 6
const PER_ADDRESS = 2
let rig: Rig

beforeAll(async () => {
  rig = await startRig({ SUBSCRIBE_LIMIT_PER_IP_PER_HOUR: String(PER_IP), SUBSCRIBE_LIMIT_PER_ADDRESS_PER_DAY: String(PER_ADDRESS) })
})
afterAll(async () => {
  await rig?.close()
})

/** Each app instance counts on its own (in memory): a fresh one per test keeps the IP budgets apart. */
async function freshServer(): Promise<TestServer> {
  return startServer(rig.ctx)
}

describe('per-IP limit on POST /subscribe', () => {
  it(`answers the ${PER_IP + 1}th request of the hour with 429 and Retry-After, as a page or as JSON, and acts on nothing`, async () => {
    const server = await freshServer()
    try {
      for (let i = 0; i < PER_IP; i++) {
        expect((await postJson(server, '/subscribe', { email: uniqueEmail('ip'), consent: true })).status).toBe(202)
      }
      await settled()
      const before = await countSubscribers(rig.ctx)
      const sent = rig.sink.messages.length

      const page = await postForm(server, '/subscribe?lang=en', { email: uniqueEmail('ip-over'), consent: 'yes' })
      expect(page.status).toBe(429)
      const retryAfter = Number(page.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(3600)
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(page.text).toContain(signUpText.in('en').tooManyTitle)
      expect(page.text).toContain(signUpText.in('en').tooMany(Math.ceil(retryAfter / 60)))

      const json = await postJson(server, '/subscribe', { email: uniqueEmail('ip-over'), consent: true }, { 'accept-language': 'lo' })
      expect(json.status).toBe(429)
      expect(Number(json.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(json.json()).toEqual({ errors: [{ message: signUpText.in('lo').tooMany(Math.ceil(Number(json.headers.get('retry-after')) / 60)) }] })

      await settled()
      expect(await countSubscribers(rig.ctx)).toBe(before)
      expect(rig.sink.messages.length).toBe(sent)
    } finally {
      await server.close()
    }
  })
})

describe('per-address limit', () => {
  it(`sends at most ${PER_ADDRESS} emails a day to one address, whatever its spelling, while answering every request the same`, async () => {
    const server = await freshServer()
    try {
      const email = uniqueEmail('flood')
      const spellings = [email, email.toUpperCase(), ` ${email} `, email]
      const answers = []
      for (const spelling of spellings) {
        const res = await postJson(server, '/subscribe', { email: spelling, consent: true })
        answers.push([res.status, res.text])
      }
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
      expect(answers[0][0]).toBe(202)
      await settled()
      expect(mailsTo(rig.sink, email)).toHaveLength(PER_ADDRESS)
      // Other addresses are not affected.
      const other = uniqueEmail('other')
      expect((await postJson(server, '/subscribe', { email: other, consent: true })).status).toBe(202)
      await settled()
      expect(mailsTo(rig.sink, other)).toHaveLength(1)
    } finally {
      await server.close()
    }
  })
})
