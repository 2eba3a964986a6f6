import { locales, type Locale } from '../../../src/domain'
import { emailHashOf } from '../../../src/email/addresses'
import { renderAlreadySubscribedEmail, renderConfirmationEmail } from '../../../src/email/render'
import { CONTENT_SECURITY_POLICY } from '../../../src/subscribers/public/html'
import { CONSENT_TEXT_VERSION, signUpText } from '../../../src/subscribers/public/strings'
import { slugs } from '../../helpers/slugs'
import {
  countSubscribers,
  createTopics,
  get,
  linkTo,
  mailsTo,
  postForm,
  postJson,
  settled,
  startRig,
  subscriberByEmail,
  tokenOf,
  uniqueEmail,
  type Rig,
} from './helpers'

const siteFallback = { organizationName: {}, address: {} }
let rig: Rig
let topicIds: number[]

beforeAll(async () => {
  rig = await startRig()
  topicIds = await createTopics(rig.ctx, [
    { slug: 'kinh-te', name: { vi: 'Kinh tế', en: 'Economy', lo: 'ເສດຖະກິດ' } },
    { slug: 'du-lich', name: { vi: 'Du lịch', en: 'Tourism', lo: 'ທ່ອງທ່ຽວ' } },
  ])
})
afterAll(async () => {
  await rig?.close()
})

const validForm = (email: string, language: Locale, extra: Record<string, string | string[]> = {}) => ({
  email,
  name: 'Nguyễn Văn An',
  outlet: 'Báo Quảng Trị',
  country: 'Việt Nam',
  language,
  topics: [String(topicIds[1])],
  contentTypes: ['press-releases', 'publications'],
  frequency: 'daily',
  consent: 'yes',
  website: '',
  ...extra,
})

