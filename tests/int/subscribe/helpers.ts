import type { Config } from 'payload'

import { locales, type Locale } from '../../../src/domain'
import type { Subscriber } from '../../../src/payload-types'
import { drainSubscriptionWork } from '../../../src/subscribers/public/background'
import { closeSubscriptions } from '../../../src/subscribers/shutdown'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../helpers/smtp'

export type Res = { status: number; headers: Headers; text: string; json: () => Record<string, unknown> }

export type Rig = { ctx: TestContext; server: TestServer; sink: SmtpSink; close(): Promise<void> }

/** Payload on a fresh database, the real app on a free port, a real SMTP server as SMTP_URL. */
export async function startRig(extraEnv: Record<string, string> = {}, overrides: Partial<Config> = {}): Promise<Rig> {
  const sink = await startSmtpSink()
  const ctx = await bootPayload({ SMTP_URL: sink.url, SUBSCRIBE_LIMIT_PER_IP_PER_HOUR: '1000', ...extraEnv }, overrides)
  const server = await startServer(ctx)
  return {
    ctx,
    server,
    sink,
    async close() {
      await server.close()
      await closeSubscriptions()
      await ctx.destroy()
      await sink.close()
    },
  }
}

async function toRes(res: Response): Promise<Res> {
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

export type FormFields = Record<string, string | string[]>

/** A form as a browser sends it: urlencoded, repeated names for checkboxes. */
export function formBody(fields: FormFields): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) params.append(name, v)
  return params.toString()
}

export async function postForm(server: TestServer, path: string, fields: FormFields, headers: Record<string, string> = {}): Promise<Res> {
  return toRes(
    await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: formBody(fields),
      redirect: 'manual',
    }),
  )
}

export async function postJson(server: TestServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Res> {
  return toRes(
    await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      redirect: 'manual',
    }),
  )
}

export async function get(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<Res> {
  return toRes(await fetch(`${server.url}${path}`, { headers, redirect: 'manual' }))
}

/** Wait for the sign-up work the server queued (it answers first, then acts). */
export const settled = () => drainSubscriptionWork()

export const mailsTo = (sink: SmtpSink, address: string): ReceivedMail[] => sink.messages.filter((m) => m.to.includes(address.toLowerCase()))

/** The links of a received message's HTML part, as paths on the test server (PUBLIC_URL is http://localhost:3999). */
export function linksIn(mail: ReceivedMail): string[] {
  const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : ''
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).filter((href) => href.startsWith('http://localhost:3999/'))
}

export const pathOf = (url: string): string => url.replace('http://localhost:3999', '')

export function linkTo(mail: ReceivedMail, path: string): string {
  const found = linksIn(mail).find((href) => href.startsWith(`http://localhost:3999${path}`))
  if (!found) throw new Error(`no link to ${path} in the message: ${linksIn(mail).join(', ')}`)
  return pathOf(found)
}

export const tokenOf = (path: string): string => new URL(path, 'http://x').searchParams.get('token') as string

export async function subscriberByEmail(ctx: TestContext, email: string): Promise<Subscriber | undefined> {
  const { docs } = await ctx.payload.find({ collection: slugs.subscribers, where: { email: { equals: email } }, depth: 0, overrideAccess: true })
  return docs[0] as Subscriber | undefined
}

export async function countSubscribers(ctx: TestContext): Promise<number> {
  return (await ctx.payload.count({ collection: slugs.subscribers, overrideAccess: true })).totalDocs
}

/** Topics named in the three languages; returns their ids. */
export async function createTopics(ctx: TestContext, topics: { slug: string; name: Record<Locale, string> }[]): Promise<number[]> {
  const ids: number[] = []
  for (const topic of topics) {
    const doc = await ctx.payload.create({ collection: slugs.topics, locale: 'vi', data: { name: topic.name.vi, slug: topic.slug } as never, overrideAccess: true })
    for (const locale of locales.filter((l) => l !== 'vi')) {
      await ctx.payload.update({ collection: slugs.topics, id: doc.id, locale, data: { name: topic.name[locale] } as never, overrideAccess: true })
    }
    ids.push(doc.id as number)
  }
  return ids
}

let counter = 0
export const uniqueEmail = (name: string) => `${name}-${++counter}-${Date.now().toString(36)}@press.example`
