import { loadEnv } from '../../../src/config/env'
import { signUpText } from '../../../src/subscribers/public/strings'
import { confirmToken, manageToken, signToken, subscriberLinks, verifyToken } from '../../../src/subscribers/tokens'
import { manualClock } from '../../../src/workflow/clock'
import { TEST_SECRET } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createTopics, get, linkTo, mailsTo, postForm, postJson, settled, startRig, subscriberByEmail, tokenOf, uniqueEmail, type Rig } from './helpers'

const HOUR = 3_600_000
const clock = manualClock(new Date('2026-12-01T08:00:00.000Z'))
let rig: Rig
let topicIds: number[]

beforeAll(async () => {
  rig = await startRig({ SUBSCRIBE_CONFIRM_HOURS: '24' }, { custom: { clock } })
  topicIds = await createTopics(rig.ctx, [
    { slug: 'kinh-te', name: { vi: 'Kinh tế', en: 'Economy', lo: 'ເສດຖະກິດ' } },
    { slug: 'van-hoa', name: { vi: 'Văn hóa', en: 'Culture', lo: 'ວັດທະນະທຳ' } },
  ])
})
afterAll(async () => {
  await rig?.close()
})
beforeEach(() => clock.set(new Date('2026-12-01T08:00:00.000Z')))

/** Sign up by JSON and return the confirmation link's path. */
async function signUp(email: string, language = 'vi'): Promise<string> {
  const res = await postJson(rig.server, '/subscribe', { email, language, consent: true })
  expect(res.status).toBe(202)
  await settled()
  const mails = mailsTo(rig.sink, email)
  return linkTo(mails[mails.length - 1], '/subscribe/confirm?token=')
}

/** An active subscriber and their manage links (as the sending pipeline would print them). */
async function activeSubscriber(language = 'en') {
  const email = uniqueEmail('active')
  expect((await get(rig.server, await signUp(email, language))).status).toBe(200)
  const subscriber = await subscriberByEmail(rig.ctx, email)
  if (!subscriber) throw new Error('no subscriber')
  const links = subscriberLinks(rig.ctx.env, subscriber)
  return { email, subscriber, links, token: tokenOf(links.preferencesUrl), path: (url: string) => url.replace('http://localhost:3999', '') }
}

describe('tokens', () => {
  const env = loadEnv({ NODE_ENV: 'test', PAYLOAD_SECRET: TEST_SECRET, PUBLIC_URL: 'https://news.example.vn', EMAIL_FROM_ADDRESS: 'releases@news.example.vn' })
  const now = new Date('2026-12-01T08:00:00.000Z')

  it('fails when any single character of a confirm or manage token is changed', () => {
    const tokens = [
      [confirmToken(env, { id: 42, tokenVersion: 3 }, now), 'confirm'],
      [manageToken(env, { id: 42, tokenVersion: 3 }), 'manage'],
    ] as const
    for (const [token, purpose] of tokens) {
      expect(verifyToken(env.payloadSecret, token, purpose, now)).toEqual({ ok: true, claims: expect.objectContaining({ purpose, subscriberId: 42, tokenVersion: 3 }) })
      for (let i = 0; i < token.length; i++) {
        for (const replacement of ['A', 'B', 'f', 'g', '-', '_', '.', '0']) {
          if (token[i] === replacement) continue
          const tampered = token.slice(0, i) + replacement + token.slice(i + 1)
          expect(verifyToken(env.payloadSecret, tampered, purpose, now)).toEqual({ ok: false, reason: 'invalid' })
        }
      }
      expect(verifyToken(env.payloadSecret, token + 'A', purpose, now)).toEqual({ ok: false, reason: 'invalid' })
      expect(verifyToken(env.payloadSecret, token.slice(0, -1), purpose, now)).toEqual({ ok: false, reason: 'invalid' })
    }
  })

  it('binds the purpose and the secret: a manage token does not confirm, another secret does not verify', () => {
    const manage = manageToken(env, { id: 7, tokenVersion: 1 })
    expect(verifyToken(env.payloadSecret, manage, 'confirm', now)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyToken(env.payloadSecret, confirmToken(env, { id: 7, tokenVersion: 1 }, now), 'manage', now)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyToken('another-secret-another-secret-another-secret', manage, 'manage', now)).toEqual({ ok: false, reason: 'invalid' })
    // A confirm token needs its expiry.
    const noExpiry = signToken(env.payloadSecret, { purpose: 'confirm', subscriberId: 7, tokenVersion: 1 })
    expect(verifyToken(env.payloadSecret, noExpiry, 'confirm', now)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyToken(env.payloadSecret, undefined, 'manage', now)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('expires confirm tokens after SUBSCRIBE_CONFIRM_HOURS and never expires manage tokens', () => {
    const confirm = confirmToken(env, { id: 7, tokenVersion: 1 }, now)
    const justBefore = new Date(now.getTime() + env.email.confirmHours * HOUR - 1000)
    const atExpiry = new Date(now.getTime() + env.email.confirmHours * HOUR)
    expect(verifyToken(env.payloadSecret, confirm, 'confirm', justBefore).ok).toBe(true)
    expect(verifyToken(env.payloadSecret, confirm, 'confirm', atExpiry)).toEqual({ ok: false, reason: 'expired', claims: { purpose: 'confirm', subscriberId: 7, tokenVersion: 1, expiresAt: now.getTime() / 1000 + env.email.confirmHours * 3600 } })
    expect(verifyToken(env.payloadSecret, manageToken(env, { id: 7 }), 'manage', new Date('2040-01-01')).ok).toBe(true)
  })

  it('builds the links every email carries', () => {
    const links = subscriberLinks(env, { id: 42, tokenVersion: 3 })
    const token = manageToken(env, { id: 42, tokenVersion: 3 })
    expect(links).toEqual({
      unsubscribeUrl: `https://news.example.vn/subscribe/unsubscribe?token=${token}`,
      unsubscribeMailto: `mailto:releases@news.example.vn?subject=unsubscribe%20${token}`,
      preferencesUrl: `https://news.example.vn/subscribe/preferences?token=${token}`,
    })
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
  })
})

describe('confirmation link', () => {
  it('refuses an expired link with 410 and a way to sign up again, and leaves the subscriber pending', async () => {
    const email = uniqueEmail('expired')
    const path = await signUp(email, 'en')
    clock.advance(24 * HOUR)
    const res = await get(rig.server, path)
    expect(res.status).toBe(410)
    expect(res.text).toContain('<html lang="en">')
    expect(res.text).toContain(signUpText.in('en').expiredTitle)
    expect(res.text).toContain('<a href="/subscribe?lang=en">')
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'pending', confirmedAt: null })
    // Signing up again sends a fresh link that works.
    const fresh = await signUp(email, 'en')
    expect((await get(rig.server, fresh)).status).toBe(200)
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'active', confirmedAt: '2026-12-02T08:00:00.000Z' })
  })

  it('does not reactivate an address that unsubscribed after the link was sent', async () => {
    const { email, links } = await activeSubscriber()
    const confirm = linkTo(mailsTo(rig.sink, email)[0], '/subscribe/confirm?token=')
    expect((await postForm(rig.server, links.unsubscribeUrl.replace('http://localhost:3999', ''), { via: 'form' })).status).toBe(200)
    const res = await get(rig.server, confirm)
    expect(res.status).toBe(410)
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'unsubscribed' })
  })
})

