import type { Logger } from 'pino'

import { MailError } from '../errors'
import { SmtpConnection, type SmtpOptions } from './connection'

/**
 * A fixed number of SMTP connections shared by the bulk sender. A message waits for a free
 * connection; a connection is opened when first needed, replaced after `maxMessages` messages or
 * when it breaks, and a refused transaction (4xx/5xx) is reset with RSET so the connection stays.
 * At most `ratePerSecond` messages start in any second (0: no limit). A message may be given as a
 * function that makes it, called only when a connection takes it.
 */
/** The DATA payload (dot-stuffed), or how to make it: made when a connection takes the message. */
export type MessageData = Buffer | (() => Promise<Buffer>)

export type SmtpPool = {
  send(envelope: { from: string; to: string[] }, data: MessageData, hold?: (release: () => void) => Promise<void>): Promise<{ response: string; accepted: string[] }>
  close(): void
}

type Task = {
  envelope: { from: string; to: string[] }
  data: MessageData
  hold?: (release: () => void) => Promise<void>
  resolve: (value: { response: string; accepted: string[] }) => void
  reject: (error: unknown) => void
}
type Slot = { conn: SmtpConnection | null; messages: number; busy: boolean }

export function createSmtpPool(o: { smtp: SmtpOptions; connections: number; maxMessages: number; ratePerSecond: number; logger: Logger }): SmtpPool {
  const slots: Slot[] = Array.from({ length: o.connections }, () => ({ conn: null, messages: 0, busy: false }))
  const queue: Task[] = []
  const started: number[] = []
  let closed = false
  let rateTimer: NodeJS.Timeout | null = null

  /** Milliseconds until another message may start (0: now). */
  const rateWait = (): number => {
    if (o.ratePerSecond <= 0) return 0
    const now = Date.now()
    while (started.length > 0 && started[0] <= now - 1000) started.shift()
    return started.length < o.ratePerSecond ? 0 : started[0] + 1000 - now
  }

  const pump = (): void => {
    for (const slot of slots) {
      if (closed || queue.length === 0) return
      if (slot.busy) continue
      const wait = rateWait()
      if (wait > 0) {
        rateTimer ??= setTimeout(() => {
          rateTimer = null
          pump()
        }, wait)
        return
      }
      if (o.ratePerSecond > 0) started.push(Date.now())
      void run(slot, queue.shift() as Task)
    }
  }

  const run = async (slot: Slot, task: Task): Promise<void> => {
    slot.busy = true
    try {
      if (!slot.conn || !slot.conn.usable || slot.messages >= o.maxMessages) {
        slot.conn?.close()
        slot.conn = null
        slot.conn = await SmtpConnection.open(o.smtp)
        slot.messages = 0
      }
      slot.messages += 1
      // Messages waiting for a connection are not built yet: only those being sent are in memory.
      const data = typeof task.data === 'function' ? await task.data() : task.data
      task.resolve(await slot.conn.send(task.envelope, data, task.hold))
    } catch (error) {
      if (slot.conn && !slot.conn.usable) slot.conn = null
      if (error instanceof MailError && error.responseCode === undefined) o.logger.debug({ err: error }, 'SMTP connection trouble')
      task.reject(error)
    } finally {
      slot.busy = false
      pump()
    }
  }

  return {
    send(envelope, data, hold) {
      if (closed) return Promise.reject(new MailError('the mail transport is closed', true, undefined))
      return new Promise((resolve, reject) => {
        queue.push({ envelope, data, hold, resolve, reject })
        pump()
      })
    },
    close() {
      closed = true
      if (rateTimer) clearTimeout(rateTimer)
      for (const task of queue.splice(0)) task.reject(new MailError('the mail transport closed before this message was sent', true, undefined))
      for (const slot of slots) {
        slot.conn?.close()
        slot.conn = null
      }
    },
  }
}
