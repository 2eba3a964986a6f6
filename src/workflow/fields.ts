import type { Condition, Field, FieldAccess } from 'payload'

import { slugs, locales } from '../domain'
import { hasRole } from '../access/roles'
import { staffOnly } from '../access/staffOnly'
import { label } from '../lib/labels'
import { stateLabels, states } from './states'

/** Set on `req.context` by the workflow service: only it writes the workflow fields. */
export const WORKFLOW_WRITE = 'workflowWrite'

const workflowOnly: FieldAccess = ({ req }) => req.context?.[WORKFLOW_WRITE] === true
const staffRead: FieldAccess = ({ req }) => staffOnly({ req }) === true

/** Written by the workflow only; readable by staff only. */
const internal = { read: staffRead, create: workflowOnly, update: workflowOnly }
/** Written by the workflow only; part of the public record (publication, correction, withdrawal). */
const publicRecord = { create: workflowOnly, update: workflowOnly }

const localeOptions = locales.map((value) => ({ value, label: value.toUpperCase() }))

/**
 * The workflow's records in the sidebar are for editors and publishers: a contributor's form shows
 * the content, the review thread and the header's state, not the bookkeeping. Display only: read
 * and write access (above) are what the API enforces.
 */
const shownToReviewers: Condition = (_data, _siblingData, { user }) => hasRole(user, 'editor', 'publisher')

const sidebar = { position: 'sidebar' as const, readOnly: true, condition: shownToReviewers }
const dateTime = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' }

/** The workflow's fields, shared by every content collection. Only the workflow service writes them. */
export function workflowFields(): Field[] {
  return [
    {
      name: 'state',
      type: 'select',
      label: label('Trạng thái', 'State'),
      index: true,
      defaultValue: 'draft',
      options: states.map((value) => ({ value, label: stateLabels[value] })),
      access: publicRecord,
      // The list shows it as a badge; the edit form shows it once, in the header (WorkflowStatus).
      admin: { position: 'sidebar', readOnly: true, condition: () => false, components: { Cell: '/admin/workflow/StateCell#StateCell' } },
    },
    {
      name: 'reviewThread',
      type: 'ui',
      label: label('Trao đổi duyệt bài', 'Review notes'),
      admin: { position: 'sidebar', components: { Field: '/admin/workflow/ReviewNotes#ReviewNotes' } },
    },
    {
      name: 'owner',
      type: 'relationship',
      label: label('Người tạo', 'Created by'),
      relationTo: slugs.users,
      index: true,
      access: internal,
      admin: sidebar,
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      label: label('Người gửi duyệt', 'Submitted by'),
      relationTo: slugs.users,
      index: true,
      access: internal,
      admin: sidebar,
    },
    { name: 'submittedAt', type: 'date', label: label('Gửi duyệt lúc', 'Submitted at'), access: internal, admin: { ...sidebar, date: dateTime } },
    {
      name: 'approvedBy',
      type: 'relationship',
      label: label('Người duyệt', 'Approved by'),
      relationTo: slugs.users,
      access: internal,
      admin: sidebar,
    },
    {
      name: 'readyLocales',
      type: 'select',
      label: label('Ngôn ngữ đã duyệt', 'Languages approved'),
      hasMany: true,
      options: localeOptions,
      access: internal,
      admin: sidebar,
    },
    {
      name: 'publishedLocales',
      type: 'select',
      label: label('Ngôn ngữ đã xuất bản', 'Languages published'),
      hasMany: true,
      options: localeOptions,
      access: publicRecord,
      admin: sidebar,
    },
    {
      // Media the live copy uses while released: how media files know when they may be public.
      name: 'releasedMedia',
      type: 'relationship',
      relationTo: slugs.media,
      hasMany: true,
      access: internal,
      admin: { hidden: true },
    },
    { name: 'scheduledFor', type: 'date', label: label('Hẹn xuất bản lúc', 'Scheduled for'), access: internal, admin: { ...sidebar, date: dateTime } },
    { name: 'scheduleJob', type: 'text', access: internal, admin: { hidden: true } },
    { name: 'firstPublishedAt', type: 'date', label: label('Xuất bản lần đầu', 'First published'), access: publicRecord, admin: { ...sidebar, date: dateTime } },
    { name: 'publishedAt', type: 'date', label: label('Xuất bản lúc', 'Published at'), index: true, access: publicRecord, admin: { ...sidebar, date: dateTime } },
    {
      name: 'publishedBy',
      type: 'relationship',
      label: label('Người xuất bản', 'Published by'),
      relationTo: slugs.users,
      access: internal,
      admin: sidebar,
    },
    {
      name: 'publishedVersion',
      type: 'number',
      label: label('Phiên bản xuất bản', 'Published version'),
      defaultValue: 0,
      access: publicRecord,
      admin: sidebar,
    },
    {
      name: 'forcePublished',
      type: 'checkbox',
      label: label('Xuất bản khẩn, chờ duyệt lại', 'Force-published, awaiting review'),
      defaultValue: false,
      access: internal,
      admin: sidebar,
    },
    { name: 'forcePublishReason', type: 'textarea', label: label('Lý do xuất bản khẩn', 'Force-publish reason'), access: internal, admin: sidebar },
    { name: 'correctionNote', type: 'textarea', label: label('Ghi chú đính chính', 'Correction note'), access: publicRecord, admin: sidebar },
    { name: 'correctedAt', type: 'date', label: label('Đính chính lúc', 'Corrected at'), access: publicRecord, admin: { ...sidebar, date: dateTime } },
    { name: 'withdrawnAt', type: 'date', label: label('Thu hồi lúc', 'Withdrawn at'), access: publicRecord, admin: { ...sidebar, date: dateTime } },
    { name: 'withdrawalReason', type: 'textarea', label: label('Lý do thu hồi', 'Withdrawal reason'), access: publicRecord, admin: sidebar },
  ]
}

/** Names of the workflow's fields: direct writes to them are refused or ignored. */
export const workflowFieldNames = new Set(
  workflowFields().flatMap((field) => ('name' in field && field.type !== 'ui' ? [field.name] : [])),
)
