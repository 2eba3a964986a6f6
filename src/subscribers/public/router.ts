import express, { Router, type Request, type RequestHandler, type Response } from 'express'
import type { Payload } from 'payload'
import type { Logger } from 'pino'

import type { Env } from '../../config/env'
import { loadSiteInfo } from '../../email/render'
import { fallbackOrder, textIn } from '../../lib/localized'
import type { Subscriber } from '../../payload-types'
import { errorBody, HttpError } from '../../server/errors'
import { clockOf } from '../../workflow/clock'
import { workQueue } from './background'
import { CONTENT_SECURITY_POLICY, pageContext, type FieldErrors, type PageContext } from './html'
import { parsePreferences, parseSignup, valuesFromBody, type FormValues, type Preferences } from './input'
import { pageLanguage } from './language'
import { addressBudget, signupRateLimit } from '../limits'
import { checkInboxPage, messagePage, preferencesPage, signUpLink, subscribePage, unsubscribeConfirmPage } from './pages'
import { resolveTopics, subscriberFromToken, topicChoices, type TopicChoice } from './records'
import { confirmSubscriber, processSignup, savePreferences, unsubscribeSubscriber, type StoredPreferences, type SubscriptionDeps } from './service'
import { signUpText, type FieldName } from './strings'
import { manageToken, type TokenFailure, type TokenPurpose } from '../tokens'

export type SubscriptionRouteDeps = { payload: Payload; env: Env; logger: Logger }

/**
 * The journalists' sign-up pages under /subscribe (server-rendered, vi/en/lo, no script):
 *
 *   GET  /subscribe                      the form
 *   POST /subscribe                      form (HTML) or JSON; 202 "check your inbox" for any valid address
 *   GET  /subscribe/confirm?token=       double opt-in
 *   GET  /subscribe/preferences?token=   preferences form; POST saves (token in the body)
 *   GET  /subscribe/unsubscribe?token=   asks; POST unsubscribes (the form, or RFC 8058 one-click)
 *
 * Mounted by createApp before Payload's routes; parses its own bodies.
 */
