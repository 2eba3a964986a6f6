import type { CollectionConfig, PayloadRequest } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { anyone } from '../src/access/anyone'
import { editorial } from '../src/access/editorial'
import { staffOnly } from '../src/access/staffOnly'
import { contactsField, localizedText, localizedTextarea } from '../src/fields/content'
import { slugField } from '../src/fields/slug'
import { refreshLogoOfDeletedPartner, refreshPartnerLogo } from '../src/workflow/hooks/refreshLogoMedia'
import { label } from '../src/lib/labels'
import { validationMessages } from '../src/i18n/validation'
import { httpUrl } from '../src/lib/validators'
import { slugs } from '../src/domain'

export const partnerKinds = [
  { value: 'central-press-agency', label: label('Cơ quan báo chí Trung ương', 'Central press agency') },
  { value: 'national-broadcaster', label: label('Đài phát thanh, truyền hình quốc gia', 'National broadcaster') },
  { value: 'national-newspaper', label: label('Báo Trung ương', 'National newspaper') },
  { value: 'foreign-media', label: label('Báo chí nước ngoài', 'Foreign media') },
  { value: 'lao-media', label: label('Báo chí Lào', 'Lao media') },
  { value: 'provincial-media', label: label('Báo chí địa phương', 'Provincial media') },
]

export const Partners: CollectionConfig = {
  slug: slugs.partners,
  graphQL: { singularName: 'Partner', pluralName: 'Partners' },
  labels: { singular: label('Đối tác truyền thông', 'Media partner'), plural: label('Đối tác truyền thông', 'Media partners') },
  access: {
    read: anyone,
    create: editorial,
    update: editorial,
    delete: adminOnly,
    readVersions: staffOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'country', 'updatedAt'],
    group: label('Đối tác', 'Partners'),
  },
  fields: [
    localizedText({ name: 'name', label: label('Tên cơ quan', 'Name'), required: true }),
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: label('Loại hình', 'Kind'), required: true, options: partnerKinds },
        {
          name: 'country',
          type: 'text',
          label: label('Quốc gia (mã ISO)', 'Country (ISO code)'),
          required: true,
          defaultValue: 'VN',
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            value && /^[A-Z]{2}$/.test(value) ? true : validationMessages(req).countryCode,
        },
      ],
    },
    {
      name: 'website',
      type: 'text',
      label: label('Trang web', 'Website'),
      validate: httpUrl(label('Trang web', 'Website')),
    },
    localizedTextarea({ name: 'description', label: label('Giới thiệu', 'Description') }),
    {
      name: 'logo',
      type: 'upload',
      label: label('Logo', 'Logo'),
      relationTo: slugs.media,
      filterOptions: { mimeType: { contains: 'image' } },
    },
    {
      name: 'agreement',
      type: 'group',
      label: label('Thỏa thuận hợp tác', 'Cooperation agreement'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'text', label: label('Số thỏa thuận', 'Agreement number') },
            { name: 'from', type: 'date', label: label('Hiệu lực từ', 'Valid from'), admin: { date: { pickerAppearance: 'dayOnly' } } },
            {
              name: 'until',
              type: 'date',
              label: label('Đến', 'Valid until'),
              admin: { date: { pickerAppearance: 'dayOnly' } },
              validate: (value: Date | string | null | undefined, { siblingData, req }: { siblingData: { from?: string | null }; req: PayloadRequest }) =>
                !value || !siblingData.from || new Date(value) >= new Date(siblingData.from) ? true : validationMessages(req).agreementEnd,
            },
          ],
        },
      ],
    },
    contactsField('contacts', label('Đầu mối liên hệ', 'Contacts')),
    slugField({ from: 'name', localized: false }),
  ],
  hooks: {
    afterChange: [refreshPartnerLogo],
    afterDelete: [refreshLogoOfDeletedPartner],
  },
  versions: { maxPerDoc: 20 },
  timestamps: true,
}

