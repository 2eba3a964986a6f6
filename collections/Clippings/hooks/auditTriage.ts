import type { CollectionAfterChangeHook } from 'payload'

import { isStaff } from '../../../src/access/roles'
import { triageFields } from '../../../src/domain'
import { recordTriageChange } from '../../../src/monitoring/triageAudit'
import type { Clipping } from '../../../src/payload-types'

/** Every change of a triage field by a staff member goes to the audit log, in the same transaction. */
export const auditTriage: CollectionAfterChangeHook<Clipping> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !isStaff(req.user)) return doc
  await recordTriageChange(req, doc, previousDoc, triageFields)
  return doc
}
