import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import type { Logger } from 'pino'

import { slugs, type ContentCollectionSlug, type Locale } from '../../domain'
import type { Env } from '../../config/env'
import { fallbackOrder } from '../../lib/localized'
import type { Mailing, Subscriber } from '../../payload-types'
import { subscriberLinks } from '../../subscribers/tokens'
import { itemUrl } from '../../site/urls'
import { clockOf } from '../../workflow/clock'
import { emailHashOf } from '../addresses'
import type { SenderIdentity } from '../identity'
import { loadSiteInfo, RecordWithoutEmail, renderDigestEmail, renderReleaseEmail, type EmailItem, type EmailLinks, type RenderedEmail, type SiteInfo } from '../render'
import { HandOverRefused, MailError, type Mailer } from '../transport'
import { suppressedAmong } from './fanout'
import { mimeTemplate, type MimeTemplate } from './mime'
import { handOvers, type HandOvers } from './handOver'
import { loadEmailItems } from './items'
import { journalFolder } from './journal'
import { claimDeliveries, confirmSent, recordOutcome, type ClaimedDelivery } from './store'

/**
 * The sender: claims due deliveries in batches under a lease, renders each message once per
 * (mailing, language, accreditation) with placeholder links, puts each subscriber's own links in,
 * and sends through the pooled mailer with the hand-over gate (transport.ts `gatedStream`): the
 * delivery is recorded `sent` just before the message's end-of-data mark goes out.
 *
 *   accepted (250)          → sent (confirmed in one statement per batch)
 *   refused for good (5xx)  → bounced; the address is suppressed and the subscriber marked bounced
 *   refused for now (4xx, connection trouble) → queued again after 1, 2, 4 … × EMAIL_RETRY_BASE_SECONDS
 *                             (at most an hour apart), until EMAIL_GIVE_UP_HOURS → failed
 *   subscriber gone, unsubscribed or suppressed, or the item withdrawn → canceled, nothing sent
 */
export type SenderDeps = {
  payload: Payload
  env: Env
  mailer: Mailer
  logger: Logger
}

export type SendReport = { claimed: number; sent: number; bounced: number; retried: number; failed: number; canceled: number }

const PLACEHOLDER: EmailLinks = {
  unsubscribeUrl: 'https://links.newsroom.invalid/unsubscribe',
  unsubscribeMailto: 'mailto:unsubscribe@links.newsroom.invalid',
  preferencesUrl: 'https://links.newsroom.invalid/preferences',
}

/**
 * "Read online": the item's page on the public website (src/site/urls.ts) in the language the
 * message shows it in (the subscriber's when the item is released in it, else the next in
 * fallback order), so the link never lands on a "not in your language" page.
 */
function readOnlineUrl(publicUrl: string, item: EmailItem, language: Locale): string {
  const slug = Object.fromEntries(item.languages.map((l) => [l, item.byLanguage[l]?.slug]))
  return itemUrl(publicUrl, item.collection, { slug }, fallbackOrder(language, item.languages)[0] ?? language)
}

const templates = new WeakMap<RenderedEmail, MimeTemplate>()

/** The MIME template of a rendered message (made once, shared by its recipients). */
function templateOf(rendered: RenderedEmail, from: SenderIdentity, env: Env): MimeTemplate {
  let template = templates.get(rendered)
  if (!template) {
    template = mimeTemplate(rendered, PLACEHOLDER, { from, listId: `releases.${new URL(env.publicUrl).hostname}` })
    templates.set(rendered, template)
  }
  return template
}

export const backoffMs = (attempts: number, baseMs: number) => Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000)

/**
 * An item as email reads it: from the read model's records (every released language), re-read for
 * each sending run; null when it has none (never released, or deleted); the error when a record
 * cannot be mailed yet (written before records carried email's fields), which fails each of its
 * messages so it is retried.
 */
type Loaded = EmailItem | null | Error

/**
 * What the batches of one sending run share, for a few seconds: items (from the read model) and their
 * rendered messages, and the site's details. Refreshed every SHARED_TTL_MS so that a withdrawal or
 * an edit of the site settings is seen within seconds, even in a long run.
 */
const SHARED_TTL_MS = 5_000
class SharedContext {
  items = new Map<string, Loaded>()
  rendered = new Map<string, RenderedEmail>()
  site: SiteInfo | undefined
  /** Items whose records cannot be mailed yet, already logged. */
  warned = new Set<string>()
  private loadedAt = 0
  fresh(): this {
    if (Date.now() - this.loadedAt > SHARED_TTL_MS) {
      this.items = new Map()
      this.rendered = new Map()
      this.site = undefined
      this.loadedAt = Date.now()
    }
    return this
  }
}