describe('preferences', () => {
  it('shows the form with the current choices and saves changes, re-read from the database', async () => {
    const { email, subscriber, links, path } = await activeSubscriber('en')
    const page = await get(rig.server, path(links.preferencesUrl))
    expect(page.status).toBe(200)
    expect(page.text).toContain('<html lang="en">')
    expect(page.text).toContain(signUpText.in('en').preferencesIntro(email))
    expect(page.text).toContain('value="immediately" checked')
    expect(page.text).not.toMatch(/<script/i)

    const res = await postForm(rig.server, '/subscribe/preferences?lang=en', {
      token: tokenOf(links.preferencesUrl),
      name: 'Somphone Keola',
      outlet: 'KPL',
      country: 'Laos',
      language: 'lo',
      topics: [String(topicIds[0]), String(topicIds[1])],
      contentTypes: ['training-materials'],
      frequency: 'weekly',
      status: 'active',
      accredited: 'true',
    })
    expect(res.status).toBe(200)
    expect(res.text).toContain(signUpText.in('en').saved)
    expect(res.text).toContain('value="weekly" checked')
    expect(await subscriberByEmail(rig.ctx, email)).toEqual({
      ...subscriber,
      name: 'Somphone Keola',
      outlet: 'KPL',
      country: 'Laos',
      language: 'lo',
      topics: [topicIds[0], topicIds[1]],
      contentTypes: ['training-materials'],
      frequency: 'weekly',
      updatedAt: expect.any(String),
    })
    // Without ?lang the page now follows the subscriber's language.
    expect((await get(rig.server, path(links.preferencesUrl))).text).toContain('<html lang="lo">')
  })

  it('refuses bad values with 400 naming the field and changes nothing', async () => {
    const { email, subscriber, links } = await activeSubscriber('vi')
    const res = await postForm(rig.server, '/subscribe/preferences', { token: tokenOf(links.preferencesUrl), frequency: 'hourly', topics: '999999', language: 'vi' })
    expect(res.status).toBe(400)
    expect(res.text).toContain(`<li><a href="#field-frequency">${signUpText.in('vi').errors.frequency}</a></li>`)
    expect(await subscriberByEmail(rig.ctx, email)).toEqual(subscriber)
    const unknownTopic = await postForm(rig.server, '/subscribe/preferences', { token: tokenOf(links.preferencesUrl), topics: '999999', language: 'vi', frequency: 'daily' })
    expect(unknownTopic.status).toBe(400)
    expect(unknownTopic.text).toContain(`<li><a href="#field-topics">${signUpText.in('vi').errors.topics}</a></li>`)
    expect(await subscriberByEmail(rig.ctx, email)).toEqual(subscriber)
  })

  it('refuses a tampered token with 400', async () => {
    const { email, subscriber, links } = await activeSubscriber('vi')
    const token = tokenOf(links.preferencesUrl)
    const tampered = token.slice(0, 5) + (token[5] === 'x' ? 'y' : 'x') + token.slice(6)
    expect((await get(rig.server, `/subscribe/preferences?token=${tampered}`)).status).toBe(400)
    const post = await postForm(rig.server, '/subscribe/preferences', { token: tampered, language: 'en', frequency: 'daily' })
    expect(post.status).toBe(400)
    expect(await subscriberByEmail(rig.ctx, email)).toEqual(subscriber)
  })
})

