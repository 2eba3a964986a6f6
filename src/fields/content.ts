import type { Field, RelationshipField, RichTextField, TextareaField, TextField, UploadField } from 'payload'

import { slugs } from '../domain'
import { label, type Label } from '../lib/labels'
import { phoneNumber } from '../lib/validators'
import { validateRichText } from '../richtext'

type TextOptions = { name: string; label: Label; required?: boolean; localized?: boolean }

export const localizedText = ({ name, label: l, required = false, localized = true }: TextOptions): TextField => ({
  name,
  type: 'text',
  label: l,
  required,
  localized,
})

export const localizedTextarea = ({ name, label: l, required = false }: TextOptions): TextareaField => ({
  name,
  type: 'textarea',
  label: l,
  required,
  localized: true,
})

export const bodyField = (name = 'body'): RichTextField => ({
  name,
  type: 'richText',
  label: label('Nội dung', 'Body'),
  localized: true,
  validate: validateRichText,
})

export const summaryField = (required = false): TextareaField =>
  localizedTextarea({ name: 'summary', label: label('Tóm tắt', 'Summary'), required })

export const topicsField = (): RelationshipField => ({
  name: 'topics',
  type: 'relationship',
  label: label('Chủ đề', 'Topics'),
  relationTo: slugs.topics,
  hasMany: true,
  admin: { position: 'sidebar' },
})

export const imagesField = (name = 'images', l: Label = label('Hình ảnh', 'Images')): UploadField => ({
  name,
  type: 'upload',
  label: l,
  relationTo: slugs.media,
  hasMany: true,
  filterOptions: { mimeType: { contains: 'image' } },
})

export const documentsField = (
  name = 'attachments',
  l: Label = label('Tệp đính kèm', 'Attachments'),
  options: { localized?: boolean } = {},
): UploadField => ({
  name,
  type: 'upload',
  label: l,
  relationTo: slugs.media,
  hasMany: true,
  localized: options.localized ?? false,
  filterOptions: { mimeType: { not_like: 'image/' } },
})

export const contactsField = (name = 'pressContacts', l: Label = label('Liên hệ báo chí', 'Press contacts')): Field => ({
  name,
  type: 'array',
  label: l,
  labels: { singular: label('Người liên hệ', 'Contact'), plural: label('Người liên hệ', 'Contacts') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('Họ tên', 'Name'), required: true },
        { name: 'role', type: 'text', label: label('Chức vụ', 'Role'), localized: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', label: label('Email', 'Email') },
        { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone'), validate: phoneNumber },
      ],
    },
  ],
})

