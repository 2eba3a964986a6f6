import type { AddressInfo } from 'node:net'

import pino from 'pino'
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'

import { MailError } from '../../../src/email/errors'
import { dotStuff, SmtpConnection, type SmtpOptions } from '../../../src/email/smtp/connection'
import { createSmtpPool } from '../../../src/email/smtp/pool'

/**
 * The bulk SMTP client (src/email/smtp/) against real smtp-server instances: what arrives, TLS,
 * authentication, refusals, connection reuse, and the held end-of-data mark.
 */
type Received = { raw: string; to: string[]; secure: boolean; user?: string; session?: string }
type Server = { port: number; received: Received[]; sessions: string[]; connections: () => number; close: () => Promise<void> }

async function startServer(options: Partial<SMTPServerOptions> = {}): Promise<Server> {
  const received: Received[] = []
  const sessions: string[] = []
  let connections = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH'],
    logger: false,
    disableReverseLookup: true,
    onConnect(_session, callback) {
      connections += 1
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        received.push({ raw: Buffer.concat(chunks).toString('utf8'), to: session.envelope.rcptTo.map((r) => r.address), secure: session.secure, user: session.user as string | undefined })
        sessions.push(session.id)
        callback()
      })
    },
    ...options,
  })
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    sessions,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const servers: Server[] = []
const connections: SmtpConnection[] = []
afterEach(async () => {
  for (const c of connections.splice(0)) c.close()
  for (const s of servers.splice(0)) await s.close()
})

async function serve(options: Partial<SMTPServerOptions> = {}): Promise<Server> {
  const s = await startServer(options)
  servers.push(s)
  return s
}

const optionsFor = (server: Server, extra: Partial<SmtpOptions> = {}): SmtpOptions => ({
  host: '127.0.0.1',
  port: server.port,
  secure: false,
  ignoreTLS: true,
  requireTLS: false,
  name: 'newsroom.test',
  connectionTimeoutMs: 5_000,
  socketTimeoutMs: 10_000,
  ...extra,
})

async function open(server: Server, extra: Partial<SmtpOptions> = {}): Promise<SmtpConnection> {
  const c = await SmtpConnection.open(optionsFor(server, extra))
  connections.push(c)
  return c
}

const MESSAGE = ['From: <releases@quangtri.gov.vn>', 'To: <a@example.org>', 'Subject: test', '', 'First line', '.a line that starts with a dot', '.', 'Last line', ''].join('\r\n')
const envelope = (to = 'a@example.org') => ({ from: 'releases@quangtri.gov.vn', to: [to] })
const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10))
}

describe('the bulk SMTP client', () => {
  test('delivers a message byte for byte, lines starting with a dot included, with and without PIPELINING', async () => {
    for (const hidePIPELINING of [false, true]) {
      const server = await serve({ hidePIPELINING } as Partial<SMTPServerOptions>)
      const c = await open(server)
      const answer = await c.send(envelope(), dotStuff(Buffer.from(MESSAGE)))
      expect(answer.accepted).toEqual(['a@example.org'])
      expect(answer.response).toMatch(/^250 /)
      expect(server.received).toEqual([{ raw: MESSAGE, to: ['a@example.org'], secure: false, user: undefined }])
    }
  })

  test('upgrades with STARTTLS when the server offers it, and connects with implicit TLS', async () => {
    const starttls = await serve({ secure: false })
    await (await open(starttls, { ignoreTLS: false, tls: { rejectUnauthorized: false } })).send(envelope(), dotStuff(Buffer.from(MESSAGE)))
    expect(starttls.received.map((r) => r.secure)).toEqual([true])
    const implicit = await serve({ secure: true })
    await (await open(implicit, { secure: true, tls: { rejectUnauthorized: false } })).send(envelope(), dotStuff(Buffer.from(MESSAGE)))
    expect(implicit.received.map((r) => r.secure)).toEqual([true])
  })

  test('refuses to send in clear text when TLS is required and the server offers no STARTTLS', async () => {
    const server = await serve({ hideSTARTTLS: true })
    const error = await SmtpConnection.open(optionsFor(server, { ignoreTLS: false, requireTLS: true })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MailError)
    expect((error as MailError).message).toBe('the server does not offer STARTTLS and SMTP_URL requires TLS')
    expect(server.received).toEqual([])
  })

  test('authenticates with AUTH PLAIN, or AUTH LOGIN where only that is offered; a wrong password is a temporary error that names the reply', async () => {
    const server = await serve({
      disabledCommands: [],
      allowInsecureAuth: true,
      authOptional: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'newsroom' && auth.password === 'right') callback(null, { user: 'newsroom' })
        else callback(new Error('Invalid username or password'))
      },
    })
    await (await open(server, { auth: { user: 'newsroom', pass: 'right' } })).send(envelope(), dotStuff(Buffer.from(MESSAGE)))
    expect(server.received.map((r) => r.user)).toEqual(['newsroom'])
    const error = (await SmtpConnection.open(optionsFor(server, { auth: { user: 'newsroom', pass: 'wrong' } })).catch((e: unknown) => e)) as MailError
    expect(error).toBeInstanceOf(MailError)
    expect(error.temporary).toBe(true)
    expect(error.message).toBe('AUTH PLAIN: 535 Invalid username or password')
    const loginOnly = await serve({
      disabledCommands: [],
      allowInsecureAuth: true,
      authOptional: false,
      authMethods: ['LOGIN'],
      onAuth(auth, _session, callback) {
        callback(auth.method === 'LOGIN' && auth.password === 'right' ? null : new Error('Invalid username or password'), { user: `${auth.username} by ${auth.method}` })
      },
    })
    await (await open(loginOnly, { auth: { user: 'newsroom', pass: 'right' } })).send(envelope(), dotStuff(Buffer.from(MESSAGE)))
    expect(loginOnly.received.map((r) => r.user)).toEqual(['newsroom by LOGIN'])
  })

  test('a 550 for the recipient is permanent, a 451 temporary, and the connection goes on after RSET', async () => {
    const server = await serve({
      onRcptTo(address, _session, callback) {
        const code = address.address.startsWith('gone') ? 550 : address.address.startsWith('later') ? 451 : 0
        if (!code) return callback()
        callback(Object.assign(new Error(code === 550 ? 'No such user' : 'Try again later'), { responseCode: code }))
      },
    })
    const c = await open(server)
    const gone = (await c.send(envelope('gone@example.org'), dotStuff(Buffer.from(MESSAGE))).catch((e: unknown) => e)) as MailError
    expect([gone.temporary, gone.responseCode, gone.message]).toEqual([false, 550, 'RCPT TO: 550 No such user'])
    const later = (await c.send(envelope('later@example.org'), dotStuff(Buffer.from(MESSAGE))).catch((e: unknown) => e)) as MailError
    expect([later.temporary, later.responseCode]).toEqual([true, 451])
    await c.send(envelope('a@example.org'), dotStuff(Buffer.from(MESSAGE)))
    expect(server.received.map((r) => r.to)).toEqual([['a@example.org']])
    expect(server.connections()).toBe(1)
  })

  test('holds the end-of-data mark until released: nothing arrives before, the message arrives after', async () => {
    const server = await serve()
    const c = await open(server)
    let release: (() => void) | undefined
    let arrivedBeforeRelease = -1
    const sent = c.send(envelope(), dotStuff(Buffer.from(MESSAGE)), async (r) => {
      release = r
      await new Promise((resolve) => setTimeout(resolve, 300))
      arrivedBeforeRelease = server.received.length
      r()
    })
    await sent
    expect(typeof release).toBe('function')
    expect(arrivedBeforeRelease).toBe(0)
    expect(server.received.map((r) => r.raw)).toEqual([MESSAGE])
  })

  test('a hold that fails before releasing abandons the message: the server never completes it', async () => {
    const server = await serve()
    const c = await open(server)
    const error = await c.send(envelope(), dotStuff(Buffer.from(MESSAGE)), async () => {
      throw new Error('lease lost')
    }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('lease lost')
    expect(c.usable).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(server.received).toEqual([])
  })
})

