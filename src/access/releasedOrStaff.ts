import type { Access, PayloadRequest, Where } from 'payload'

import { locales } from '../../collections/slugs'
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
  const now = clockOf(req.payload).now().toISOString()
  const locale = req.locale && req.locale !== 'all' ? [req.locale] : [...locales]
  const live: Where[] = [
    { _status: { equals: 'published' } },
    { state: { equals: 'published' } },
    { publishedLocales: { in: locale } },
  ]
  if (options.embargo) {
    live.push({ or: [{ embargoUntil: { exists: false } }, { embargoUntil: { equals: null } }, { embargoUntil: { less_than_equal: now } }] })
  }
  if (options.also) live.push(options.also)
  if (!byId) return { and: live }
  const withdrawn: Where[] = [{ _status: { equals: 'published' } }, { state: { equals: 'withdrawn' } }]
  if (options.also) withdrawn.push(options.also)
  return { or: [{ and: live }, { and: withdrawn }] }
}

/** Staff read everything; the public reads released items only. */
export const releasedOrStaff =
  (options: ReleaseRuleOptions = {}): Access =>
  ({ req, id }) =>
    isStaff(req.user) ? true : releasedWhere(req, options, id !== undefined && id !== null)