export function subscriptionRoutes({ payload, env, logger }: SubscriptionRouteDeps): Router {
  const deps: SubscriptionDeps = { payload, env, logger, budget: addressBudget({ env, logger }) }
  const work = workQueue(logger)
  const hours = env.email.confirmHours

  const context = async (req: Request, path: string, params: Record<string, string | undefined> = {}, subscriberLanguage?: unknown): Promise<PageContext> => {
    const lang = pageLanguage(req, subscriberLanguage)
    const site = await loadSiteInfo(payload, env.publicUrl)
    return pageContext(lang, textIn(site.organizationName, fallbackOrder(lang))?.text, path, params)
  }

  const sub = Router()
  sub.use(pageHeaders)
  sub.use(express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 500 }), express.json({ limit: '32kb' }))

  // ---- sign-up ----------------------------------------------------------------------------
  sub.get('/', async (req, res) => {
    const ctx = await context(req, '/subscribe')
    const values: FormValues = { language: ctx.lang, topics: [], contentTypes: [], frequency: 'immediately' }
    sendPage(res, 200, subscribePage(ctx, values, {}, await topicChoices(payload, ctx.lang)))
  })

  const refuseTooMany = async (req: Request, res: Response, retryAfterSeconds: number) => {
    const ctx = await context(req, '/subscribe')
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
    if (req.is('application/json')) res.status(429).json(errorBody(ctx.t.tooMany(minutes)))
    else sendPage(res, 429, messagePage(ctx, ctx.t.tooManyTitle, [ctx.t.tooMany(minutes)]))
  }

  sub.post(
    '/',
    signupRateLimit({ env, logger }, refuseTooMany),
    async (req, res) => {
      const json = Boolean(req.is('application/json'))
      if (!json && !req.is('application/x-www-form-urlencoded')) {
        throw new HttpError(415, 'Send the sign-up as application/x-www-form-urlencoded (a form) or application/json.')
      }
      const ctx = await context(req, '/subscribe')
      const topics = await topicChoices(payload, ctx.lang)
      const refuse = ({ errors, field }: { errors: FieldErrors; field: FieldName }) => {
        if (json) throw new HttpError(400, errors[field] as string, { field })
        sendPage(res, 400, subscribePage(ctx, valuesFromBody(req.body, ctx.lang), errors, topics))
      }
      const parsed = parseSignup(req.body, !json, ctx.lang, ctx.t)
      if (!parsed.ok) return refuse(parsed)
      const { email, honeypot, ...chosen } = parsed.value
      const preferences = withTopics(chosen, topics, ctx)
      if (!preferences.ok) return refuse(preferences)
      const request = { email, honeypot, preferences: preferences.value, ip: req.ip, source: json ? ('api' as const) : ('form' as const) }
      work.push('signup', async () => {
        const outcome = await processSignup(deps, request)
        logger.info({ outcome, source: request.source }, 'subscription request')
      })
      // The same answer for every valid address, before anything is looked up.
      if (json) res.status(202).json({ status: 'pending', message: ctx.t.checkInbox(hours) })
      else sendPage(res, 200, checkInboxPage(ctx, hours))
    },
  )

  // ---- links from emails ------------------------------------------------------------------
  /** The subscriber behind a link, or the page that says why there is none (400 invalid, 410 expired or revoked). */
  const fromToken = async (
    req: Request,
    res: Response,
    token: unknown,
    purpose: TokenPurpose,
    path: string,
    reply: (status: number, ctx: PageContext, title: string, text: string) => void = (status, ctx, title, text) =>
      sendPage(res, status, messagePage(ctx, title, [text], [signUpLink(ctx)])),
  ): Promise<Subscriber | undefined> => {
    const found = await subscriberFromToken(payload, env.payloadSecret, token, purpose, clockOf(payload).now())
    if (found.ok) return found.subscriber
    // The switcher keeps the token: the same answer, in another language.
    const ctx = await context(req, path, typeof token === 'string' ? { token } : {}, found.language)
    const [status, title, text] = failurePage(ctx, found.reason, hours)
    reply(status, ctx, title, text)
    return undefined
  }

  sub.get('/confirm', async (req, res) => {
    const subscriber = await fromToken(req, res, req.query.token, 'confirm', '/subscribe/confirm')
    if (!subscriber) return
    const confirmed = await confirmSubscriber(deps, subscriber)
    const ctx = await context(req, '/subscribe/confirm', { token: String(req.query.token) }, subscriber.language)
    if (!confirmed.ok) {
      const [status, title, text] = failurePage(ctx, 'revoked', hours)
      sendPage(res, status, messagePage(ctx, title, [text], [signUpLink(ctx)]))
      return
    }
    const preferences = `/subscribe/preferences?token=${encodeURIComponent(manageToken(env, confirmed.subscriber))}&lang=${ctx.lang}`
    sendPage(res, 200, messagePage(ctx, ctx.t.confirmedTitle, [ctx.t.confirmed], [{ href: preferences, text: ctx.t.preferencesLink }]))
  })

  const showPreferences = async (req: Request, res: Response, subscriber: Subscriber, token: string, status: number, errors: FieldErrors, values?: FormValues) => {
    const ctx = await context(req, '/subscribe/preferences', { token }, subscriber.language)
    const view = { token, email: subscriber.email, values: values ?? valuesOf(subscriber), unsubscribed: subscriber.status === 'unsubscribed', saved: status === 200 && req.method === 'POST' }
    sendPage(res, status, preferencesPage(ctx, view, errors, await topicChoices(payload, ctx.lang)))
  }

  sub.get('/preferences', async (req, res) => {
    const subscriber = await fromToken(req, res, req.query.token, 'manage', '/subscribe/preferences')
    if (subscriber) await showPreferences(req, res, subscriber, String(req.query.token), 200, {})
  })

  sub.post('/preferences', async (req, res) => {
    const token: unknown = (req.body as Record<string, unknown> | undefined)?.token
    const subscriber = await fromToken(req, res, token, 'manage', '/subscribe/preferences')
    if (!subscriber) return
    const lang = pageLanguage(req, subscriber.language)
    const t = signUpText.in(lang)
    const topics = await topicChoices(payload, lang)
    const parsed = parsePreferences(req.body, subscriber.language, t)
    const checked = parsed.ok ? withTopics(parsed.value, topics, { t }) : parsed
    if (!checked.ok) {
      await showPreferences(req, res, subscriber, String(token), 400, checked.errors, valuesFromBody(req.body, subscriber.language))
      return
    }
    const saved = await savePreferences(deps, subscriber, checked.value)
    await showPreferences(req, res, saved, String(token), 200, {})
  })

  sub.get('/unsubscribe', async (req, res) => {
    const token = req.query.token
    const subscriber = await fromToken(req, res, token, 'manage', '/subscribe/unsubscribe')
    if (!subscriber) return
    const ctx = await context(req, '/subscribe/unsubscribe', { token: String(token) }, subscriber.language)
    if (subscriber.status === 'unsubscribed') sendPage(res, 200, unsubscribedPage(ctx, subscriber))
    else sendPage(res, 200, unsubscribeConfirmPage(ctx, String(token), subscriber.email))
  })

  // RFC 8058 one-click: the mail provider POSTs `List-Unsubscribe=One-Click` (urlencoded or
  // multipart) to the URL of the List-Unsubscribe header, without cookies; it gets a short text.
  // Our own form sends `via=form` and gets a page. Either way: 200 here, never a redirect.
  sub.post('/unsubscribe', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>
    const viaForm = body.via === 'form'
    const token = req.query.token ?? body.token
    const replyText = (status: number, _ctx: PageContext, title: string, text: string) => res.status(status).type('text/plain; charset=utf-8').send(`${title}\n${text}\n`)
    const subscriber = await fromToken(req, res, token, 'manage', '/subscribe/unsubscribe', viaForm ? undefined : replyText)
    if (!subscriber) return
    const done = await unsubscribeSubscriber(deps, subscriber, viaForm ? 'form' : 'one-click')
    const ctx = await context(req, '/subscribe/unsubscribe', { token: String(token) }, subscriber.language)
    if (viaForm) sendPage(res, 200, unsubscribedPage(ctx, done))
    else res.status(200).type('text/plain; charset=utf-8').send(`${ctx.t.oneClickDone}\n`)
  })

  const router = Router()
  router.use('/subscribe', sub)
  return router
}

