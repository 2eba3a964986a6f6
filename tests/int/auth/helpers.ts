import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import pino, { type Logger } from 'pino'

import type { Env } from '../../../src/config/env'
import { createLogger } from '../../../src/logger'
import { createApp } from '../../../src/server/app'
import type { TestContext, TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'

export type Res = { status: number; headers: Headers; text: string; json: () => Record<string, unknown> }

/** What a pino logger wrote, line by line (for checking what is logged, and how often). */
export type LogSink = { logger: Logger; lines: () => Record<string, unknown>[] }

export function logSink(): LogSink {
  const written: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })
  return { logger: pino({ level: 'warn' }, stream), lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) }
}

/**
 * The real Express app (without Next) on a free port, over the context's Payload, with parts of the
 * environment replaced (as another process with other settings would be) and its own logger.
 */
export async function startApp(ctx: TestContext, env: Partial<Env> = {}, logger: Logger = createLogger(ctx.env)): Promise<TestServer> {
  const readiness = { draining: false }
  const app = createApp({ payload: ctx.payload, env: { ...ctx.env, ...env }, logger, readiness })
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    readiness,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

async function toRes(res: Response): Promise<Res> {
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

/** A request as a client at `ip` would send it (the address counts when TRUST_PROXY trusts the sender). */
export async function post(server: TestServer, path: string, body: unknown, init: { ip?: string; headers?: Record<string, string> } = {}): Promise<Res> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers }
  if (init.ip) headers['x-forwarded-for'] = init.ip
  return toRes(await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) }))
}

export const signIn = (server: TestServer, email: string, password: string, ip?: string) =>
  post(server, `/api/${slugs.users}/login`, { email, password }, { ip })

export const forgotPassword = (server: TestServer, email: string, ip?: string) => post(server, `/api/${slugs.users}/forgot-password`, { email }, { ip })

export const graphql = (server: TestServer, query: string, options: { variables?: Record<string, unknown>; operationName?: string; ip?: string; token?: string } = {}) =>
  post(
    server,
    '/api/graphql',
    { query, variables: options.variables, operationName: options.operationName },
    { ip: options.ip, headers: options.token ? { authorization: `JWT ${options.token}` } : {} },
  )

/** The account's lock state as stored (Payload's `loginAttempts` and `lockUntil`), read from the database. */
export async function lockState(ctx: TestContext, email: string): Promise<{ loginAttempts: number; lockUntil: string | null }> {
  const user = await ctx.payload.db.findOne<{ id: number; loginAttempts?: number | null; lockUntil?: string | null }>({
    collection: slugs.users,
    where: { email: { equals: email } },
  })
  if (!user) throw new Error(`no user ${email}`)
  return { loginAttempts: Number(user.loginAttempts ?? 0), lockUntil: user.lockUntil ?? null }
}

let addressCounter = 0
/** A documentation address (RFC 5737) not used by any other test in the file. */
export const freshAddress = () => `203.0.113.${++addressCounter}`