describe('GET /subscribe', () => {
  it('serves the form in the language asked for, with localized topics, the consent text and a language switcher, without any script', async () => {
    for (const lang of locales) {
      const res = await get(rig.server, `/subscribe?lang=${lang}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const t = signUpText.in(lang)
      expect(res.text).toContain(`<html lang="${lang}">`)
      expect(res.text).toContain(`<h1>${t.subscribeTitle}</h1>`)
      expect(res.text).toContain(t.consentText)
      expect(res.text).toContain(lang === 'lo' ? 'ເສດຖະກິດ' : lang === 'en' ? 'Economy' : 'Kinh tế')
      expect(res.text).toContain(`<label for="field-email">${t.fields.email}`)
      expect(res.text).toContain(`<legend>${t.fields.topics}</legend>`)
      expect(res.text).toContain(`action="/subscribe?lang=${lang}"`)
      expect(res.text).toContain(`<a href="/subscribe?lang=lo" lang="lo" hreflang="lo"${lang === 'lo' ? ' aria-current="true"' : ''}>ພາສາລາວ</a>`)
      expect(res.text).not.toMatch(/<script/i)
      expect(res.text).toContain('name="website"')
    }
  })

  it('chooses the page language from Accept-Language when no lang is given, and Vietnamese otherwise', async () => {
    expect((await get(rig.server, '/subscribe', { 'accept-language': 'fr-FR, lo-LA;q=0.8, en;q=0.5' })).text).toContain('<html lang="lo">')
    expect((await get(rig.server, '/subscribe', { 'accept-language': 'de, en;q=0.1' })).text).toContain('<html lang="en">')
    expect((await get(rig.server, '/subscribe', { 'accept-language': 'de' })).text).toContain('<html lang="vi">')
    expect((await get(rig.server, '/subscribe?lang=en', { 'accept-language': 'lo' })).text).toContain('<html lang="en">')
  })

  it('sends no-store, no-referrer and a script-free Content-Security-Policy', async () => {
    const res = await get(rig.server, '/subscribe')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'$/)
    expect(CONTENT_SECURITY_POLICY).not.toContain('script-src')
  })
})

describe('confirmation flow', () => {
  it.each(locales)('signs up by form in %s: the email arrives in that language, its link activates the subscription and keeps the consent record', async (lang) => {
    const email = uniqueEmail(`flow-${lang}`)
    const res = await postForm(rig.server, `/subscribe?lang=${lang}`, validForm(email.toUpperCase(), lang))
    expect(res.status).toBe(200)
    expect(res.text).toContain(`<html lang="${lang}">`)
    expect(res.text).toContain(signUpText.in(lang).checkInbox(48))
    await settled()

    const pending = await subscriberByEmail(rig.ctx, email)
    expect(pending).toMatchObject({
      email,
      status: 'pending',
      language: lang,
      name: 'Nguyễn Văn An',
      outlet: 'Báo Quảng Trị',
      country: 'Việt Nam',
      topics: [topicIds[1]],
      contentTypes: ['press-releases', 'publications'],
      frequency: 'daily',
      accredited: false,
      consent: { ip: '127.0.0.1', textVersion: CONSENT_TEXT_VERSION, source: 'form' },
    })
    expect(pending?.confirmedAt ?? null).toBeNull()

    const [mail] = mailsTo(rig.sink, email)
    expect(mailsTo(rig.sink, email)).toHaveLength(1)
    expect(mail.parsed.headers.get('content-language')).toBe(lang)
    const confirmPath = linkTo(mail, '/subscribe/confirm?token=')
    const expected = renderConfirmationEmail({ language: lang, confirmUrl: `http://localhost:3999${confirmPath}`, expiresHours: 48, site: siteFallback })
    expect(mail.parsed.subject).toBe(expected.subject)
    expect(mail.parsed.html).toContain(`lang="${lang}"`)
    expect(mail.raw.toString()).not.toContain('List-Unsubscribe')

    const confirmed = await get(rig.server, confirmPath)
    expect(confirmed.status).toBe(200)
    expect(confirmed.text).toContain(`<html lang="${lang}">`)
    expect(confirmed.text).toContain(signUpText.in(lang).confirmedTitle)
    expect(confirmed.text).toContain('/subscribe/preferences?token=')

    const active = await subscriberByEmail(rig.ctx, email)
    expect(active?.status).toBe('active')
    expect(Date.parse(active?.confirmedAt as string)).toBeGreaterThanOrEqual(Date.parse(pending?.consent?.at as string))
    expect(active?.consent).toEqual(pending?.consent)
  })

  it('confirming twice shows success again and changes nothing', async () => {
    const email = uniqueEmail('twice')
    await postForm(rig.server, '/subscribe', validForm(email, 'vi'))
    await settled()
    const path = linkTo(mailsTo(rig.sink, email)[0], '/subscribe/confirm?token=')
    expect((await get(rig.server, path)).status).toBe(200)
    const first = await subscriberByEmail(rig.ctx, email)
    const again = await get(rig.server, path)
    expect(again.status).toBe(200)
    expect(again.text).toContain(signUpText.in('vi').confirmedTitle)
    expect(await subscriberByEmail(rig.ctx, email)).toEqual(first)
  })
})

describe('POST /subscribe as JSON', () => {
  it('answers 202 pending, records source api, and mails the confirmation in the chosen language', async () => {
    const email = uniqueEmail('json')
    const res = await postJson(rig.server, '/subscribe', { email, language: 'en', topics: [topicIds[0]], contentTypes: ['partner-media'], frequency: 'weekly', consent: true })
    expect(res.status).toBe(202)
    expect(res.json()).toEqual({ status: 'pending', message: signUpText.in('vi').checkInbox(48) })
    await settled()
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({
      status: 'pending',
      language: 'en',
      topics: [topicIds[0]],
      contentTypes: ['partner-media'],
      frequency: 'weekly',
      consent: { textVersion: CONSENT_TEXT_VERSION, source: 'api' },
    })
    expect(mailsTo(rig.sink, email).map((m) => m.parsed.headers.get('content-language'))).toEqual(['en'])
  })

  it('answers in the language of Accept-Language', async () => {
    const res = await postJson(rig.server, '/subscribe', { email: uniqueEmail('json-lo'), consent: true }, { 'accept-language': 'lo' })
    expect(res.status).toBe(202)
    expect(res.json()).toEqual({ status: 'pending', message: signUpText.in('lo').checkInbox(48) })
    await settled()
  })

  it('ignores status, accredited and tokenVersion sent by the public', async () => {
    const email = uniqueEmail('sneaky')
    const res = await postJson(rig.server, '/subscribe', { email, consent: true, status: 'active', accredited: true, tokenVersion: 99, confirmedAt: '2020-01-01T00:00:00.000Z' })
    expect(res.status).toBe(202)
    await settled()
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'pending', accredited: false, tokenVersion: 1, confirmedAt: null })
  })
})

