import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { type DeliveryStatus, slugs } from '../../../src/domain'
import type { TestServer } from '../../helpers/boot'
import { authHeader, type TestUser } from '../../helpers/users'

export type Res = { status: number; headers: Headers; text: string; json: () => Record<string, unknown> }

async function asRes(res: Response): Promise<Res> {
  // Keep a byte-order mark if there is one (Response.text() drops it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

/** A request to the real server, signed in as `user` (or anonymous). */
export async function call(
  server: TestServer,
  path: string,
  init: { method?: string; user?: TestUser | null; json?: unknown; body?: BodyInit; contentType?: string; headers?: Record<string, string> } = {},
): Promise<Res> {
  const headers: Record<string, string> = { ...(init.user ? authHeader(init.user) : {}), ...init.headers }
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  if (init.contentType) headers['content-type'] = init.contentType
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  })
  return asRes(res)
}

export const consent = { consentSource: 'Danh sách phóng viên hội nghị 15/11/2026', consentTextVersion: 'v2026-11' }

/** `POST /api/subscribers/import` with the CSV as the raw body and the consent fields in the query. */
export function importCsv(server: TestServer, user: TestUser | null, csv: string, fields: Record<string, string> = consent): Promise<Res> {
  const query = new URLSearchParams(fields).toString()
  return call(server, `/api/${slugs.subscribers}/import?${query}`, { method: 'POST', user, body: csv, contentType: 'text/csv' })
}

/** The same import as a browser form sends it: multipart with a `file` field. */
export function importCsvForm(server: TestServer, user: TestUser | null, csv: string, fields: Record<string, string> = consent, headers: Record<string, string> = {}): Promise<Res> {
  const form = new FormData()
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'subscribers.csv')
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return call(server, `/api/${slugs.subscribers}/import`, { method: 'POST', user, body: form, headers })
}

export async function createTopic(payload: Payload, slug: string, name: string) {
  return payload.create({ collection: slugs.topics, data: { name, slug } as never, locale: 'vi' })
}

/** Every subscriber as stored, by email. */
export async function subscribersByEmail(payload: Payload) {
  const all = await payload.find({ collection: slugs.subscribers, pagination: false, depth: 0, sort: 'email' })
  return new Map(all.docs.map((d) => [d.email, d]))
}

export async function countOf(payload: Payload, collection: 'subscribers' | 'suppressions' | 'email-deliveries' | 'audit-log') {
  return (await payload.count({ collection })).totalDocs
}

export async function createSubscriber(payload: Payload, email: string, data: Record<string, unknown> = {}) {
  return payload.create({ collection: slugs.subscribers, data: { email, status: 'active', ...data } as never })
}

export async function createMailing(payload: Payload, data: { kind: 'release' | 'correction' | 'withdrawal'; itemCollection: string; itemId: string; audience?: string }) {
  return payload.create({
    collection: slugs.mailings,
    data: { key: `${data.kind}:${data.itemCollection}:${data.itemId}:${randomUUID()}`, audience: data.audience ?? 'all', status: 'sending', ...data } as never,
  })
}

export type DeliverySpec = { status: DeliveryStatus; smtpCode?: number; lastError?: string; attempts?: number; sentAt?: string }

/** One delivery row as the sending pipeline would have left it. */
export async function createDelivery(payload: Payload, mailingId: number | string, subscriber: { id: number | string; email: string }, spec: DeliverySpec) {
  return payload.create({
    collection: slugs.emailDeliveries,
    data: {
      mailing: mailingId,
      subscriber: subscriber.id,
      email: subscriber.email,
      language: 'vi',
      messageId: `<${randomUUID()}@newsroom.test>`,
      attempts: spec.attempts ?? (spec.status === 'queued' ? 0 : 1),
      ...spec,
    } as never,
  })
}
