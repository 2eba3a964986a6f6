import { createHash } from 'node:crypto'

/** One spelling per address: trimmed and lower-cased. */
export const normalizeEmailAddress = (value: string): string => value.trim().toLowerCase()

/** What the suppression list keys on: SHA-256 of the normalized address (hex). */
export const emailHashOf = (value: string): string => createHash('sha256').update(normalizeEmailAddress(value)).digest('hex')