/** Every answer under /subscribe: never cached or indexed, no Referer (tokens are in the URLs), no script. */
const pageHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Robots-Tag': 'noindex, nofollow',
  })
  next()
}

const sendPage = (res: Response, status: number, html: string) => {
  res.status(status).type('html').send(html)
}

function failurePage(ctx: PageContext, reason: TokenFailure, hours: number): [number, string, string] {
  const { t } = ctx
  if (reason === 'expired') return [410, t.expiredTitle, t.expired(hours)]
  if (reason === 'revoked') return [410, t.revokedTitle, t.revoked]
  return [400, t.invalidTitle, t.invalid]
}

function unsubscribedPage(ctx: PageContext, subscriber: Subscriber): string {
  return messagePage(ctx, ctx.t.unsubscribedTitle, [ctx.t.unsubscribed(subscriber.email)], [signUpLink(ctx)])
}

type Checked = { ok: true; value: StoredPreferences } | { ok: false; errors: FieldErrors; field: 'topics' }

/** The chosen topics must exist: their ids as stored, or a `topics` error. */
function withTopics(preferences: Preferences, topics: TopicChoice[], { t }: Pick<PageContext, 't'>): Checked {
  const ids = resolveTopics(preferences.topics, topics)
  if (!ids) return { ok: false, errors: { topics: t.errors.topics }, field: 'topics' }
  return { ok: true, value: { ...preferences, topics: ids } }
}

/** A subscriber's record as form values. */
function valuesOf(subscriber: Subscriber): FormValues {
  return {
    name: subscriber.name ?? undefined,
    outlet: subscriber.outlet ?? undefined,
    country: subscriber.country ?? undefined,
    language: subscriber.language,
    topics: (subscriber.topics ?? []).map((t) => String(typeof t === 'object' ? t.id : t)),
    contentTypes: subscriber.contentTypes ?? [],
    frequency: subscriber.frequency,
  }
}
