import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/**
 * Write some columns of one document without hooks, validation or a new version
 * (`payload.db.updateOne`), keeping everything else as it is.
 *
 * The SQL adapters rewrite every top-level array field of the collection on an update, deleting the
 * rows of any array the data does not carry: a plain `db.updateOne({ data: { state } })` wiped
 * a press release's contacts. So the current values of those arrays (every language) are read
 * first (adapter-level data carries localized values per language) and written back with the change. MongoDB sets only the given fields; it needs nothing.
 */
export async function updateRow(
  payload: Payload,
  args: { collection: CollectionSlug; id: number | string; data: Record<string, unknown>; req?: Partial<PayloadRequest>; returning?: boolean },
): Promise<void> {
  const { collection, id, req } = args
  const data = { ...args.data }
  if ((payload.db as { name: string }).name !== 'mongoose') {
    const config = payload.collections[collection]?.config
    const arrays = (config?.fields ?? []).filter((f) => f.type === 'array' && 'name' in f && !(f.name in data)).map((f) => (f as { name: string }).name)
    if (arrays.length > 0) {
      const current = (await payload.db.findOne({ collection, where: { id: { equals: id } }, locale: 'all', req })) as Record<string, unknown> | null
      for (const name of arrays) if (current && Array.isArray(current[name])) data[name] = current[name]
    }
  }
  await payload.db.updateOne({ collection, id, data, req, returning: args.returning ?? false })
}
