import { parse } from 'csv-parse/sync'

import { slugs } from '../../../src/domain'
import { emailHashOf } from '../../../src/email/addresses'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { call, consent, countOf, createSubscriber, createTopic, importCsv, importCsvForm, subscribersByEmail } from './helpers'

let ctx: TestContext
let server: TestServer
let editor: TestUser
let topicIds: { economy: number; tourism: number }

beforeAll(async () => {
  // Behind a trusted reverse proxy: the client address is the one it forwards (X-Forwarded-For).
  ctx = await bootPayload({ TRUST_PROXY: 'true' })
  server = await startServer(ctx)
  editor = await createUser(ctx.payload, ['editor'], 'Biên tập viên')
  const economy = await createTopic(ctx.payload, 'kinh-te', 'Kinh tế')
  const tourism = await createTopic(ctx.payload, 'du-lich', 'Du lịch')
  topicIds = { economy: economy.id, tourism: tourism.id }
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const header = 'Email,Name,Outlet,Country,Language,Topics,ContentTypes,Frequency,Accredited'

describe('CSV import', () => {
  test('a valid file creates active subscribers with the consent record and the preferences of each row', async () => {
    const csv = [
      header,
      'Lan.Nguyen@VnExpress.net,Nguyễn Thị Lan,VnExpress,Việt Nam,vi,kinh-te;du-lich,press-releases;publications,daily,có',
      'somchai@kpl.gov.la,Somchai,KPL,Lào,lo,,,weekly,không',
      'john@reuters.com,John Smith,Reuters,UK,EN,du-lich,,,yes',
    ].join('\r\n')
    const res = await importCsv(server, editor, csv)
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({ created: 3, updated: 0, skipped: [] })

    const stored = await subscribersByEmail(ctx.payload)
    const lan = stored.get('lan.nguyen@vnexpress.net')!
    expect({
      name: lan.name,
      outlet: lan.outlet,
      country: lan.country,
      language: lan.language,
      topics: lan.topics,
      contentTypes: lan.contentTypes,
      frequency: lan.frequency,
      accredited: lan.accredited,
      status: lan.status,
      statusReason: lan.statusReason,
      consent: { source: lan.consent?.source, textVersion: lan.consent?.textVersion },
    }).toEqual({
      name: 'Nguyễn Thị Lan',
      outlet: 'VnExpress',
      country: 'Việt Nam',
      language: 'vi',
      topics: [topicIds.economy, topicIds.tourism],
      contentTypes: ['press-releases', 'publications'],
      frequency: 'daily',
      accredited: true,
      status: 'active',
      statusReason: consent.consentSource,
      consent: { source: 'import', textVersion: consent.consentTextVersion },
    })
    expect(Math.abs(new Date(lan.consent!.at!).getTime() - Date.now())).toBeLessThan(60_000)
    const somchai = stored.get('somchai@kpl.gov.la')!
    expect([somchai.language, somchai.frequency, somchai.accredited, somchai.topics, somchai.contentTypes]).toEqual(['lo', 'weekly', false, [], []])
    const john = stored.get('john@reuters.com')!
    expect([john.language, john.frequency, john.accredited, john.topics]).toEqual(['en', 'immediately', true, [topicIds.tourism]])
  })

  test('the same file sent as multipart form data (file field plus consent fields) is imported too, with the client address forwarded by the trusted proxy', async () => {
    const res = await importCsvForm(server, editor, `email,name\r\nform-import@baoquangtri.vn,Báo Quảng Trị\r\n`, consent, { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' })
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({ created: 1, updated: 0, skipped: [] })
    const doc = (await subscribersByEmail(ctx.payload)).get('form-import@baoquangtri.vn')!
    expect([doc.name, doc.status, doc.consent?.source, doc.consent?.ip, doc.statusReason]).toEqual(['Báo Quảng Trị', 'active', 'import', '203.0.113.9', consent.consentSource])
  })

  test('an existing active or pending subscriber gets the new preferences; consent and status stay as they were', async () => {
    const pending = await createSubscriber(ctx.payload, 'pending@tuoitre.vn', { status: 'pending', frequency: 'immediately', name: 'Cũ' })
    const res = await importCsv(server, editor, `email,frequency,outlet\nPENDING@tuoitre.vn,weekly,Tuổi Trẻ\n`)
    expect(res.json()).toEqual({ created: 0, updated: 1, skipped: [] })
    const doc = await ctx.payload.findByID({ collection: slugs.subscribers, id: pending.id, depth: 0 })
    expect([doc.status, doc.frequency, doc.outlet, doc.name, doc.consent?.source ?? null]).toEqual(['pending', 'weekly', 'Tuổi Trẻ', 'Cũ', null])
  })

  test('invalid rows refuse the whole file with 400 listing each row and field, and nothing is written', async () => {
    const before = await countOf(ctx.payload, slugs.subscribers)
    const csv = [
      header,
      'good@nhandan.vn,Good,,,vi,,,,',
      'not-an-email,Bad,,,vi,,,,',
      'bad-lang@nhandan.vn,,,,fr,,,hourly,maybe',
      'bad-topic@nhandan.vn,,,,,the-thao;kinh-te,videos,,',
    ].join('\n')
    const res = await importCsv(server, editor, csv)
    expect(res.status).toBe(400)
    const error = (res.json().errors as { message: string; data: { problems: unknown[]; total: number } }[])[0]!
    expect(error.message).toBe('The file has 6 problems: nothing was imported')
    expect(error.data.total).toBe(6)
    expect(error.data.problems).toEqual([
      { row: 3, field: 'email', message: '"not-an-email" is not a valid email address' },
      { row: 4, field: 'language', message: '"fr" is not one of: vi, en, lo' },
      { row: 4, field: 'frequency', message: '"hourly" is not one of: immediately, daily, weekly' },
      { row: 4, field: 'accredited', message: '"maybe" is not one of: true, false, 1, 0, yes, no, có, không' },
      { row: 5, field: 'topics', message: 'Unknown topic "the-thao" (use topic slugs separated by ";")' },
      { row: 5, field: 'contentTypes', message: 'Unknown content type "videos" (allowed: press-releases, publications, training-materials, partner-media, briefings)' },
    ])
    expect(await countOf(ctx.payload, slugs.subscribers)).toBe(before)
    expect((await subscribersByEmail(ctx.payload)).has('good@nhandan.vn')).toBe(false)
  })

  test('the same address twice in one file (in any case) is refused with 400 and nothing is written', async () => {
    const before = await countOf(ctx.payload, slugs.subscribers)
    const res = await importCsv(server, editor, `email\ntwice@vov.vn\nother@vov.vn\nTwice@VOV.vn\n`)
    expect(res.status).toBe(400)
    expect((res.json().errors as { data: { problems: unknown[] } }[])[0]!.data.problems).toEqual([
      { row: 4, field: 'email', message: 'twice@vov.vn is already in row 2' },
    ])
    expect(await countOf(ctx.payload, slugs.subscribers)).toBe(before)
  })

  test('an unknown column or a file without an email column is refused, naming the column', async () => {
    const unknown = await importCsv(server, editor, `email,phone\na@b.vn,0123\n`)
    expect(unknown.status).toBe(400)
    expect((unknown.json().errors as { data: { problems: unknown[] } }[])[0]!.data.problems).toEqual([
      { row: 1, field: 'phone', message: 'Unknown column "phone" (allowed: email, name, outlet, country, language, topics, contentTypes, frequency, accredited)' },
    ])
    const noEmail = await importCsv(server, editor, `name\nAn\n`)
    expect((noEmail.json().errors as { data: { problems: unknown[] } }[])[0]!.data.problems).toEqual([
      { row: 1, field: 'email', message: 'The header row has no "email" column' },
    ])
  })

  test('the consent source and text version are required', async () => {
    const noSource = await importCsv(server, editor, `email\nx@y.vn\n`, { consentTextVersion: 'v1' })
    expect(noSource.status).toBe(400)
    expect(noSource.json()).toEqual({ errors: [{ message: '"consentSource" is required: where the consent of these people comes from (e.g. the conference press list)' }] })
    const noVersion = await importCsv(server, editor, `email\nx@y.vn\n`, { consentSource: 'Hội nghị' })
    expect(noVersion.status).toBe(400)
    expect(noVersion.json()).toEqual({ errors: [{ message: '"consentTextVersion" is required: the version of the consent text these people agreed to' }] })
    expect((await subscribersByEmail(ctx.payload)).has('x@y.vn')).toBe(false)
  })

  test('people who unsubscribed, bounced or complained, and suppressed addresses, are skipped, never resubscribed', async () => {
    await createSubscriber(ctx.payload, 'left@thanhnien.vn', { status: 'unsubscribed' })
    await createSubscriber(ctx.payload, 'bounced@thanhnien.vn', { status: 'bounced' })
    await createSubscriber(ctx.payload, 'complained@thanhnien.vn', { status: 'complained' })
    await ctx.payload.create({ collection: slugs.suppressions, data: { emailHash: emailHashOf('blocked@thanhnien.vn'), reason: 'erased' } })
    const res = await importCsv(server, editor, `email,frequency\nleft@thanhnien.vn,daily\nbounced@thanhnien.vn,\ncomplained@thanhnien.vn,\nblocked@thanhnien.vn,\nnew@thanhnien.vn,\n`)
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({
      created: 1,
      updated: 0,
      skipped: [
        { row: 2, email: 'left@thanhnien.vn', reason: 'unsubscribed' },
        { row: 3, email: 'bounced@thanhnien.vn', reason: 'bounced' },
        { row: 4, email: 'complained@thanhnien.vn', reason: 'complained' },
        { row: 5, email: 'blocked@thanhnien.vn', reason: 'suppressed' },
      ],
    })
    const stored = await subscribersByEmail(ctx.payload)
    expect([stored.get('left@thanhnien.vn')!.status, stored.get('left@thanhnien.vn')!.frequency]).toEqual(['unsubscribed', 'immediately'])
    expect(stored.has('blocked@thanhnien.vn')).toBe(false)
    expect(stored.get('new@thanhnien.vn')!.status).toBe('active')
  })

  test('a file over 5 MB, or with more than 50,000 rows, is refused with 413 and a clear message; nothing is written', async () => {
    const before = await countOf(ctx.payload, slugs.subscribers)
    const many = `email\n${Array.from({ length: 50_001 }, (_, i) => `r${i}@x.vn`).join('\n')}\n`
    const tooMany = await importCsv(server, editor, many)
    expect(tooMany.status).toBe(413)
    expect(tooMany.json()).toEqual({
      errors: [{ message: 'The CSV file is too large: at most 5 MB and 50,000 rows per import. Split it into smaller files.' }],
    })
    expect(await countOf(ctx.payload, slugs.subscribers)).toBe(before)

    const row = `${'a'.repeat(60)}@example.vn\n`
    const csv = `email\n${row.repeat(Math.ceil((5 * 1024 * 1024) / row.length) + 10)}`
    const res = await importCsv(server, editor, csv)
    expect(res.status).toBe(413)
    expect(res.json()).toEqual({
      errors: [{ message: 'The CSV file is too large: at most 5 MB and 50,000 rows per import. Split it into smaller files.' }],
    })
  })

  test('a contributor gets 403 and an anonymous caller 401, and nothing is written', async () => {
    const contributor = await createUser(ctx.payload, ['contributor'])
    const before = await countOf(ctx.payload, slugs.subscribers)
    expect((await importCsv(server, contributor, `email\nc@d.vn\n`)).status).toBe(403)
    expect((await importCsv(server, null, `email\nc@d.vn\n`)).status).toBe(401)
    expect((await call(server, `/api/${slugs.subscribers}/export.csv`, { user: contributor })).status).toBe(403)
    expect((await call(server, `/api/${slugs.subscribers}/export.csv`)).status).toBe(401)
    expect(await countOf(ctx.payload, slugs.subscribers)).toBe(before)
  })
})

describe('CSV export', () => {
  const exportRows = async (query = '') => {
    const res = await call(server, `/api/${slugs.subscribers}/export.csv${query}`, { user: editor })
    expect(res.status).toBe(200)
    return { res, rows: parse(res.text, { bom: true, columns: true }) as Record<string, string>[] }
  }

  test('the export is UTF-8 CSV with a BOM, as an attachment, one row per subscriber equal to the database', async () => {
    const { res, rows } = await exportRows()
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="subscribers-\d{4}-\d{2}-\d{2}\.csv"$/)
    expect(res.text.charCodeAt(0)).toBe(0xfeff)
    const stored = await ctx.payload.find({ collection: slugs.subscribers, pagination: false, depth: 0, sort: 'createdAt' })
    const topicSlug = new Map([[topicIds.economy, 'kinh-te'], [topicIds.tourism, 'du-lich']])
    expect(rows).toEqual(
      stored.docs.map((d) => ({
        email: d.email,
        name: d.name ?? '',
        outlet: d.outlet ?? '',
        country: d.country ?? '',
        language: d.language,
        topics: (d.topics ?? []).map((t) => topicSlug.get(t as number)).join(';'),
        contentTypes: (d.contentTypes ?? []).join(';'),
        frequency: d.frequency,
        accredited: d.accredited ? 'true' : 'false',
        status: d.status,
        statusReason: d.statusReason ?? '',
        confirmedAt: d.confirmedAt ?? '',
        unsubscribedAt: d.unsubscribedAt ?? '',
        consentAt: d.consent?.at ?? '',
        consentSource: d.consent?.source ?? '',
        consentTextVersion: d.consent?.textVersion ?? '',
        consentIp: d.consent?.ip ?? '',
        createdAt: d.createdAt,
      })),
    )
    expect(rows.find((r) => r.email === 'lan.nguyen@vnexpress.net')).toMatchObject({ name: 'Nguyễn Thị Lan', topics: 'kinh-te;du-lich', accredited: 'true' })
  })

  test('cells that a spreadsheet would run as a formula are escaped with a leading apostrophe', async () => {
    await createSubscriber(ctx.payload, 'formula@example.vn', { name: '=HYPERLINK("http://evil")', outlet: '+84 báo', country: '-1', status: 'pending' })
    await createSubscriber(ctx.payload, 'at@example.vn', { name: '@SUM(A1)', status: 'pending' })
    const { rows } = await exportRows('?status=pending')
    const byEmail = new Map(rows.map((r) => [r.email, r]))
    expect(byEmail.get('formula@example.vn')).toMatchObject({ name: `'=HYPERLINK("http://evil")`, outlet: `'+84 báo`, country: `'-1` })
    expect(byEmail.get('at@example.vn')!.name).toBe(`'@SUM(A1)`)
  })

  test('filters (status, language, Payload where) select the rows; a bad filter value is 400', async () => {
    const lao = await exportRows('?language=lo')
    expect(lao.rows.map((r) => r.email)).toEqual(['somchai@kpl.gov.la'])
    const where = await exportRows(`?${new URLSearchParams({ 'where[outlet][equals]': 'Reuters' }).toString()}`)
    expect(where.rows.map((r) => r.email)).toEqual(['john@reuters.com'])
    const pending = await exportRows('?status=pending')
    const storedPending = await ctx.payload.find({ collection: slugs.subscribers, where: { status: { equals: 'pending' } }, pagination: false, sort: 'createdAt' })
    expect(pending.rows.map((r) => r.email)).toEqual(storedPending.docs.map((d) => d.email))
    const bad = await call(server, `/api/${slugs.subscribers}/export.csv?status=gone`, { user: editor })
    expect(bad.status).toBe(400)
    expect(bad.json()).toEqual({ errors: [{ message: '"status" must be one of: pending, active, unsubscribed, bounced, complained' }] })
  })

  test('an exported file imports again unchanged (round trip updates, creates nothing)', async () => {
    const { rows } = await exportRows('?status=active')
    const csv = ['email,name,outlet,country,language,topics,contentTypes,frequency,accredited', ...rows.map((r) =>
      [r.email, r.name, r.outlet, r.country, r.language, r.topics, r.contentTypes, r.frequency, r.accredited].map((v) => `"${v!.replace(/"/g, '""')}"`).join(','),
    )].join('\n')
    const before = await subscribersByEmail(ctx.payload)
    const res = await importCsv(server, editor, csv)
    expect(res.json()).toEqual({ created: 0, updated: rows.length, skipped: [] })
    const after = await subscribersByEmail(ctx.payload)
    for (const r of rows) {
      const [b, a] = [before.get(r.email)!, after.get(r.email)!]
      expect([a.name, a.language, a.topics, a.contentTypes, a.frequency, a.accredited]).toEqual([b.name, b.language, b.topics, b.contentTypes, b.frequency, b.accredited])
    }
  })
})
