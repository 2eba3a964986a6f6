import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionAfterErrorHook,
  type CollectionBeforeChangeHook,
} from 'payload'

import { slugs } from '../../../src/domain'

const MAX_ATTEMPTS = 50
const RESERVATION = 'releaseNumberReservation'

/** The calendar year in Vietnam, where the numbering year starts. */
export function releaseYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(at))
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof ValidationError && error.data.errors.some((e) => e.path === 'value')
}

/**
 * Give a new press release the next number of the year, e.g. `12/2026`. The number is reserved in
 * `release-numbers` outside the release's own transaction, so two concurrent creations cannot take
 * the same one: the loser of the unique index retries with the next number. A number sent by the
 * client is ignored: numbering belongs to the office.
 */
export const assignReleaseNumber: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const year = releaseYear(new Date())
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const last = await req.payload.find({
      collection: slugs.releaseNumbers,
      where: { year: { equals: year } },
      sort: '-sequence',
      limit: 1,
      depth: 0,
      pagination: false,
    })
    const sequence = (last.docs[0]?.sequence ?? 0) + 1
    const value = `${sequence}/${year}`
    try {
      const reservation = await req.payload.create({ collection: slugs.releaseNumbers, data: { value, year, sequence } })
      req.context[RESERVATION] = reservation.id
      return { ...data, releaseNumber: value, releaseYear: year, releaseSequence: sequence }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
  }
  throw new Error(`Could not reserve a release number for ${year} after ${MAX_ATTEMPTS} attempts`)
}

/** The release was stored: its number is final. */
export const keepReleaseNumber: CollectionAfterChangeHook = ({ doc, req }) => {
  delete req.context[RESERVATION]
  return doc
}

/**
 * Validation runs after beforeChange hooks, so a creation refused for a missing field has already
 * reserved a number: give it back, so refused attempts over the API leave no gap in the numbering.
 */
export const releaseUnusedNumber: CollectionAfterErrorHook = async ({ req }) => {
  const id = req.context[RESERVATION]
  if (typeof id !== 'number' && typeof id !== 'string') return
  delete req.context[RESERVATION]
  await req.payload.delete({ collection: slugs.releaseNumbers, id })
}
