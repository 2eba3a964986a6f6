import type { Access, PayloadRequest, Where } from 'payload'

import { locales, type ContentCollectionSlug, type Locale } from '../domain'
import { clockOf } from '../workflow/clock'
import { isStaff } from './roles'

export type ReleaseRuleOptions = {
  /** The collection has `embargoUntil` (press releases): hidden until it passes. */
  embargo?: boolean
  /** A further condition for the public (e.g. training materials marked public). */
  also?: Where
}

/**
 * What the public may read of a workflow collection, as a row rule: published by the workflow, in
 * the requested language, and past its embargo (by the injectable clock). Read by id, a withdrawn
 * item is also found, so its URL answers with the withdrawal notice (see hideUnreleasedContent).
 */
export function releasedWhere(req: PayloadRequest, options: ReleaseRuleOptions, byId: boolean): Where {
  const live = releasedConditions(options, {
    now: clockOf(req.payload).now(),
    locales: req.locale && req.locale !== 'all' ? [req.locale as Locale] : [...locales],
  })
  if (!byId) return { and: live }
  const withdrawn: Where[] = [{ _status: { equals: 'published' } }, { state: { equals: 'withdrawn' } }]
  if (options.also) withdrawn.push(options.also)
  return { or: [{ and: live }, { and: withdrawn }] }
}

/**
 * The conditions for "released" in a collection: published by the workflow, in one of `locales`,
 * past its embargo unless `embargoed` (trusted agency clients and accredited journalists) lets it
 * through. Shared by the public read rule, the agency API, feeds and webhooks.
 */
export function releasedConditions(options: ReleaseRuleOptions, at: { now: Date; locales: readonly Locale[]; embargoed?: boolean }): Where[] {
  const live: Where[] = [
    { _status: { equals: 'published' } },
    { state: { equals: 'published' } },
    { publishedLocales: { in: [...at.locales] } },
  ]
  if (options.embargo && !at.embargoed) {
    live.push({
      or: [{ embargoUntil: { exists: false } }, { embargoUntil: { equals: null } }, { embargoUntil: { less_than_equal: at.now.toISOString() } }],
    })
  }
  if (options.also) live.push(options.also)
  return live
}

/** The release rule of each content collection: the one place that says which has an embargo. */
export const releaseRules: Record<ContentCollectionSlug, ReleaseRuleOptions> = {
  'press-releases': { embargo: true },
  publications: {},
  'training-materials': { also: { visibility: { equals: 'public' } } },
  'partner-media': {},
  // A restricted brief never reaches the public: agencies and accredited journalists get it through the read model.
  briefings: { also: { audience: { equals: 'public' } } },
}

/** Staff read everything; the public reads released items only. */
export const releasedOrStaff =
  (options: ReleaseRuleOptions = {}): Access =>
  ({ req, id }) =>
    isStaff(req.user) ? true : releasedWhere(req, options, id !== undefined && id !== null)
