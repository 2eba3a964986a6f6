import type { PayloadRequest } from 'payload'

import type { Role } from '../../../src/access/roles'
import { allowedActions, decide, TransitionRefused, type WorkflowItem } from '../../../src/workflow/rules'
import { actions, states, type Action, type State } from '../../../src/workflow/states'

/**
 * The whole role × action × state matrix of the workflow's pure rule, written out here as the
 * product's specification (not derived from the transition table it checks). The HTTP suite
 * (tests/int/workflow/transitions.test.ts) keeps a few cases per action and per collection that
 * prove the endpoint applies this rule.
 */

type Actor = 'owner' | 'otherContributor' | 'editor' | 'publisher' | 'admin'
const rolesOf: Record<Actor, Role[]> = {
  owner: ['contributor'],
  otherContributor: ['contributor'],
  editor: ['editor'],
  publisher: ['publisher'],
  admin: ['admin'],
}
const idOf: Record<Actor, number> = { owner: 1, otherContributor: 2, editor: 3, publisher: 4, admin: 5 }
const userOf = (actor: Actor) => ({ id: idOf[actor], collection: 'users', roles: rolesOf[actor] }) as PayloadRequest['user']

/**
 * Whose role allows each action, and from which states of the working copy; `live`: must have been
 * published before; `ownOnly`: a contributor takes it only on items they created.
 */
const spec: Record<Action, { who: Actor[]; from: State[]; live?: true; ownOnly?: true }> = {
  submit: { who: ['owner', 'otherContributor', 'editor', 'publisher', 'admin'], from: ['draft', 'changesRequested'], ownOnly: true },
  requestChanges: { who: ['editor', 'admin'], from: ['inReview', 'approved'] },
  approve: { who: ['editor', 'admin'], from: ['inReview', 'approved'] },
  publish: { who: ['publisher', 'admin'], from: ['approved'] },
  schedule: { who: ['publisher', 'admin'], from: ['approved'] },
  unschedule: { who: ['publisher', 'admin'], from: ['scheduled'] },
  correct: { who: ['publisher', 'admin'], from: ['approved'], live: true },
  withdraw: { who: ['publisher', 'admin'], from: ['draft', 'inReview', 'changesRequested', 'approved', 'scheduled', 'published'], live: true },
  forcePublish: { who: ['admin'], from: ['draft', 'inReview', 'changesRequested', 'approved', 'scheduled'] },
}

const now = new Date('2026-12-07T03:00:00Z')
const inAnHour = new Date(now.getTime() + 3_600_000).toISOString()

/** An item owned and submitted by `owner`, with Vietnamese written and (from approval on) approved. */
function item(state: State, live: boolean, extra: Partial<WorkflowItem> = {}): WorkflowItem {
  const approved = ['approved', 'scheduled', 'published'].includes(state)
  return {
    id: 10,
    state,
    owner: idOf.owner,
    submittedBy: idOf.owner,
    readyLocales: approved || live ? ['vi'] : [],
    publishedLocales: live ? ['vi'] : [],
    firstPublishedAt: live ? '2026-12-01T00:00:00.000Z' : null,
    forcePublished: false,
    publishedVersion: live ? 1 : 0,
    scheduledFor: state === 'scheduled' ? inAnHour : null,
    scheduleJob: null,
    embargoUntil: null,
    localesWithContent: ['vi'],
    ...extra,
  }
}

/** The answer of decide(): 'ok' or the refusal's status. */
function outcome(it: WorkflowItem, actor: Actor, action: Action): 'ok' | 400 | 403 | 409 {
  try {
    decide(it, userOf(actor), { action, note: 'Ghi chú', at: inAnHour }, now)
    return 'ok'
  } catch (error) {
    if (error instanceof TransitionRefused) return error.status
    throw error
  }
}

const actors = Object.keys(rolesOf) as Actor[]
// A live item is `published` or has a revision in progress; `withdrawn` is final and never live.
const situations = states.flatMap((state) => [false, true].filter((live) => state !== 'withdrawn' || !live).map((live) => ({ state, live })))
const matrix = actions.flatMap((action) => situations.flatMap(({ state, live }) => actors.map((actor) => ({ action, state, live, actor }))))

/** What the specification says: the role first (403), then the state (409), then whose item it is (403). */
function expected({ action, state, live, actor }: (typeof matrix)[number]): 'ok' | 403 | 409 {
  const rule = spec[action]
  if (!rule.who.includes(actor)) return 403
  if (!rule.from.includes(state)) return 409
  if (rule.live && !live) return 409
  if (rule.ownOnly && actor === 'otherContributor') return 403
  return 'ok'
}

describe('the workflow rule over every role, action and state', () => {
  test.each(matrix.map((c) => ({ ...c, want: expected(c) })))('$actor $action from $state (live: $live) → $want', (c) => {
    expect(outcome(item(c.state, c.live), c.actor, c.action)).toBe(c.want)
  })

  test.each(actors)('the actions offered to %s are exactly the ones the rule allows', (actor) => {
    for (const { state, live } of situations) {
      const offered = allowedActions(item(state, live), userOf(actor), now)
      expect({ state, live, offered }).toEqual({ state, live, offered: actions.filter((action) => expected({ action, state, live, actor }) === 'ok') })
    }
  })
})

