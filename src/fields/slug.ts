import type { FieldHook, PayloadRequest, TextField, Validate } from 'payload'

import { slugify } from '../lib/slugify'
import { label } from '../lib/labels'
import { validationMessages } from '../i18n/validation'

type SlugOptions = {
  /** The field the slug is made from when left empty. */
  from: string
  /** One slug per language (content), or one for all (reference data such as topics). */
  localized?: boolean
}

const MAX_SUFFIX = 100

/**
 * Fill an empty slug from the title. A generated slug never clashes: "-2", "-3"… is appended when
 * the plain one is taken in this language. A slug typed by an editor is kept as typed and checked by
 * `uniqueSlug` when the item is published.
 */
const generateSlug =
  (from: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string' || source.trim() === '') return value
    const base = slugify(source)
    if (!collection || !base) return base
    for (let n = 1; n <= MAX_SUFFIX; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      if (!(await slugTaken(req, collection.slug, candidate, originalDoc?.id))) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

async function slugTaken(req: PayloadRequest, collection: string, slug: string, id: number | string | undefined): Promise<boolean> {
  const clash = await req.payload.find({
    collection: collection as 'topics',
    where: { and: [{ slug: { equals: slug } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    locale: req.locale ?? undefined,
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  return clash.docs.length > 0
}

/** Unique per collection, and per language when localized; the error names the field. */
const uniqueSlug: Validate<string | null | undefined, unknown, unknown, TextField> = async (
  value,
  { req, id, collectionSlug },
) => {
  if (!value) return true
  if (!/^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u.test(value)) {
    return validationMessages(req).slugCharacters
  }
  if (!collectionSlug) return true
  return (await slugTaken(req, collectionSlug, value, id)) ? validationMessages(req).slugTaken(value) : true
}

export function slugField({ from, localized = true }: SlugOptions): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: label('Đường dẫn (slug)', 'Slug'),
    localized,
    index: true,
    validate: uniqueSlug,
    admin: {
      position: 'sidebar',
      description: label(
        'Để trống để tạo tự động từ tiêu đề.',
        'Leave empty to generate it from the title.',
      ),
    },
    hooks: { beforeValidate: [generateSlug(from)] },
  }
}
