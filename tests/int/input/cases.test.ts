import { JSON_API_CSP } from '../../../src/server/apiHeaders'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { itemInState } from '../../helpers/workflow'
import { call, messageOf } from './helpers'

let ctx: TestContext
let server: TestServer
let admin: TestUser
let contributor: TestUser
let itemId: number | string

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  admin = await createUser(ctx.payload, ['admin'], 'admin')
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  itemId = await itemInState(ctx.payload, slugs.pressReleases, { state: 'published', live: true })
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const PR = `/api/${slugs.pressReleases}`
const SITE = '/api/globals/site-settings'
const dateOps = 'equals, not_equals, in, not_in, exists, greater_than, greater_than_equal, less_than, less_than_equal'
const choiceOps = 'equals, not_equals, in, not_in, exists'
const textOps = 'equals, not_equals, in, not_in, exists, greater_than, greater_than_equal, less_than, less_than_equal, like, not_like, contains'

/** [path, status, message]: each asked anonymously and as an admin (who also sees drafts), with the same answer. */
const cases: [string, number, string][] = [
  [`${PR}/abc`, 400, "Invalid id 'abc' for press-releases: ids are whole numbers"],
  [`${PR}/-1`, 400, "Invalid id '-1' for press-releases: ids are whole numbers"],
  [`${PR}/1.5`, 400, "Invalid id '1.5' for press-releases: ids are whole numbers"],
  [`${PR}/99999999999999999999`, 404, 'press-releases has no document with id 99999999999999999999: ids run from 1 to 2147483647'],
  [`${PR}/0`, 404, 'press-releases has no document with id 0: ids run from 1 to 2147483647'],
  [`${PR}/abc?depth=1`, 400, "Invalid id 'abc' for press-releases: ids are whole numbers"],
  [`${PR}/%00`, 400, 'The request contains a NUL character (%00), which no id, field or value may hold'],
  [`${PR}/%E0%A4%A`, 400, "Failed to decode param '%E0%A4%A'"],
  [`${PR}?limit=-1`, 400, "limit must be a whole number from 0 to 1000, not '-1'"],
  [`${PR}?limit=1e12`, 400, "limit must be a whole number from 0 to 1000, not '1e12'"],
  [`${PR}?limit=99999999999999999999`, 400, "limit must be a whole number from 0 to 1000, not '99999999999999999999'"],
  [`${PR}?page=0`, 400, "page must be a whole number from 1 to 1000000, not '0'"],
  [`${PR}?page=abc`, 400, "page must be a whole number from 1 to 1000000, not 'abc'"],
  [`${PR}?page=-1`, 400, "page must be a whole number from 1 to 1000000, not '-1'"],
  [`${PR}?limit=-1&page=0`, 400, "limit must be a whole number from 0 to 1000, not '-1'; page must be a whole number from 1 to 1000000, not '0'"],
  [`${PR}?depth=-1`, 400, "depth must be a whole number from 0 to 10, not '-1'"],
  [`${PR}?depth=abc`, 400, "depth must be a whole number from 0 to 10, not 'abc'"],
  [`${PR}?draft=maybe`, 400, "draft must be true or false, not 'maybe'"],
  [`${PR}?locale=xx`, 400, "locale must be one of vi, en, lo, all, not 'xx'"],
  [`${PR}?locale[]=vi`, 400, 'locale must be one of vi, en, lo, all, not \'["vi"]\''],
  [`${PR}?fallback-locale=xx`, 400, "fallback-locale must be one of vi, en, lo, none, not 'xx'"],
  [`${PR}?where=x`, 400, "where must be a set of conditions such as where[field][equals]=value, not 'x'"],
  [`${PR}/count?where=x`, 400, "where must be a set of conditions such as where[field][equals]=value, not 'x'"],
  [`${PR}?where[headline]=x`, 400, 'where[headline] must name an operator, such as where[headline][equals]=value'],
  [`${PR}?where[or]=x`, 400, 'where[or] must be a list of conditions such as where[or][0][field][equals]=value'],
  [`${PR}?where[or][0]=x`, 400, "where[or][0] must be a set of conditions such as where[or][0][field][equals]=value, not 'x'"],
  [`${PR}?where[embargoUntil][like]=x`, 400, `where[embargoUntil][like]: 'like' does not apply to embargoUntil (a date field); use one of ${dateOps}`],
  [`${PR}?where[embargoUntil][equals]=notadate`, 400, "where[embargoUntil][equals]: 'notadate' is not a date (ISO 8601, e.g. 2026-05-01T08:00:00Z)"],
  [`${PR}?where[state][like]=x`, 400, `where[state][like]: 'like' does not apply to state (a select field); use one of ${choiceOps}`],
  [`${PR}?where[state][equals]=maybe`, 400, "where[state][equals]: 'maybe' is not one of draft, inReview, changesRequested, approved, scheduled, published, withdrawn"],
  [`${PR}?where[headline][near]=1,2`, 400, `where[headline][near]: 'near' does not apply to headline (a text field); use one of ${textOps}`],
  [`${PR}?where[headline][bogus]=1`, 400, "where[headline][bogus]: 'bogus' is not an operator"],
  [`${PR}?where[id][in]=1,abc`, 400, "where[id][in]: 'abc' is not an id (a whole number up to 2147483647)"],
  [`${PR}?where[id][equals]=99999999999`, 400, "where[id][equals]: '99999999999' is not an id (a whole number up to 2147483647)"],
  [`${PR}?where[topics][in]=abc`, 400, "where[topics][in]: 'abc' is not an id (a whole number up to 2147483647)"],
  [`${PR}?where[headline][equals][a]=b`, 400, 'where[headline][equals]: expected one value, not a nested object'],
  [`${PR}?where[and][0][or][0][embargoUntil][greater_than]=soon`, 400, "where[and][0][or][0][embargoUntil][greater_than]: 'soon' is not a date (ISO 8601, e.g. 2026-05-01T08:00:00Z)"],
  [`${PR}?where[nope][equals]=1`, 400, 'The following path cannot be queried: nope'],
  [`${PR}?sort=nope`, 400, "sort: unknown field 'nope'"],
  [`${PR}?sort=-createdAt,nope`, 400, "sort: unknown field 'nope'"],
  [`${PR}?sort[]=`, 400, 'sort: empty field name'],
  [`${SITE}?locale=xx`, 400, "locale must be one of vi, en, lo, all, not 'xx'"],
  [`${SITE}?depth=abc`, 400, "depth must be a whole number from 0 to 10, not 'abc'"],
  [`${SITE}?draft=maybe`, 400, "draft must be true or false, not 'maybe'"],
  [`${SITE}?fallback-locale=xx`, 400, "fallback-locale must be one of vi, en, lo, none, not 'xx'"],
  ['/api/payload-migrations/1', 404, 'Not found: GET /api/payload-migrations/1'],
]

