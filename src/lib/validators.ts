/** Field validators shared by collections; each returns true or a message naming the problem, in the request's language. */
import type { Label } from '../i18n'
import { labelIn, validationMessages } from '../i18n/validation'

type Options = { req?: { i18n?: { language?: string } } }

export function httpUrl(fieldLabel: Label) {
  return (value: string | null | undefined, { req }: Options = {}): true | string => {
    if (!value) return true
    const refusal = validationMessages(req).httpUrl(labelIn(fieldLabel, req))
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol) ? true : refusal
    } catch {
      return refusal
    }
  }
}

export function phoneNumber(value: string | null | undefined, { req }: Options = {}): true | string {
  if (!value) return true
  return /^\+?[0-9 ().-]{6,20}$/.test(value) ? true : validationMessages(req).phoneNumber
}
