import type { PayloadRequest, SelectField, TextField } from 'payload'

import { monitoringLanguages, ruleLanguages } from '../domain'
import { validationMessages } from '../i18n/validation'
import { label } from '../lib/labels'

const languageLabels = {
  vi: label('Tiếng Việt', 'Vietnamese'),
  en: label('Tiếng Anh', 'English'),
  lo: label('Tiếng Lào', 'Lao'),
  other: label('Khác', 'Other'),
}

/** The language of an outlet or a clipping (vi, en, lo, other). */
export const monitoringLanguageField = (overrides: Partial<Pick<SelectField, 'required' | 'defaultValue' | 'index' | 'access'>> = {}): SelectField => ({
  name: 'language',
  type: 'select',
  label: label('Ngôn ngữ', 'Language'),
  options: monitoringLanguages.map((value) => ({ value, label: languageLabels[value] })),
  ...overrides,
})

/** The language of a keyword rule (vi, en, lo: each matches its own way). */
export const ruleLanguageField = (): SelectField => ({
  name: 'language',
  type: 'select',
  label: label('Ngôn ngữ', 'Language'),
  required: true,
  options: ruleLanguages.map((value) => ({ value, label: languageLabels[value] })),
})

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })

/** An assigned ISO 3166-1 alpha-2 code (VN, LA, US…): two capitals that name a region. */
export function isCountryCode(value: string): boolean {
  if (!/^[A-Z]{2}$/.test(value) || value === 'ZZ') return false
  return regions.of(value) !== value
}

/** A country as an ISO 3166-1 alpha-2 code, upper-cased on save. */
export const countryCodeField = (overrides: Partial<Pick<TextField, 'required' | 'defaultValue' | 'index' | 'access'>> = {}): TextField => ({
  name: 'country',
  type: 'text',
  label: label('Quốc gia (mã ISO)', 'Country (ISO code)'),
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
  validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
    !value || isCountryCode(value) ? true : validationMessages(req).countryCode,
  ...overrides,
})
