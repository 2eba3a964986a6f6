import type { GlobalConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { anyone } from '../src/access/anyone'
import { localizedText, localizedTextarea } from '../src/fields/content'
import { refreshSiteLogo } from '../src/workflow/hooks/refreshLogoMedia'
import { label } from '../src/lib/labels'
import { httpUrl, phoneNumber } from '../src/lib/validators'
import { globalSlugs, slugs } from '../src/domain'

export const SiteSettings: GlobalConfig = {
  slug: globalSlugs.siteSettings,
  label: label('Cài đặt chung', 'Site settings'),
  access: {
    read: anyone,
    update: adminOnly,
  },
  admin: {
    group: label('Hệ thống', 'System'),
    // Who email is from is one server setting, not a site setting: one answer, wherever it is asked.
    description: label(
      'Mọi thư điện tử được gửi từ một người gửi do máy chủ cấu hình (EMAIL_FROM_NAME, EMAIL_FROM_ADDRESS).',
      'Every email is sent from one sender configured on the server (EMAIL_FROM_NAME, EMAIL_FROM_ADDRESS).',
    ),
  },
  fields: [
    localizedText({ name: 'organizationName', label: label('Tên cơ quan', 'Organization name'), required: true }),
    localizedTextarea({ name: 'address', label: label('Địa chỉ', 'Address') }),
    {
      type: 'row',
      fields: [
        { name: 'contactEmail', type: 'email', label: label('Email liên hệ', 'Contact email') },
        { name: 'contactPhone', type: 'text', label: label('Điện thoại', 'Phone'), validate: phoneNumber },
      ],
    },
    {
      name: 'logo',
      type: 'upload',
      label: label('Logo', 'Logo'),
      relationTo: slugs.media,
      filterOptions: { mimeType: { contains: 'image' } },
    },
    {
      name: 'socialLinks',
      type: 'array',
      label: label('Mạng xã hội', 'Social links'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              label: label('Nền tảng', 'Platform'),
              required: true,
              options: ['facebook', 'youtube', 'zalo', 'tiktok', 'x', 'linkedin', 'website'].map((v) => ({ value: v, label: v })),
            },
            { name: 'url', type: 'text', label: label('Đường dẫn', 'URL'), required: true, validate: httpUrl(label('Đường dẫn', 'URL')) },
          ],
        },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: label('Liên kết chân trang', 'Footer links'),
      admin: {
        description: label(
          'Hiển thị ở chân mọi trang của trang tin công khai, theo thứ tự này.',
          'Shown in this order in the footer of every page of the public website.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            localizedText({ name: 'label', label: label('Tên liên kết', 'Label'), required: true }),
            { name: 'url', type: 'text', label: label('Đường dẫn', 'URL'), required: true, validate: httpUrl(label('Đường dẫn', 'URL')) },
          ],
        },
      ],
    },
  ],
  hooks: {
    afterChange: [refreshSiteLogo],
  },
}