describe('a malformed REST query', () => {
  it.each(cases)('%s answers %i naming the problem, anonymously and as an admin', async (path, status, message) => {
    for (const user of [undefined, admin]) {
      const res = await call(server, path, { user })
      expect({ status: res.status, message: messageOf(res) }).toEqual({ status, message })
    }
  })

  it('answers 400 on the versions of a collection and the id of a version (staff only routes)', async () => {
    const versions = await call(server, `${PR}/versions?limit=-1&where[version.embargoUntil][like]=x`, { user: admin })
    expect(versions.status).toBe(400)
    expect(messageOf(versions)).toBe(`limit must be a whole number from 0 to 1000, not '-1'; where[version.embargoUntil][like]: 'like' does not apply to version.embargoUntil (a date field); use one of ${dateOps}`)
    const version = await call(server, `${PR}/versions/abc`, { user: admin })
    expect({ status: version.status, message: messageOf(version) }).toEqual({ status: 400, message: "Invalid id 'abc' for press-releases: ids are whole numbers" })
  })

  it('answers 400 for an id that is no number on a custom endpoint too (the workflow transition)', async () => {
    const res = await call(server, `${PR}/abc/workflow`, { method: 'POST', user: contributor, body: JSON.stringify({ action: 'submit' }) })
    expect({ status: res.status, message: messageOf(res) }).toEqual({ status: 400, message: "Invalid id 'abc' for press-releases: ids are whole numbers" })
  })
})

describe('a well-formed REST query', () => {
  it('still answers 200 with the item: paging, depth, languages, draft, bounds (id greater than 0), conditions across a relationship and a polymorphic one, sort', async () => {
    const query = [
      'limit=5', 'page=1', 'depth=0', 'locale=en', 'fallback-locale=none', 'draft=false', 'sort=-createdAt,headline',
      `where[id][in]=${itemId},2`, 'where[id][greater_than]=0', 'where[state][in]=published,approved', 'where[embargoUntil][exists]=false',
      'where[or][0][topics.slug][exists]=false', 'where[or][1][related.relationTo][equals]=publications',
    ].join('&')
    const res = await call(server, `${PR}?${query}`, { user: admin })
    expect(res.status).toBe(200)
    expect((res.json().docs as { id: unknown }[]).map((d) => d.id)).toEqual([itemId])
  })

  it('by id, with a version query and on the global, answers 200', async () => {
    expect((await call(server, `${PR}/${itemId}?depth=1&locale=all`)).status).toBe(200)
    const versions = await call(server, `${PR}/versions?where[parent][equals]=${itemId}&where[version._status][equals]=published&limit=50`, { user: admin })
    expect(versions.status).toBe(200)
    expect((versions.json().docs as unknown[]).length).toBeGreaterThan(0)
    expect((await call(server, `${SITE}?locale=vi&depth=0`)).status).toBe(200)
  })
})

describe('a value the database cannot hold, in a body', () => {
  it('answers 400 naming the value (and on PostgreSQL creates nothing): a relationship id beyond any serial', async () => {
    const before = await ctx.payload.count({ collection: slugs.pressReleases, overrideAccess: true })
    const res = await call(server, PR, { method: 'POST', user: contributor, body: JSON.stringify({ headline: 'Tin thử', topics: [99999999999] }) })
    expect(res.status).toBe(400)
    expect(messageOf(res)).toBe(
      ctx.db.kind === 'postgres'
        ? 'Invalid value: value "99999999999" is out of range for type integer'
        : 'Invalid value: a relationship refers to a document that does not exist',
    )
    // SQLite runs without transactions here (Payload's default for it), so the item row written before
    // the refused relationship row stays: a known gap, reported, not this test's subject.
    if (ctx.db.kind === 'postgres') expect(await ctx.payload.count({ collection: slugs.pressReleases, overrideAccess: true })).toEqual(before)
  })
})

describe('Content-Security-Policy of the JSON APIs', () => {
  it("is default-src 'none'; frame-ancestors 'none' on REST answers, refusals, unknown API paths and the agency API's JSON", async () => {
    for (const path of [`${PR}?limit=1`, `${PR}/abc`, `${PR}?where=x`, '/api/nope', SITE, '/feed/v1/openapi.json', '/feed/v1/items']) {
      const res = await call(server, path)
      expect([path, res.headers.get('content-type')?.split(';')[0], res.headers.get('content-security-policy')]).toEqual([path, 'application/json', JSON_API_CSP])
    }
  })

  it('leaves the agency guide page its own policy', async () => {
    const res = await call(server, '/feed/v1/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
  })
})
