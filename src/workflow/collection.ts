import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import type { ContentCollectionSlug } from '../domain'
import { releaseRules } from '../access/releasedOrStaff'
import { workflowEndpoints } from './endpoints/workflowEndpoints'
import { workflowFields } from './fields'
import { enforceWorkflowEdits } from './hooks/enforceWorkflowEdits'
import { guardDirectWrites } from './hooks/guardDirectWrites'
import { hideUnreleasedContent } from './hooks/hideUnreleasedContent'
import { refreshMediaOfDeletedItem } from './mediaVisibility'
import { refuseBulkWrites } from './hooks/refuseBulkWrites'
import { releaseMediaOfTrustedPublish } from './hooks/releaseMediaOfTrustedPublish'
import { removeReleasedOfDeletedItem, writeReleasedOfTrustedWrite } from './hooks/writeReleasedOfTrustedWrite'

/**
 * Put a content collection under the editorial workflow: its fields, the public read rule, the
 * guards on every write, the `/:id/workflow` endpoints and the admin's buttons and badge.
 * One function for all four content collections, so their rules cannot drift apart.
 */
export function withWorkflow(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: contentAccess(releaseRules[config.slug as ContentCollectionSlug] ?? {}),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        // The header shows the workflow's state and steps, not Payload's draft/published ones.
        edit: {
          ...config.admin?.components?.edit,
          Status: '/admin/workflow/WorkflowStatus#WorkflowStatus',
          SaveDraftButton: '/admin/workflow/WorkflowSaveDraftButton#WorkflowSaveDraftButton',
          PublishButton: '/admin/workflow/WorkflowActions#WorkflowActions',
          UnpublishButton: '/admin/workflow/NoButton#NoButton',
        },
      },
    },
    endpoints: [...(Array.isArray(config.endpoints) ? config.endpoints : []), ...workflowEndpoints(config.slug)],
    fields: [...config.fields, ...workflowFields()],
    hooks: {
      ...config.hooks,
      beforeOperation: [refuseBulkWrites, guardDirectWrites, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [enforceWorkflowEdits, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), releaseMediaOfTrustedPublish, writeReleasedOfTrustedWrite],
      afterRead: [...(config.hooks?.afterRead ?? []), hideUnreleasedContent],
      afterDelete: [...(config.hooks?.afterDelete ?? []), refreshMediaOfDeletedItem, removeReleasedOfDeletedItem],
    },
  }
}