describe('the bulk SMTP pool', () => {
  const logger = pino({ level: 'silent' })

  test('shares its connections, replaces each after SMTP_MAX_MESSAGES_PER_CONNECTION, and sends every message once', async () => {
    const server = await serve()
    const pool = createSmtpPool({ smtp: optionsFor(server), connections: 2, maxMessages: 3, ratePerSecond: 0, logger })
    try {
      const to = Array.from({ length: 12 }, (_, i) => `reader${i}@example.org`)
      await Promise.all(to.map((t) => pool.send(envelope(t), dotStuff(Buffer.from(MESSAGE)))))
      expect(server.received.map((r) => r.to[0]).sort()).toEqual([...to].sort())
      // At most 3 messages per connection, on 2 at a time: 4 connections or more, each used.
      const perConnection = [...new Set(server.sessions)].map((id) => server.sessions.filter((s) => s === id).length)
      expect(Math.max(...perConnection)).toBe(3)
      expect(perConnection.reduce((a, b) => a + b, 0)).toBe(12)
      expect(server.connections()).toBe(perConnection.length)
      expect(perConnection.length).toBeGreaterThanOrEqual(4)
    } finally {
      pool.close()
    }
  })

  test('a connection that breaks is replaced; an abandoned message is not delivered, the next one is', async () => {
    const server = await serve()
    const pool = createSmtpPool({ smtp: optionsFor(server), connections: 1, maxMessages: 100, ratePerSecond: 0, logger })
    try {
      const abandoned = await pool
        .send(envelope('first@example.org'), dotStuff(Buffer.from(MESSAGE)), async () => {
          throw new Error('refused')
        })
        .catch((e: unknown) => e)
      expect((abandoned as Error).message).toBe('refused')
      await pool.send(envelope('second@example.org'), dotStuff(Buffer.from(MESSAGE)))
      await waitFor(() => server.received.length >= 1)
      expect(server.received.map((r) => r.to)).toEqual([['second@example.org']])
      expect(server.connections()).toBe(2)
    } finally {
      pool.close()
    }
  })

  test('a closed pool refuses new messages with a temporary error', async () => {
    const server = await serve()
    const pool = createSmtpPool({ smtp: optionsFor(server), connections: 1, maxMessages: 100, ratePerSecond: 0, logger })
    pool.close()
    const error = (await pool.send(envelope(), dotStuff(Buffer.from(MESSAGE))).catch((e: unknown) => e)) as MailError
    expect([error.temporary, error.message]).toEqual([true, 'the mail transport is closed'])
  })
})

describe('dot-stuffing (RFC 5321 §4.5.2)', () => {
  test('doubles a leading dot on every line and ends the text with CRLF', () => {
    expect(dotStuff(Buffer.from('.first\r\nmiddle\r\n.\r\n..two\r\nlast')).toString()).toBe('..first\r\nmiddle\r\n..\r\n...two\r\nlast\r\n')
    expect(dotStuff(Buffer.from('plain\r\n')).toString()).toBe('plain\r\n')
  })
})
