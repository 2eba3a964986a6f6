import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/**
 * Media follow the items they are attached to: a file is public once at least one public item uses
 * it (and its embargo has passed). Called by the workflow after every change of what is public.
 * (Filled in by the media-visibility work.)
 */
export async function refreshMediaVisibility(_args: {
  payload: Payload
  req: PayloadRequest
  collection: CollectionSlug
  mediaIds: Array<number | string>
}): Promise<void> {}

/** Every media id an item refers to, in any language (upload fields and Lexical upload nodes). */
export function mediaIdsOf(_payload: Payload, _collection: CollectionSlug, _doc: Record<string, unknown>): Array<number | string> {
  return []
}
