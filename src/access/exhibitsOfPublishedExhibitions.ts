import type { Access } from 'payload'

import { publishedExhibitionIds } from '../exhibitions/visibility'
import { isStaff } from './roles'

/**
 * An exhibit is public while its exhibition is published; staff read every exhibit. The published
 * exhibitions are few, so the rule is their ids (a relationship's own columns cannot be joined in
 * a row rule on every engine).
 */
export const exhibitsOfPublishedExhibitions: Access = async ({ req }) => {
  if (isStaff(req.user)) return true
  const ids = await publishedExhibitionIds(req.payload, req)
  return ids.length ? { exhibition: { in: ids } } : false
}
