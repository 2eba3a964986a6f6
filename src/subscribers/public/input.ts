import { z } from 'zod'

import { contentCollections, frequencies, locales, type ContentCollectionSlug, type Frequency, type Locale } from '../../domain'
import { normalizeEmailAddress } from '../../email/addresses'
import type { FieldErrors } from './html'
import { CONSENT_TEXT_VERSION, type FieldName, type Strings } from './strings'

/**
 * What the public may send: the sign-up (form or JSON) and the preferences form. Only these
 * fields are read; anything else (`status`, `accredited`, `tokenVersion`…) is dropped unseen.
 */
export const maxLengths = { email: 254, name: 200, outlet: 200, country: 100 } as const

/** The honeypot: hidden from people, filled by bots. */
export const HONEYPOT_FIELD = 'website'

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v))

const preferenceShape = {
  name: optionalText(maxLengths.name),
  outlet: optionalText(maxLengths.outlet),
  country: optionalText(maxLengths.country),
  language: z.enum(locales),
  topics: z.array(z.union([z.string().trim().min(1).max(64), z.number().int()])).max(200),
  contentTypes: z.array(z.enum(contentCollections)).max(contentCollections.length),
  frequency: z.enum(frequencies),
}

const signupSchema = z.object({
  email: z
    .string()
    .trim()
    .max(maxLengths.email)
    .transform(normalizeEmailAddress)
    .pipe(z.email()),
  ...preferenceShape,
  consent: z.literal(true),
  consentTextVersion: z.literal(CONSENT_TEXT_VERSION).optional(),
  [HONEYPOT_FIELD]: z.string().optional(),
})

const preferencesSchema = z.object(preferenceShape)

export type Preferences = {
  name?: string
  outlet?: string
  country?: string
  language: Locale
  /** As sent: checked against the `topics` collection before use. */
  topics: (string | number)[]
  contentTypes: ContentCollectionSlug[]
  frequency: Frequency
}
export type Signup = Preferences & { email: string; honeypot: boolean }

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; field: FieldName }

/** A form value as a list: a repeated field arrives as an array, a single one as a string. */
const asList = (value: unknown): unknown => (value === undefined ? [] : Array.isArray(value) ? value : typeof value === 'string' ? [value] : value)

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value)

/**
 * Bring a urlencoded form to the JSON shape (lists for repeated fields, `consent=yes` as true) and
 * fill the defaults both kinds share: language = the page language, frequency = immediately.
 */
function normalized(body: Record<string, unknown>, form: boolean, pageLanguage: Locale): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body }
  if (form) {
    out.topics = asList(body.topics)
    out.contentTypes = asList(body.contentTypes)
    if ('consent' in body) out.consent = body.consent === 'yes' || body.consent === 'on' || body.consent === 'true'
  } else {
    out.topics ??= []
    out.contentTypes ??= []
  }
  if (form && Array.isArray(out.topics)) out.topics = out.topics.filter((t) => t !== '')
  out.language = out.language === undefined || out.language === '' ? pageLanguage : out.language
  out.frequency = out.frequency === undefined || out.frequency === '' ? frequencies[0] : out.frequency
  return out
}

function fieldErrors(error: z.ZodError, t: Strings): { errors: FieldErrors; field: FieldName } {
  const errors: FieldErrors = {}
  let first: FieldName | undefined
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '')
    const field: FieldName = key === HONEYPOT_FIELD || key === '' ? 'email' : (key as FieldName)
    if (errors[field]) continue
    errors[field] = messageFor(field, t)
    first ??= field
  }
  return { errors, field: first ?? 'email' }
}

function messageFor(field: FieldName, t: Strings): string {
  switch (field) {
    case 'name':
    case 'outlet':
    case 'country':
      return t.errors.tooLong(t.fields[field], maxLengths[field])
    case 'email':
    case 'consent':
    case 'language':
    case 'frequency':
    case 'topics':
    case 'contentTypes':
    case 'consentTextVersion':
    case 'token':
      return t.errors[field]
  }
}

export function parseSignup(body: unknown, form: boolean, pageLanguage: Locale, t: Strings): Parsed<Signup> {
  if (!isRecord(body)) return { ok: false, errors: { email: t.errors.body }, field: 'email' }
  const parsed = signupSchema.safeParse(normalized(body, form, pageLanguage))
  if (!parsed.success) return { ok: false, ...fieldErrors(parsed.error, t) }
  const { [HONEYPOT_FIELD]: trap, consent: _consent, consentTextVersion: _version, ...rest } = parsed.data
  return { ok: true, value: { ...rest, honeypot: typeof trap === 'string' && trap.trim() !== '' } }
}

export function parsePreferences(body: unknown, pageLanguage: Locale, t: Strings): Parsed<Preferences> {
  if (!isRecord(body)) return { ok: false, errors: { name: t.errors.body }, field: 'name' }
  const parsed = preferencesSchema.safeParse(normalized(body, true, pageLanguage))
  if (!parsed.success) return { ok: false, ...fieldErrors(parsed.error, t) }
  return { ok: true, value: parsed.data }
}

/** The values a form shows back (after an error, or from the record). */
export type FormValues = {
  email?: string
  name?: string
  outlet?: string
  country?: string
  language: Locale
  topics: string[]
  contentTypes: string[]
  frequency: string
  consent?: boolean
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const strings = (value: unknown): string[] => (asList(value) as unknown[]).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String)

/** What the person sent, to fill the form again when it is refused. */
export function valuesFromBody(body: unknown, pageLanguage: Locale): FormValues {
  const b = isRecord(body) ? body : {}
  return {
    email: str(b.email),
    name: str(b.name),
    outlet: str(b.outlet),
    country: str(b.country),
    language: (locales as readonly unknown[]).includes(b.language) ? (b.language as Locale) : pageLanguage,
    topics: strings(b.topics),
    contentTypes: strings(b.contentTypes),
    frequency: str(b.frequency) ?? frequencies[0],
    consent: b.consent === 'yes' || b.consent === true,
  }
}
