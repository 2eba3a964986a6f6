import type { FlattenedField, SanitizedConfig } from 'payload'

/**
 * What a query path (`headline`, `version.state`, `partner.name`, `related.value`) ends on, as far as
 * the value checks need to know: the kind of value the database column holds.
 */
export type Target =
  | { kind: 'id'; text: boolean }
  | { kind: 'field'; field: FlattenedField }
  /** The `relationTo` half of a polymorphic relationship: one of the listed collection slugs. */
  | { kind: 'relationTo'; slugs: string[] }
  /** The whole of a polymorphic relationship, compared as Payload's `{ relationTo, value }`. */
  | { kind: 'polymorphic'; field: FlattenedField }

/** The id a collection's documents carry: serial numbers, unless the collection declares a text `id` field. */
export function idTarget(fields: readonly FlattenedField[]): Target {
  const custom = fields.find((f) => f.name === 'id')
  return { kind: 'id', text: custom !== undefined && custom.type !== 'number' }
}

const childFields = (field: FlattenedField): readonly FlattenedField[] | undefined => {
  if (field.type === 'blocks') {
    const blockFields = field.blocks.flatMap((block) => block.flattenedFields)
    return [{ name: 'blockType', type: 'text' }, { name: 'id', type: 'text' }, ...blockFields] as FlattenedField[]
  }
  if (field.type === 'array') return [{ name: 'id', type: 'text' } as FlattenedField, ...field.flattenedFields]
  if ('flattenedFields' in field) return field.flattenedFields
  return undefined
}

/**
 * The target of a dotted path in a collection's or global's fields, following groups, tabs, array
 * rows, blocks and relationships into the related collection, as Payload's query builder does;
 * undefined when the path names no field.
 */
export function resolvePath(config: SanitizedConfig, fields: readonly FlattenedField[], path: string): Target | undefined {
  let current: readonly FlattenedField[] = fields
  let target: Target | undefined
  const segments = path.split('.')
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]
    if (target) {
      // A path continues past its field only through something that holds more fields.
      if (target.kind === 'polymorphic' && target.field.type === 'relationship' || target.kind === 'polymorphic' && target.field.type === 'upload') {
        const relationTo = target.field.relationTo as string[]
        if (segment === 'relationTo' && i === segments.length - 1) return { kind: 'relationTo', slugs: relationTo }
        if (segment === 'value' && i === segments.length - 1) return { kind: 'id', text: false }
        return undefined
      }
      if (target.kind !== 'field') return undefined
      const field = target.field
      if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
        const related = config.collections.find((c) => c.slug === field.relationTo)
        if (!related) return undefined
        current = related.flattenedFields
        if (segment === 'id') {
          target = idTarget(current)
          continue
        }
      } else {
        const children = childFields(field)
        if (!children) return undefined
        current = children
        // A row index inside an array (`contacts.0.role`) stays in the same fields.
        if (/^\d+$/.test(segment) && (field.type === 'array' || field.type === 'blocks')) continue
      }
    } else if (segment === 'id' && !current.some((f) => f.name === 'id')) {
      target = idTarget(current)
      continue
    }
    const field = current.find((f) => f.name === segment)
    if (!field) return undefined
    const polymorphic = (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)
    target = polymorphic ? { kind: 'polymorphic', field } : { kind: 'field', field }
  }
  return target
}
