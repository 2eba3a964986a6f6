import { createHash } from 'node:crypto'

import { createClient as createRedis } from 'redis'

import { emailHashOf } from '../../../src/email/addresses'

import { startServer, type TestServer } from '../../helpers/boot'
import { mailsTo, postJson, settled, startRig, uniqueEmail, type Rig } from './helpers'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
let rig: Rig
let two: TestServer

beforeAll(async () => {
  rig = await startRig({ REDIS_URL, SUBSCRIBE_LIMIT_PER_IP_PER_HOUR: '5', SUBSCRIBE_LIMIT_PER_ADDRESS_PER_DAY: '1' })
  // A second app instance over the same database, as a second process would be.
  two = await startServer(rig.ctx)
})
afterAll(async () => {
  await two?.close()
  await rig?.close()
})

describe('sign-up limits shared through Redis', () => {
  it('counts the requests and emails of both instances against one limit', async () => {
    const email = uniqueEmail('shared')
    expect((await postJson(rig.server, '/subscribe', { email, consent: true })).status).toBe(202)
    expect((await postJson(two, '/subscribe', { email, consent: true })).status).toBe(202)
    await settled()
    expect(mailsTo(rig.sink, email)).toHaveLength(1)

    expect((await postJson(rig.server, '/subscribe', { email: uniqueEmail('a'), consent: true })).status).toBe(202)
    expect((await postJson(two, '/subscribe', { email: uniqueEmail('b'), consent: true })).status).toBe(202)
    expect((await postJson(rig.server, '/subscribe', { email: uniqueEmail('c'), consent: true })).status).toBe(202)
    const limited = await postJson(two, '/subscribe', { email: uniqueEmail('d'), consent: true })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    await settled()

    const redis = createRedis({ url: REDIS_URL })
    await redis.connect()
    try {
      // Under this install's prefix (a hash of DATABASE_URI): addresses only as their SHA-256.
      const install = createHash('sha256').update(rig.ctx.env.databaseUri).digest('hex').slice(0, 12)
      const keys = (await redis.keys(`rl:subscribe:${install}:*`)).sort()
      expect(keys.filter((k) => k.includes(':ip:'))).toEqual([`rl:subscribe:${install}:ip:127.0.0.1`])
      expect(await redis.get(`rl:subscribe:${install}:ip:127.0.0.1`)).toBe('6')
      expect(keys.filter((k) => k.includes(':address:'))).toHaveLength(4)
      expect(await redis.get(`rl:subscribe:${install}:address:${emailHashOf(email)}`)).toBe('2')
      expect(keys.some((k) => k.includes('@'))).toBe(false)
    } finally {
      await redis.close()
    }
  })
})
