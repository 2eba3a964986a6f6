import type { CollectionConfig } from 'payload'

import { releasedMediaOrStaff } from '../../src/access/releasedMedia'
import { hasRole, isStaff } from '../../src/access/roles'
import { writers } from '../../src/access/writers'
import { label } from '../../src/lib/labels'
import { slugs } from '../../src/domain'
import { queueTilesOfReplacedFile } from './hooks/queueTilesOfReplacedFile'
import { refuseImageBombs } from './hooks/refuseImageBombs'

/** What may be uploaded. SVG is not here: it can carry scripts. */
export const allowedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'video/mp4',
  'audio/mpeg',
]

export const imageSizes = [
  { name: 'thumbnail', width: 320, height: 240, position: 'centre' as const },
  { name: 'card', width: 768, height: 432, position: 'centre' as const },
  { name: 'feature', width: 1600, height: undefined, withoutEnlargement: true },
  {
    name: 'og',
    width: 1200,
    height: 630,
    position: 'centre' as const,
    formatOptions: { format: 'jpeg' as const, options: { quality: 82 } },
  },
]

type MediaOptions = { staticDir: string; maxPixels: number }

export const mediaCollection = ({ staticDir, maxPixels }: MediaOptions): CollectionConfig => ({
  slug: slugs.media,
  graphQL: { singularName: 'Media', pluralName: 'MediaFiles' },
  labels: { singular: label('Tệp media', 'Media file'), plural: label('Thư viện media', 'Media') },
  access: {
    read: releasedMediaOrStaff,
    create: writers,
    update: writers,
    delete: ({ req }) => hasRole(req.user, 'editor', 'admin'),
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    group: label('Nội dung', 'Content'),
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('Văn bản thay thế', 'Alternative text'),
      localized: true,
      required: true,
      admin: {
        description: label(
          'Mô tả ngắn nội dung hình cho người không nhìn thấy hình.',
          'A short description of the picture for people who cannot see it.',
        ),
      },
    },
    { name: 'caption', type: 'textarea', label: label('Chú thích', 'Caption'), localized: true },
    { name: 'credit', type: 'text', label: label('Tác giả / nguồn', 'Credit') },
    { name: 'copyright', type: 'text', label: label('Bản quyền', 'Copyright') },
    {
      // When the file became public (see src/workflow/mediaVisibility.ts); empty: not public.
      name: 'releasedAt',
      type: 'date',
      index: true,
      label: label('Công khai từ', 'Public since'),
      admin: { position: 'sidebar', readOnly: true },
      access: { read: ({ req }) => isStaff(req.user), create: () => false, update: () => false },
    },
  ],
  hooks: {
    beforeOperation: [refuseImageBombs(maxPixels)],
    afterChange: [queueTilesOfReplacedFile],
  },
  upload: {
    staticDir,
    mimeTypes: allowedMimeTypes,
    imageSizes,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    displayPreview: true,
  },
})
