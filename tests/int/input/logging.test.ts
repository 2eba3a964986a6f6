import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import pino from 'pino'

import { createApp } from '../../../src/server/app'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { call, messageOf } from './helpers'

type Line = { level: number; msg?: string; reason?: string; status?: number; err?: { stack?: string; message?: string } }

let ctx: TestContext
let http: Server
let server: { url: string }
let contributor: TestUser
const lines: Line[] = []

beforeAll(async () => {
  ctx = await bootPayload()
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  // One logger that keeps its lines, for the app and for Payload (which logs the errors of its operations).
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Line) })
  ctx.payload.logger = logger
  const app = createApp({ payload: ctx.payload, env: ctx.env, logger, readiness: { draining: false } })
  http = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  server = { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` }
})
afterAll(async () => {
  http?.closeAllConnections()
  await new Promise((resolve) => http?.close(resolve))
  await ctx?.destroy()
})

const logged = async <T>(act: () => Promise<T>): Promise<{ result: T; lines: Line[] }> => {
  const from = lines.length
  const result = await act()
  return { result, lines: lines.slice(from) }
}

describe('logs of refused input', () => {
  it('a malformed query: one warn line with the reason and no stack, nothing at error', async () => {
    const { result, lines: seen } = await logged(() => call(server, `/api/${slugs.pressReleases}?where=x`))
    expect(result.status).toBe(400)
    const refused = seen.filter((l) => l.msg === 'request refused')
    expect(refused).toEqual([expect.objectContaining({ level: 40, status: 400, reason: "where must be a set of conditions such as where[field][equals]=value, not 'x'" })])
    expect(JSON.stringify(seen)).not.toContain('stack')
    expect(seen.filter((l) => l.level >= 50)).toEqual([])
  })

  it('a value the database refuses (a relationship to no document): one warn line with the reason and no stack, nothing at error', async () => {
    const body = JSON.stringify({ headline: 'Tin thử', topics: [99999999999] })
    const { result, lines: seen } = await logged(() => call(server, `/api/${slugs.pressReleases}`, { method: 'POST', user: contributor, body }))
    expect(result.status).toBe(400)
    const reason = messageOf(result)
    expect(seen.filter((l) => l.msg === 'request refused')).toEqual([expect.objectContaining({ level: 40, status: 400, reason })])
    expect(JSON.stringify(seen)).not.toContain('stack')
    expect(seen.filter((l) => l.level >= 50)).toEqual([])
  })

  it("a refusal by the product's own rules (a contributor's bulk delete): one warn line with the reason and no stack, nothing at error", async () => {
    const { result, lines: seen } = await logged(() =>
      call(server, `/api/${slugs.pressReleases}?${encodeURI("where[id][exists]=true")}`, { method: 'DELETE', user: contributor }),
    )
    expect(result.status).toBe(403)
    const reason = `Bulk delete of ${slugs.pressReleases} is for administrators only: delete items one at a time (DELETE /api/${slugs.pressReleases}/{id})`
    expect(messageOf(result)).toBe(reason)
    expect(seen.filter((l) => l.msg === 'request refused')).toEqual([expect.objectContaining({ level: 40, status: 403, reason })])
    expect(JSON.stringify(seen)).not.toContain('stack')
    expect(seen.filter((l) => l.level >= 50)).toEqual([])
  })

  // Last: it takes the database away from this context for good.
  it('a real failure (the database gone) still answers 500 and logs at error with the stack', async () => {
    await ctx.db.cutOff(ctx.payload)
    const { result, lines: seen } = await logged(() => call(server, `/api/${slugs.pressReleases}?limit=1`, { user: contributor }))
    expect(result.status).toBe(500)
    const errors = seen.filter((l) => l.level === 50 && l.err?.stack)
    expect(errors.length).toBeGreaterThan(0)
    expect(seen.filter((l) => l.msg === 'request refused')).toEqual([])
  })
})