describe('unsubscribe', () => {
  it('GET only asks: it shows a POST form and does not unsubscribe', async () => {
    const { email, subscriber, links, path } = await activeSubscriber('lo')
    const res = await get(rig.server, path(links.unsubscribeUrl))
    expect(res.status).toBe(200)
    expect(res.text).toContain('<html lang="lo">')
    expect(res.text).toContain(signUpText.in('lo').unsubscribeConfirm(email))
    expect(res.text).toContain(`<form method="post" action="/subscribe/unsubscribe?token=${tokenOf(links.unsubscribeUrl)}&amp;lang=lo">`)
    expect(await subscriberByEmail(rig.ctx, email)).toEqual(subscriber)
  })

  it('one-click POST (List-Unsubscribe=One-Click, no cookie) answers 200 with text, not a redirect, and unsubscribes', async () => {
    const { email, links, path } = await activeSubscriber('en')
    clock.advance(HOUR)
    const res = await postForm(rig.server, path(links.unsubscribeUrl), { 'List-Unsubscribe': 'One-Click' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(res.headers.get('location')).toBeNull()
    expect(res.text).toBe(`${signUpText.in('en').oneClickDone}\n`)
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'unsubscribed', unsubscribedAt: '2026-12-01T09:00:00.000Z' })

    // Again: still 200, nothing changes.
    clock.advance(HOUR)
    expect((await postForm(rig.server, path(links.unsubscribeUrl), { 'List-Unsubscribe': 'One-Click' })).status).toBe(200)
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'unsubscribed', unsubscribedAt: '2026-12-01T09:00:00.000Z' })
  })

  it('one-click as multipart/form-data (what RFC 8058 recommends) unsubscribes too', async () => {
    const { email, links } = await activeSubscriber('vi')
    const form = new FormData()
    form.append('List-Unsubscribe', 'One-Click')
    const res = await fetch(links.unsubscribeUrl.replace('http://localhost:3999', rig.server.url), { method: 'POST', body: form, redirect: 'manual' })
    expect(res.status).toBe(200)
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'unsubscribed' })
  })

  it('the form POST answers 200 with a page and unsubscribes', async () => {
    const { email, links, path } = await activeSubscriber('vi')
    const res = await postForm(rig.server, `${path(links.unsubscribeUrl)}&lang=en`, { via: 'form' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.text).toContain(signUpText.in('en').unsubscribed(email))
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'unsubscribed', statusReason: 'unsubscribed: web form' })
  })

  it('refuses an invalid token with 400 and changes nothing', async () => {
    const { email, subscriber, links, path } = await activeSubscriber('vi')
    const url = path(links.unsubscribeUrl)
    const res = await postForm(rig.server, url.slice(0, -2) + (url.endsWith('AA') ? 'BB' : 'AA'), { 'List-Unsubscribe': 'One-Click' })
    expect(res.status).toBe(400)
    expect((await postForm(rig.server, '/subscribe/unsubscribe', { 'List-Unsubscribe': 'One-Click' })).status).toBe(400)
    expect(await subscriberByEmail(rig.ctx, email)).toEqual(subscriber)
  })
})

describe('revoked links', () => {
  it('refuses every link of a subscriber whose tokenVersion was raised, and changes nothing', async () => {
    const { email, subscriber, links, path } = await activeSubscriber('en')
    const confirm = linkTo(mailsTo(rig.sink, email)[0], '/subscribe/confirm?token=')
    await rig.ctx.payload.update({ collection: slugs.subscribers, id: subscriber.id, data: { tokenVersion: 2 }, overrideAccess: true })
    const after = await subscriberByEmail(rig.ctx, email)

    for (const res of [
      await get(rig.server, path(links.preferencesUrl)),
      await get(rig.server, path(links.unsubscribeUrl)),
      await postForm(rig.server, path(links.unsubscribeUrl), { 'List-Unsubscribe': 'One-Click' }),
      await postForm(rig.server, '/subscribe/preferences', { token: tokenOf(links.preferencesUrl), language: 'vi', frequency: 'weekly' }),
      await get(rig.server, confirm),
    ]) {
      expect(res.status).toBe(410)
    }
    expect((await get(rig.server, path(links.preferencesUrl))).text).toContain(signUpText.in('en').revokedTitle)
    expect(await subscriberByEmail(rig.ctx, email)).toEqual(after)
    // The new links work.
    const fresh = subscriberLinks(rig.ctx.env, { id: subscriber.id, tokenVersion: 2 })
    expect((await get(rig.server, path(fresh.preferencesUrl))).status).toBe(200)
  })
})
