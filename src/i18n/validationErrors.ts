/**
 * A refused save names the field and, for a per-language field, the language being saved:
 * "Trường sau chưa hợp lệ: Tiêu đề (Tiếng Anh)". Payload names the field only (its label has no
 * access to the request's locale), so an editor who saved the English version could not tell that
 * the English title is the one missing. One afterError hook on the REST API (which the admin's forms
 * use) adds the language to the label of every localized field and rewrites the summary with it.
 */
import { ValidationError, type AfterErrorHook, type FlattenedField } from 'payload'

import { contentLanguageName } from './languages'

type FieldError = { label?: unknown; message?: unknown; path?: unknown }

/**
 * Whether the value at `path` (`contacts.0.role`) is stored per language: the field, or one of the
 * fields it sits in, is localized. Unknown paths are not.
 */
export function isLocalizedPath(fields: readonly FlattenedField[], path: string): boolean {
  let current: readonly FlattenedField[] | undefined = fields
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue // a row of an array
    const field: FlattenedField | undefined = current?.find((f) => f.name === segment)
    if (!field) return false
    if ('localized' in field && field.localized) return true
    current = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return false
}

/** The fields a validation error refers to: its collection's or its global's. */
function fieldsOf(args: Parameters<AfterErrorHook>[0], data: Record<string, unknown>): readonly FlattenedField[] | undefined {
  if (args.collection) return args.collection.flattenedFields
  const global = typeof data.global === 'string' ? args.req.payload.config.globals.find((g) => g.slug === data.global) : undefined
  return global?.flattenedFields
}

export const nameLanguageOfInvalidFields: AfterErrorHook = (args) => {
  const { error, req, result } = args
  const locale = req.locale
  if (!(error instanceof ValidationError) || !result || !locale || locale === 'all' || !req.payload.config.localization) return
  const errors = result.errors.map((entry) => {
    if (entry.name !== 'ValidationError' || !entry.data || !Array.isArray(entry.data.errors)) return entry
    const fields = fieldsOf(args, entry.data)
    if (!fields) return entry
    const language = contentLanguageName(locale, req.i18n.language)
    const fieldErrors = (entry.data.errors as FieldError[]).map((fieldError) =>
      typeof fieldError.path === 'string' && typeof fieldError.label === 'string' && isLocalizedPath(fields, fieldError.path)
        ? { ...fieldError, label: `${fieldError.label} (${language})` }
        : fieldError,
    )
    const labels = fieldErrors.map((e) => (typeof e.label === 'string' && e.label ? e.label : String(e.path)))
    const summary = req.t('error:followingFieldsInvalid', { count: fieldErrors.length })
    return { ...entry, message: `${summary} ${labels.join(', ')}`, data: { ...entry.data, errors: fieldErrors } }
  })
  return { response: { ...result, errors } }
}