describe('validation', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a malformed address', { email: 'not-an-address', consent: true }, 'email'],
    ['a missing address', { consent: true }, 'email'],
    ['no consent', { email: 'x@press.example' }, 'consent'],
    ['consent false', { email: 'x@press.example', consent: false }, 'consent'],
    ['an unknown language', { email: 'x@press.example', consent: true, language: 'fr' }, 'language'],
    ['an unknown frequency', { email: 'x@press.example', consent: true, frequency: 'hourly' }, 'frequency'],
    ['an unknown content type', { email: 'x@press.example', consent: true, contentTypes: ['blog-posts'] }, 'contentTypes'],
    ['a topic that does not exist', { email: 'x@press.example', consent: true, topics: [987654] }, 'topics'],
    ['a name too long', { email: 'x@press.example', consent: true, name: 'a'.repeat(201) }, 'name'],
    ['an old consent text version', { email: 'x@press.example', consent: true, consentTextVersion: '2020-01-01' }, 'consentTextVersion'],
  ]

  it.each(cases)('refuses %s with 400 naming the field, as JSON, and creates nothing', async (_name, body, field) => {
    const before = await countSubscribers(rig.ctx)
    const sent = rig.sink.messages.length
    const res = await postJson(rig.server, '/subscribe?lang=en', body)
    expect(res.status).toBe(400)
    const errors = res.json().errors as { message: string; data: { field: string } }[]
    expect(errors).toHaveLength(1)
    expect(errors[0].data).toEqual({ field })
    expect(errors[0].message).toBe(
      field === 'name' ? signUpText.in('en').errors.tooLong(signUpText.in('en').fields.name, 200) : signUpText.in('en').errors[field as 'email'],
    )
    await settled()
    expect(await countSubscribers(rig.ctx)).toBe(before)
    expect(rig.sink.messages.length).toBe(sent)
  })

  it('re-renders the form with 400, an error summary linking to each field and the values kept', async () => {
    const before = await countSubscribers(rig.ctx)
    const res = await postForm(rig.server, '/subscribe?lang=vi', { email: 'ten@', name: 'Trần Thị Bình', language: 'vi', frequency: 'weekly', contentTypes: 'publications' })
    expect(res.status).toBe(400)
    expect(res.text).toContain('<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">')
    expect(res.text).toContain(`<li><a href="#field-email">${signUpText.in('vi').errors.email}</a></li>`)
    expect(res.text).toContain(`<li><a href="#field-consent">${signUpText.in('vi').errors.consent}</a></li>`)
    expect(res.text).toMatch(/<input type="email" id="field-email" name="email" value="ten@"[^>]* aria-invalid="true" aria-describedby="field-email-error">/)
    expect(res.text).toContain('value="Trần Thị Bình"')
    expect(res.text).toContain('value="weekly" checked')
    expect(res.text).toContain('value="publications" checked')
    expect(res.text).toContain(`<title>${signUpText.in('vi').errorSummary}: `)
    await settled()
    expect(await countSubscribers(rig.ctx)).toBe(before)
  })

  it('refuses other body types with 415', async () => {
    const res = await fetch(`${rig.server.url}/subscribe`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'email=x@press.example' })
    expect(res.status).toBe(415)
  })
})