describe('four eyes', () => {
  const submitter = { ...item('inReview', false), submittedBy: idOf.editor }
  test.each(['approve', 'requestChanges'] as const)('an editor who submitted the item cannot %s it', (action) => {
    expect(() => decide(submitter, userOf('editor'), { action, note: 'n' }, now)).toThrow(
      new TransitionRefused(403, `You submitted this item: someone else must ${action === 'approve' ? 'approve' : 'request changes'} it (four eyes)`),
    )
  })
  test.each(['publish', 'schedule', 'correct'] as const)('a publisher who submitted the item cannot %s it', (action) => {
    const it = { ...item('approved', action === 'correct'), submittedBy: idOf.publisher }
    expect(outcome(it, 'publisher', action)).toBe(403)
    expect(outcome(it, 'admin', action)).toBe('ok')
  })
  test('an admin who submitted cannot approve, but may force-publish with a reason', () => {
    const it = { ...item('inReview', false), submittedBy: idOf.admin }
    expect(outcome(it, 'admin', 'approve')).toBe(403)
    expect(decide(it, userOf('admin'), { action: 'forcePublish', note: ' Cảnh báo lũ ' }, now)).toEqual({ locales: ['vi'], at: null, note: 'Cảnh báo lũ' })
    expect(() => decide(it, userOf('admin'), { action: 'forcePublish' }, now)).toThrow(new TransitionRefused(400, '"note" is required: force publish needs a note'))
  })
  test('a force-published item may be approved afterwards by someone else, and only then', () => {
    expect(outcome(item('published', true, { forcePublished: true }), 'editor', 'approve')).toBe('ok')
    expect(() => decide(item('published', true), userOf('editor'), { action: 'approve' }, now)).toThrow(
      new TransitionRefused(409, 'Cannot approve: the published item is not awaiting review'),
    )
  })
  test('a contributor submits only what they created', () => {
    expect(() => decide(item('draft', false), userOf('otherContributor'), { action: 'submit' }, now)).toThrow(
      new TransitionRefused(403, 'A contributor may submit only items they created'),
    )
  })
})

describe('what an action applies to', () => {
  test('approve takes the written languages, or the requested ones if each is written', () => {
    const it = item('inReview', false, { localesWithContent: ['vi', 'en'] })
    expect(decide(it, userOf('editor'), { action: 'approve' }, now).locales).toEqual(['vi', 'en'])
    expect(decide(it, userOf('editor'), { action: 'approve', locales: ['en', 'en'] }, now).locales).toEqual(['en'])
    expect(() => decide(it, userOf('editor'), { action: 'approve', locales: ['lo'] }, now)).toThrow(
      new TransitionRefused(409, 'Cannot approve LO: nothing is written in that language'),
    )
  })
  test('publish refuses a language not approved, and a live language changed since publication', () => {
    const it = item('approved', false, { readyLocales: ['vi'] })
    expect(() => decide(it, userOf('publisher'), { action: 'publish', locales: ['en'] }, now)).toThrow(
      new TransitionRefused(409, 'Cannot publish EN: not approved (not ready)'),
    )
    const stale = item('approved', true, { readyLocales: ['en'], publishedLocales: ['vi'] })
    expect(() => decide(stale, userOf('publisher'), { action: 'publish' }, now)).toThrow(
      new TransitionRefused(409, 'Cannot publish: VI changed since publication and is not approved'),
    )
  })
  test('schedule needs a valid future time and no running embargo', () => {
    const it = item('approved', false)
    const at = (value?: string) => () => decide(it, userOf('publisher'), { action: 'schedule', at: value }, now)
    expect(at(undefined)).toThrow(new TransitionRefused(400, '"at" is required: the time to publish, ISO 8601'))
    expect(at('tomorrow')).toThrow(new TransitionRefused(400, '"at" is not a valid time: tomorrow'))
    expect(at('2026-01-01T00:00:00Z')).toThrow(new TransitionRefused(400, `"at" must be in the future (now is ${now.toISOString()})`))
    expect(decide(it, userOf('publisher'), { action: 'schedule', at: inAnHour }, now).at).toEqual(new Date(inAnHour))
    const embargoed = item('approved', false, { embargoUntil: '2026-12-08T00:00:00Z' })
    expect(() => decide(embargoed, userOf('publisher'), { action: 'schedule', at: inAnHour }, now)).toThrow(
      new TransitionRefused(409, 'Cannot schedule an item under embargo: publish it with the embargo, or remove the embargo and schedule'),
    )
  })
  test('withdraw and correct need their public note; withdraw takes every published language', () => {
    const live = item('published', true, { publishedLocales: ['vi', 'lo'], readyLocales: ['vi', 'lo'] })
    expect(() => decide(live, userOf('publisher'), { action: 'withdraw', note: '  ' }, now)).toThrow(
      new TransitionRefused(400, '"note" is required: withdraw needs a public reason'),
    )
    expect(decide(live, userOf('publisher'), { action: 'withdraw', note: 'Sai số liệu' }, now)).toEqual({ locales: ['vi', 'lo'], at: null, note: 'Sai số liệu' })
    expect(() => decide(item('approved', true), userOf('publisher'), { action: 'correct' }, now)).toThrow(
      new TransitionRefused(400, '"note" is required: publish correction needs a public correction note'),
    )
  })
})
