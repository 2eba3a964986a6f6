import { locales, type Locale } from '../domain'
import { hasRole, type Role } from '../access/roles'
import type { PayloadRequest } from 'payload'
import { actionLabels, transitions, type Action, type State } from './states'

/** The workflow's view of an item's working copy. */
export type WorkflowItem = {
  id: number | string
  state: State
  owner: number | string | null
  submittedBy: number | string | null
  readyLocales: Locale[]
  publishedLocales: Locale[]
  firstPublishedAt: string | null
  forcePublished: boolean
  publishedVersion: number
  scheduledFor: string | null
  scheduleJob: string | null
  embargoUntil: string | null
  /** Locales whose title is filled in: the ones there is something to review. */
  localesWithContent: Locale[]
}

export type TransitionInput = { action: Action; note?: string; locales?: Locale[]; at?: string }

type User = PayloadRequest['user']

/** A refused transition: 400 bad input, 403 not yours to take, 409 not possible in this state. */
export class TransitionRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 409,
    message: string,
  ) {
    super(message)
  }
}

export const isLive = (item: Pick<WorkflowItem, 'firstPublishedAt' | 'state'>) => Boolean(item.firstPublishedAt) && item.state !== 'withdrawn'

const sameId = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)
const editorialRoles: Role[] = ['editor', 'publisher']

/** Only the contributor role: may act on their own items only. */
export const isContributorOnly = (user: User) => hasRole(user, 'contributor') && !hasRole(user, ...editorialRoles)

const list = (values: readonly string[]) => values.map((v) => v.toUpperCase()).join(', ')

/** The locales an action applies to, validated; the item's fields after it come from the service. */
export type Decision = { locales: Locale[]; at: Date | null; note: string | null }

/**
 * Decide whether `user` may take `input.action` on `item` at `now`. Throws TransitionRefused with the
 * reason, or answers what the action applies to. Pure: the service does the writing.
 */
export function decide(item: WorkflowItem, user: User, input: TransitionInput, now: Date): Decision {
  const rule = transitions[input.action]
  const name = actionLabels[input.action].en.toLowerCase()
  if (!user) throw new TransitionRefused(403, 'Sign in to change the workflow state')
  if (!hasRole(user, ...rule.roles)) {
    throw new TransitionRefused(403, `Only a ${rule.roles.join(' or ')} may ${name}`)
  }
  if (!rule.from.includes(item.state)) {
    throw new TransitionRefused(409, `Cannot ${name}: the item is ${item.state}; allowed from ${rule.from.join(', ')}`)
  }
  const live = isLive(item)
  if (rule.live === 'required' && !live) throw new TransitionRefused(409, `Cannot ${name}: the item has not been published`)
  if (input.action === 'approve' && item.state === 'published' && !item.forcePublished) {
    throw new TransitionRefused(409, 'Cannot approve: the published item is not awaiting review')
  }
  if (rule.notBySubmitter && sameId(item.submittedBy, user.id)) {
    throw new TransitionRefused(403, `You submitted this item: someone else must ${name} it (four eyes)`)
  }
  if (input.action === 'submit' && isContributorOnly(user) && !sameId(item.owner, user.id)) {
    throw new TransitionRefused(403, 'A contributor may submit only items they created')
  }
  const note = input.note?.trim() ? input.note.trim() : null
  if (rule.noteRequired && !note) {
    const what = input.action === 'withdraw' ? 'a public reason' : input.action === 'correct' ? 'a public correction note' : 'a note'
    throw new TransitionRefused(400, `"note" is required: ${name} needs ${what}`)
  }

  const requested = input.locales && input.locales.length > 0 ? [...new Set(input.locales)] : null
  let decided: Locale[] = []
  switch (input.action) {
    case 'approve': {
      decided = requested ?? item.localesWithContent
      const empty = decided.filter((l) => !item.localesWithContent.includes(l))
      if (empty.length) throw new TransitionRefused(409, `Cannot approve ${list(empty)}: nothing is written in that language`)
      if (decided.length === 0) throw new TransitionRefused(409, 'Cannot approve: no language has a title yet')
      break
    }
    case 'publish':
    case 'schedule':
    case 'correct': {
      decided = requested ?? item.readyLocales
      if (decided.length === 0) throw new TransitionRefused(409, `Cannot ${name}: no language has been approved`)
      const notReady = decided.filter((l) => !item.readyLocales.includes(l))
      if (notReady.length) throw new TransitionRefused(409, `Cannot ${name} ${list(notReady)}: not approved (not ready)`)
      // Publishing writes every language of the working copy: a live language with unapproved edits would go out unreviewed.
      const stale = item.publishedLocales.filter((l) => !item.readyLocales.includes(l))
      if (stale.length) throw new TransitionRefused(409, `Cannot ${name}: ${list(stale)} changed since publication and is not approved`)
      break
    }
    case 'forcePublish': {
      decided = requested ?? item.localesWithContent
      const empty = decided.filter((l) => !item.localesWithContent.includes(l))
      if (empty.length || decided.length === 0) {
        throw new TransitionRefused(409, `Cannot force-publish ${list(empty.length ? empty : locales)}: nothing is written in that language`)
      }
      break
    }
    case 'withdraw':
      decided = item.publishedLocales
      break
    default:
      decided = requested ?? []
  }

  let at: Date | null = null
  if (input.action === 'schedule') {
    if (!input.at) throw new TransitionRefused(400, '"at" is required: the time to publish, ISO 8601')
    at = new Date(input.at)
    if (Number.isNaN(at.getTime())) throw new TransitionRefused(400, `"at" is not a valid time: ${input.at}`)
    if (at.getTime() <= now.getTime()) throw new TransitionRefused(400, `"at" must be in the future (now is ${now.toISOString()})`)
    if (item.embargoUntil && new Date(item.embargoUntil).getTime() > now.getTime()) {
      throw new TransitionRefused(409, 'Cannot schedule an item under embargo: publish it with the embargo, or remove the embargo and schedule')
    }
  }
  return { locales: decided, at, note }
}

/** Every action the user may take now, for the admin's buttons (the same rules the server enforces). */
export function allowedActions(item: WorkflowItem, user: User, now: Date): Action[] {
  return (Object.keys(transitions) as Action[]).filter((action) => {
    try {
      decide(item, user, { action, note: 'x', at: new Date(now.getTime() + 3_600_000).toISOString() }, now)
      return true
    } catch (error) {
      if (error instanceof TransitionRefused) return false
      throw error
    }
  })
}
