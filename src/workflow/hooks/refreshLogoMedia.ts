import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { idOf, refreshMediaVisibility } from '../mediaVisibility'

const idsOf = (...values: unknown[]) => values.map(idOf).filter((id): id is number | string => id !== null)

/** A partner's logo is public reference material: public as soon as it is set, private again when replaced. */
export const refreshPartnerLogo: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const ids = idsOf(doc.logo, previousDoc?.logo)
  if (ids.length) await refreshMediaVisibility({ payload: req.payload, req, mediaIds: ids })
  return doc
}

/** The site's own logo: the same. */
export const refreshSiteLogo: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const ids = idsOf((doc as { logo?: unknown }).logo, (previousDoc as { logo?: unknown } | undefined)?.logo)
  if (ids.length) await refreshMediaVisibility({ payload: req.payload, req, mediaIds: ids })
  return doc
}

/** A deleted partner's logo is no longer public (unless something else public uses it). */
export const refreshLogoOfDeletedPartner: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ids = idsOf(doc.logo)
  if (ids.length) await refreshMediaVisibility({ payload: req.payload, req, mediaIds: ids })
  return doc
}