describe('no enumeration', () => {
  it('answers new, pending, active, unsubscribed, bounced and suppressed addresses identically, and mails only the right ones', async () => {
    const addresses = {
      fresh: uniqueEmail('fresh'),
      pending: uniqueEmail('pending'),
      active: uniqueEmail('active'),
      unsubscribed: uniqueEmail('unsub'),
      bounced: uniqueEmail('bounced'),
      suppressed: uniqueEmail('suppressed'),
    }
    const { payload } = rig.ctx
    const seed = (email: string, status: 'pending' | 'active' | 'unsubscribed' | 'bounced', language: Locale = 'en') =>
      payload.create({ collection: slugs.subscribers, data: { email, status, language, frequency: 'immediately', tokenVersion: 1, name: 'Original' }, overrideAccess: true })
    await seed(addresses.pending, 'pending')
    const active = await seed(addresses.active, 'active', 'lo')
    await seed(addresses.unsubscribed, 'unsubscribed')
    await seed(addresses.bounced, 'bounced')
    await payload.create({ collection: slugs.suppressions, data: { emailHash: emailHashOf(addresses.suppressed), reason: 'complained' }, overrideAccess: true })

    const answers = []
    for (const email of Object.values(addresses)) {
      const form = await postForm(rig.server, '/subscribe?lang=en', validForm(email, 'vi'))
      const json = await postJson(rig.server, '/subscribe?lang=en', { email, consent: true, language: 'vi' })
      answers.push({ form: [form.status, form.text], json: [json.status, json.text] })
    }
    for (const answer of answers) expect(answer).toEqual(answers[0])
    expect(answers[0].json[0]).toBe(202)
    expect(answers[0].form[0]).toBe(200)
    await settled()

    // Confirmations to the new, pending and unsubscribed addresses (one per request), now pending.
    for (const key of ['fresh', 'pending', 'unsubscribed'] as const) {
      const mails = mailsTo(rig.sink, addresses[key])
      expect(mails).toHaveLength(2)
      expect(mails.every((m) => linkTo(m, '/subscribe/confirm?token='))).toBe(true)
      expect(await subscriberByEmail(rig.ctx, addresses[key])).toMatchObject({ status: 'pending', language: 'vi' })
    }
    // The active subscriber is told, in their own language, with their preferences link; nothing changes.
    const notices = mailsTo(rig.sink, addresses.active)
    expect(notices).toHaveLength(2)
    const preferencesPath = linkTo(notices[0], '/subscribe/preferences?token=')
    expect(notices[0].parsed.subject).toBe(
      renderAlreadySubscribedEmail({ language: 'lo', preferencesUrl: `http://localhost:3999${preferencesPath}`, site: siteFallback }).subject,
    )
    expect(notices[0].raw.toString()).toContain('\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n')
    expect(await subscriberByEmail(rig.ctx, addresses.active)).toEqual(active)
    // Bounced and suppressed: nothing sent, nothing created or changed.
    expect(mailsTo(rig.sink, addresses.bounced)).toHaveLength(0)
    expect(mailsTo(rig.sink, addresses.suppressed)).toHaveLength(0)
    expect(await subscriberByEmail(rig.ctx, addresses.bounced)).toMatchObject({ status: 'bounced', name: 'Original' })
    expect(await subscriberByEmail(rig.ctx, addresses.suppressed)).toBeUndefined()
  })

  it('answers a filled honeypot like any sign-up and does nothing', async () => {
    const email = uniqueEmail('bot')
    const res = await postForm(rig.server, '/subscribe?lang=en', validForm(email, 'en', { website: 'http://spam.example' }))
    expect(res.status).toBe(200)
    expect(res.text).toContain(signUpText.in('en').checkInbox(48))
    await settled()
    expect(await subscriberByEmail(rig.ctx, email)).toBeUndefined()
    expect(mailsTo(rig.sink, email)).toHaveLength(0)
  })
})

describe('the confirmation token', () => {
  it('is refused with 400 when one character is changed, and nothing changes', async () => {
    const email = uniqueEmail('tamper')
    await postJson(rig.server, '/subscribe', { email, consent: true })
    await settled()
    const path = linkTo(mailsTo(rig.sink, email)[0], '/subscribe/confirm?token=')
    const token = tokenOf(path)
    const flipped = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11)
    const res = await get(rig.server, `/subscribe/confirm?token=${flipped}&lang=en`)
    expect(res.status).toBe(400)
    expect(res.text).toContain(signUpText.in('en').invalidTitle)
    expect((await get(rig.server, '/subscribe/confirm')).status).toBe(400)
    expect(await subscriberByEmail(rig.ctx, email)).toMatchObject({ status: 'pending', confirmedAt: null })
  })
})
