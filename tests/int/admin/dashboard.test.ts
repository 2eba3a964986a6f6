/**
 * The dashboard's overview counts working copies per content collection and workflow state, with
 * the signed-in user's access: everything for editors and publishers, their own items for a
 * contributor. Links open the list filtered the same way.
 */
import { countByState, listUrl, overviewScope } from '../../../src/admin/workflow/dashboard'
import { asPrincipal } from '../../../src/admin/workflow/reviewQueue'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { itemInState } from '../../helpers/workflow'

let ctx: TestContext
let contributor: TestUser
let otherContributor: TestUser
let editor: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  contributor = await createUser(ctx.payload, ['contributor'])
  otherContributor = await createUser(ctx.payload, ['contributor'])
  editor = await createUser(ctx.payload, ['editor'])
  const p = ctx.payload
  await itemInState(p, slugs.pressReleases, { state: 'draft', owner: contributor })
  await itemInState(p, slugs.pressReleases, { state: 'draft', owner: otherContributor })
  await itemInState(p, slugs.pressReleases, { state: 'inReview', owner: contributor })
  await itemInState(p, slugs.pressReleases, { state: 'changesRequested', owner: contributor })
  await itemInState(p, slugs.pressReleases, { state: 'published', owner: otherContributor, live: true })
  // A live item whose working copy is an approved revision counts as approved (what the badge says).
  await itemInState(p, slugs.pressReleases, { state: 'approved', owner: otherContributor, live: true, readyLocales: ['vi'] })
  await itemInState(p, slugs.publications, { state: 'approved', owner: contributor, readyLocales: ['vi'] })
  await itemInState(p, slugs.trainingMaterials, { state: 'scheduled', owner: otherContributor, readyLocales: ['vi'] })
  await itemInState(p, slugs.partnerMedia, { state: 'withdrawn', owner: contributor, live: true })
  await itemInState(p, slugs.briefings, { state: 'inReview', owner: contributor })
})
afterAll(async () => {
  await ctx?.destroy()
})

const none = { draft: 0, inReview: 0, changesRequested: 0, approved: 0, scheduled: 0, published: 0, withdrawn: 0 }

test('an editor sees every item, per collection and state', async () => {
  const principal = asPrincipal(editor.user)!
  expect(overviewScope(principal)).toBe('all')
  expect(await countByState(ctx.payload, principal)).toEqual([
    { collection: slugs.pressReleases, byState: { ...none, draft: 2, inReview: 1, changesRequested: 1, published: 1, approved: 1 }, total: 6 },
    { collection: slugs.publications, byState: { ...none, approved: 1 }, total: 1 },
    { collection: slugs.trainingMaterials, byState: { ...none, scheduled: 1 }, total: 1 },
    { collection: slugs.partnerMedia, byState: { ...none, withdrawn: 1 }, total: 1 },
    { collection: slugs.briefings, byState: { ...none, inReview: 1 }, total: 1 },
  ])
})

test('a contributor sees their own items only', async () => {
  const principal = asPrincipal(contributor.user)!
  expect(overviewScope(principal)).toBe('own')
  expect(await countByState(ctx.payload, principal)).toEqual([
    { collection: slugs.pressReleases, byState: { ...none, draft: 1, inReview: 1, changesRequested: 1 }, total: 3 },
    { collection: slugs.publications, byState: { ...none, approved: 1 }, total: 1 },
    { collection: slugs.trainingMaterials, byState: none, total: 0 },
    { collection: slugs.partnerMedia, byState: { ...none, withdrawn: 1 }, total: 1 },
    { collection: slugs.briefings, byState: { ...none, inReview: 1 }, total: 1 },
  ])
})

test('a cell links to the list filtered by state, and by owner for a contributor', () => {
  expect(decodeURIComponent(listUrl('/admin', slugs.pressReleases, asPrincipal(editor.user)!, 'inReview'))).toBe(
    '/admin/collections/press-releases?where[or][0][and][0][state][equals]=inReview',
  )
  expect(decodeURIComponent(listUrl('/admin', slugs.pressReleases, asPrincipal(contributor.user)!, 'draft'))).toBe(
    `/admin/collections/press-releases?where[or][0][and][0][state][equals]=draft&where[or][0][and][1][owner][equals]=${contributor.user.id}`,
  )
})