/** What one batch needs, read once: mailings, items, subscribers, suppressions, site. */
class BatchContext {
  readonly mailings = new Map<string, Mailing>()
  readonly items: Map<string, Loaded>
  readonly subscribers = new Map<string, Pick<Subscriber, 'id' | 'status' | 'tokenVersion' | 'accredited'>>()
  suppressed = new Set<string>()
  readonly rendered: Map<string, RenderedEmail>
  site: SiteInfo | undefined
  constructor(
    private readonly payload: Payload,
    private readonly shared: SharedContext,
  ) {
    this.items = shared.items
    this.rendered = shared.rendered
    this.site = shared.site
  }

  async load(batch: ClaimedDelivery[], env: Env): Promise<void> {
    const { payload } = this
    const mailingIds = [...new Set(batch.map((d) => String(d.mailing)))]
    const mailings = await payload.find({ collection: slugs.mailings, where: { id: { in: mailingIds } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    for (const m of mailings.docs) this.mailings.set(String(m.id), m)
    const refs = new Set<string>()
    for (const m of this.mailings.values()) if (m.itemCollection && m.itemId) refs.add(`${m.itemCollection}:${m.itemId}`)
    for (const d of batch) if (Array.isArray(d.items)) for (const i of d.items as { collection: string; id: unknown }[]) refs.add(`${i.collection}:${String(i.id)}`)
    await this.loadItems([...refs])
    // An erased subscriber leaves deliveries without one (they are canceled below).
    const subscriberIds = [...new Set(batch.filter((d) => d.subscriber !== null && d.subscriber !== undefined).map((d) => String(d.subscriber)))]
    const subs = await payload.find({
      collection: slugs.subscribers,
      where: { id: { in: subscriberIds } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      select: { email: true, status: true, tokenVersion: true, accredited: true },
    })
    for (const s of subs.docs) this.subscribers.set(String(s.id), s)
    this.suppressed = await suppressedAmong(
      payload,
      batch.map((d) => d.email),
    )
    this.site ??= await loadSiteInfo(payload, env.publicUrl)
    this.shared.site = this.site
  }

  private async loadItems(refs: string[]) {
    const byCollection = new Map<string, string[]>()
    for (const ref of refs) {
      const [collection, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)]
      if (this.items.has(ref)) continue
      byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
    }
    for (const [collection, ids] of byCollection) {
      for (const [id, item] of await loadEmailItems(this.payload, collection as ContentCollectionSlug, ids)) this.items.set(`${collection}:${id}`, item)
    }
  }

  /** The item, or null when it is not in the read model; throws when it cannot be mailed yet. */
  item(collection: string | null | undefined, id: string | null | undefined): EmailItem | null {
    const loaded = (collection && id ? this.items.get(`${collection}:${id}`) : null) ?? null
    if (loaded instanceof Error) throw loaded
    return loaded
  }
}

type Verdict = { send: RenderedEmail; references?: string } | { skip: string } | { later: Date }

/** What to do with one delivery: the message to send, or why not (now). */
function decide(ctx: BatchContext, d: ClaimedDelivery, env: Env, now: Date): Verdict {
  const subscriber = ctx.subscribers.get(String(d.subscriber))
  if (!subscriber || subscriber.status !== 'active') return { skip: 'subscriber is no longer active' }
  if (ctx.suppressed.has(d.email)) return { skip: 'address is on the suppression list' }
  const mailing = ctx.mailings.get(String(d.mailing))
  if (!mailing) return { skip: 'mailing no longer exists' }
  const site = ctx.site as SiteInfo
  const language = d.language
  if (mailing.kind === 'digest') {
    const refs = Array.isArray(d.items) ? (d.items as { collection: ContentCollectionSlug; id: string | number }[]) : []
    const items = refs
      .map((r) => ctx.item(r.collection, String(r.id)))
      .filter((item): item is EmailItem => item !== null && !item.withdrawn && item.audience === 'public')
      .map((item) => ({ item, url: readOnlineUrl(env.publicUrl, item, language) }))
    if (items.length === 0) return { skip: 'every item of the digest was withdrawn' }
    const periodEnd = new Date(mailing.periodEnd ?? now)
    const periodStart = new Date(periodEnd.getTime() - (mailing.frequency === 'weekly' ? 7 : 1) * 86_400_000)
    // Digests differ per subscriber (their own items): rendered each time.
    return { send: renderDigestEmail({ frequency: mailing.frequency ?? 'daily', items, language, periodStart, periodEnd, links: PLACEHOLDER, site, publicUrl: env.publicUrl }) }
  }
  const item = ctx.item(mailing.itemCollection, mailing.itemId)
  if (!item) return { skip: 'item is no longer published' }
  // A restricted brief goes to accredited journalists only: accredited when it was fanned out and still now.
  if (item.audience === 'restricted' ? !(d.accredited && subscriber.accredited) : item.audience !== 'public') return { skip: 'item is not public' }
  if (mailing.kind !== 'withdrawal' && item.withdrawn) return { skip: 'item was withdrawn before this message went out' }
  const embargoUntil = item.embargoUntil
  const embargoAhead = embargoUntil !== null && embargoUntil.getTime() > now.getTime()
  if (embargoAhead && !d.accredited && mailing.kind !== 'withdrawal') return { later: embargoUntil }
  const key = `${mailing.id}:${language}:${embargoAhead ? 'embargoed' : 'open'}`
  let rendered = ctx.rendered.get(key)
  if (rendered === undefined) {
    rendered = renderReleaseEmail({
      kind: mailing.kind as 'release' | 'correction' | 'withdrawal',
      item,
      language,
      embargoUntil: embargoAhead ? embargoUntil : null,
      note: mailing.note ?? null,
      // A restricted brief has no public page to read online (it answers 404).
      links: { ...PLACEHOLDER, itemUrl: item.audience === 'restricted' ? undefined : readOnlineUrl(env.publicUrl, item, language) },
      site,
      publicUrl: env.publicUrl,
    })
    ctx.rendered.set(key, rendered)
  }
  return { send: rendered }
}

/**
 * Send what is due, batch after batch, until nothing is due. `owner` names this process in leases.
 */
export async function sendDue(deps: SenderDeps, options: { owner?: string; maxBatches?: number; signal?: AbortSignal } = {}): Promise<SendReport> {
  const report: SendReport = { claimed: 0, sent: 0, bounced: 0, retried: 0, failed: 0, canceled: 0 }
  const owner = options.owner ?? `${process.pid}`
  const shared = new SharedContext()
  const gates = handOvers(deps.payload, { leaseMs: deps.env.email.leaseSeconds * 1000, logger: deps.logger, journalFolder: journalFolder(deps.env.email.journalDir, deps.env.databaseUri) })
  let batches = 0
  // Two batches in flight: while one drains its last messages, the next keeps the SMTP pool busy.
  const loop = async () => {
    while (batches < (options.maxBatches ?? Number.POSITIVE_INFINITY)) {
      if (options.signal?.aborted) return
      batches += 1
      if (!(await claimAndSend(deps, owner, shared.fresh(), gates, report))) return
    }
  }
  try {
    await Promise.all([loop(), loop()])
  } finally {
    await gates.close()
  }
  return report
}

/** Claim one batch and send it; false when nothing was due. */
async function claimAndSend(deps: SenderDeps, owner: string, shared: SharedContext, gates: HandOvers, report: SendReport): Promise<boolean> {
  await gates.beforeClaim()
  const now = clockOf(deps.payload).now()
  const token = `${owner}:${randomUUID()}`
  const leaseUntil = new Date(now.getTime() + deps.env.email.leaseSeconds * 1000)
  const batch = await claimDeliveries(deps.payload, { owner: token, now, leaseUntil, limit: deps.env.email.batchSize })
  if (batch.length === 0) return false
  report.claimed += batch.length
  await sendBatch(deps, batch, { token, leaseUntil }, shared, gates, report)
  return true
}

async function sendBatch(deps: SenderDeps, batch: ClaimedDelivery[], claim: { token: string; leaseUntil: Date }, shared: SharedContext, gates: HandOvers, report: SendReport): Promise<void> {
  const { payload, env } = deps
  const { token } = claim
  const ctx = new BatchContext(payload, shared)
  await ctx.load(batch, env)
  const confirmed: (number | string)[] = []
  const from = deps.mailer.sender
  await Promise.all(
    batch.map(async (d) => {
      const now = clockOf(payload).now()
      let verdict: Verdict
      try {
        verdict = decide(ctx, d, env, now)
      } catch (error) {
        if (!(error instanceof RecordWithoutEmail)) deps.logger.error({ err: error, delivery: d.id }, 'could not render an email; will retry')
        // Every delivery of such an item fails alike until its record is refilled: said once per run, not per subscriber.
        else if (!shared.warned.has(error.message)) {
          shared.warned.add(error.message)
          deps.logger.warn(`${error.message}; its mail waits`)
        }
        await recordOutcome(payload, d.id, token, { status: 'queued', lastError: `render failed: ${(error as Error).message}`, nextAttemptAt: new Date(now.getTime() + backoffMs(d.attempts, env.email.retryBaseSeconds * 1000)) }, now)
        report.retried += 1
        return
      }
      if ('skip' in verdict) {
        await recordOutcome(payload, d.id, token, { status: 'canceled', lastError: verdict.skip }, now)
        report.canceled += 1
        return
      }
      if ('later' in verdict) {
        await recordOutcome(payload, d.id, token, { status: 'queued', nextAttemptAt: verdict.later }, now)
        return
      }
      const subscriber = ctx.subscribers.get(String(d.subscriber)) as Pick<Subscriber, 'id' | 'tokenVersion'>
      const links = subscriberLinks(env, { id: subscriber.id, tokenVersion: subscriber.tokenVersion })
      const template = templateOf(verdict.send, from, env)
      const raw = () => template(d.email, d.messageId, clockOf(payload).now(), links)
      try {
        await deps.mailer.sendRaw({ from: from.address, to: [d.email] }, raw, async (release) => {
          if (!(await gates.request({ id: d.id, owner: token, leaseUntil: claim.leaseUntil }, release))) throw new HandOverRefused('lease lost or about to be')
        })
        confirmed.push(d.id)
        report.sent += 1
      } catch (error) {
        await settleFailure(deps, d, token, error, report)
      }
    }),
  )
  await confirmSent(payload, confirmed, token, clockOf(payload).now())
}

async function settleFailure(deps: SenderDeps, d: ClaimedDelivery, token: string, error: unknown, report: SendReport): Promise<void> {
  const { payload, env } = deps
  const now = clockOf(payload).now()
  if (error instanceof HandOverRefused || (error as { cause?: unknown }).cause instanceof HandOverRefused) {
    deps.logger.warn({ delivery: d.id }, 'lease lost before hand-over: message abandoned, another worker takes it')
    return
  }
  const mailError = error instanceof MailError ? error : new MailError(String((error as Error).message ?? error), true, undefined)
  if (!mailError.temporary) {
    await recordOutcome(payload, d.id, token, { status: 'bounced', smtpCode: mailError.responseCode ?? null, lastError: mailError.message }, now)
    await markBounced(payload, d, mailError)
    report.bounced += 1
    return
  }
  const created = await payload.findByID({ collection: slugs.emailDeliveries, id: d.id, depth: 0, overrideAccess: true, select: { createdAt: true } })
  const age = now.getTime() - new Date((created as { createdAt: string }).createdAt).getTime()
  if (age > env.email.giveUpHours * 3_600_000) {
    await recordOutcome(payload, d.id, token, { status: 'failed', smtpCode: mailError.responseCode ?? null, lastError: mailError.message }, now)
    report.failed += 1
    return
  }
  const next = new Date(now.getTime() + backoffMs(d.attempts, env.email.retryBaseSeconds * 1000))
  await recordOutcome(payload, d.id, token, { status: 'queued', smtpCode: mailError.responseCode ?? null, lastError: mailError.message, nextAttemptAt: next }, now)
  report.retried += 1
}

/** A permanent refusal: the subscriber is marked bounced and the address suppressed. */
async function markBounced(payload: Payload, d: ClaimedDelivery, error: MailError): Promise<void> {
  const reason = `${error.responseCode ?? ''} ${error.message}`.trim().slice(0, 300)
  if (d.subscriber !== null) await payload.update({ collection: slugs.subscribers, id: d.subscriber, data: { status: 'bounced', statusReason: reason }, overrideAccess: true })
  const hash = emailHashOf(d.email)
  const exists = await payload.count({ collection: slugs.suppressions, where: { emailHash: { equals: hash } }, overrideAccess: true })
  if (exists.totalDocs === 0) {
    try {
      await payload.create({ collection: slugs.suppressions, data: { email: d.email, emailHash: hash, reason: 'bounced', detail: reason }, overrideAccess: true })
    } catch (err) {
      // A concurrent bounce of the same address suppressed it first.
      if ((await payload.count({ collection: slugs.suppressions, where: { emailHash: { equals: hash } }, overrideAccess: true })).totalDocs === 0) throw err
    }
  }
}

