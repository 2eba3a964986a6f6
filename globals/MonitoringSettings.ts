import type { GlobalConfig } from 'payload'

import { editorial } from '../src/access/editorial'
import { staffOnly } from '../src/access/staffOnly'
import { defaultKeywordRules, globalSlugs } from '../src/domain'
import { ruleLanguageField } from '../src/fields/monitoring'
import { label } from '../src/lib/labels'

const defaultsList = defaultKeywordRules.map((r) => `${r.keyword} (${r.language})`).join(', ')

/** The keyword rules of press monitoring (src/monitoring/match.ts says how each language matches). */
export const MonitoringSettings: GlobalConfig = {
  slug: globalSlugs.monitoringSettings,
  label: label('Cài đặt theo dõi báo chí', 'Press monitoring settings'),
  access: {
    read: staffOnly,
    update: editorial,
  },
  admin: {
    group: label('Theo dõi báo chí', 'Press monitoring'),
    description: label(
      `Bài viết nhắc đến một trong các từ khóa sẽ được lưu thành tin theo dõi. Tiếng Việt so khớp không dấu, theo từ; tiếng Anh theo từ; tiếng Lào theo chuỗi con. Để trống để dùng mặc định: ${defaultsList}.`,
      `Entries that mention one of these keywords are kept as clippings. Vietnamese matches without diacritics, on whole words; English on whole words; Lao as a substring. Leave empty for the defaults: ${defaultsList}.`,
    ),
  },
  fields: [
    {
      name: 'rules',
      type: 'array',
      label: label('Từ khóa', 'Keywords'),
      labels: { singular: label('Từ khóa', 'Keyword'), plural: label('Từ khóa', 'Keywords') },
      fields: [
        {
          type: 'row',
          fields: [{ name: 'keyword', type: 'text', label: label('Từ khóa', 'Keyword'), required: true }, ruleLanguageField()],
        },
      ],
    },
  ],
}
