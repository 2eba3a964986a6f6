import type { Block, CollectionConfig } from 'payload'

import { displayManagers } from '../../src/access/displayManagers'
import { contentCollections, locales, slugs } from '../../src/domain'
import { weekdays } from '../../src/displays/schedule'
import { localizedText, localizedTextarea } from '../../src/fields/content'
import { slugField } from '../../src/fields/slug'
import { label } from '../../src/lib/labels'
import { validateLanguages, validateNoticeUntil, validateOpeningRows } from './hooks/validation'

const dayLabels = {
  mon: label('Thứ Hai', 'Monday'),
  tue: label('Thứ Ba', 'Tuesday'),
  wed: label('Thứ Tư', 'Wednesday'),
  thu: label('Thứ Năm', 'Thursday'),
  fri: label('Thứ Sáu', 'Friday'),
  sat: label('Thứ Bảy', 'Saturday'),
  sun: label('Chủ Nhật', 'Sunday'),
}

/** A released item chosen from the content collections: shown only while the read model says the public may see it. */
const itemBlock: Block = {
  slug: 'playlist-item',
  labels: { singular: label('Nội dung đã xuất bản', 'Released item'), plural: label('Nội dung đã xuất bản', 'Released items') },
  fields: [
    {
      name: 'content',
      type: 'relationship',
      relationTo: [...contentCollections],
      required: true,
      label: label('Nội dung', 'Item'),
      admin: { description: label('Chỉ hiện khi đã xuất bản, hết giờ cấm đăng và chưa bị thu hồi.', 'Shown only while released: published, past any embargo, not withdrawn.') },
    },
  ],
}

/** A slide written for the screens: title, text and an optional image, per language. */
const slideBlock: Block = {
  slug: 'playlist-slide',
  labels: { singular: label('Trang chiếu tự soạn', 'Free slide'), plural: label('Trang chiếu tự soạn', 'Free slides') },
  fields: [
    localizedText({ name: 'title', label: label('Tiêu đề', 'Title'), required: true }),
    localizedTextarea({ name: 'text', label: label('Nội dung', 'Text') }),
    { name: 'image', type: 'upload', relationTo: slugs.media, label: label('Ảnh', 'Image') },
  ],
}

/**
 * A foreign-information point at a border gate (Lao Bảo, La Lay): big screens for travellers in
 * Vietnamese and Lao. Its public page is `/displays/{slug}` (src/displays): the address is public
 * information, like the screens themselves; what only the screens may do (report a heartbeat) needs
 * a screen's own token (`display-screens`). Editors and admins manage points; nobody else reads them
 * through the API: the public sees a point only as its playlist (src/displays/playlist.ts).
 */
export const InfoPoints: CollectionConfig = {
  slug: slugs.infoPoints,
  graphQL: { singularName: 'InfoPoint', pluralName: 'InfoPoints' },
  labels: { singular: label('Điểm thông tin', 'Information point'), plural: label('Điểm thông tin đối ngoại', 'Information points') },
  access: {
    read: displayManagers,
    create: displayManagers,
    update: displayManagers,
    delete: displayManagers,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'location', 'languages', 'updatedAt'],
    group: label('Điểm thông tin đối ngoại', 'Information points'),
  },
  fields: [
    localizedText({ name: 'name', label: label('Tên điểm', 'Name'), required: true }),
    { ...slugField({ from: 'name', localized: false }), unique: true, required: true },
    { name: 'location', type: 'text', label: label('Vị trí', 'Location') },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('Ngôn ngữ hiển thị', 'Languages shown'),
      options: [...locales],
      defaultValue: ['vi', 'lo'],
      validate: validateLanguages,
    },
    {
      name: 'intervalSeconds',
      type: 'number',
      label: label('Thời gian mỗi trang (giây)', 'Seconds per slide'),
      required: true,
      defaultValue: 12,
      min: 5,
      max: 120,
    },
    {
      name: 'openingHours',
      type: 'array',
      label: label('Giờ mở cửa (giờ Việt Nam)', 'Opening hours (Vietnam time)'),
      admin: { description: label('Để trống: luôn mở. Ngoài giờ, màn hình hiện "Đã đóng cửa · mở cửa lúc …".', 'Empty: always open. Outside the hours the screen shows "closed · opening at …".') },
      validate: validateOpeningRows,
      fields: [
        { name: 'day', type: 'select', required: true, label: label('Thứ', 'Day'), options: weekdays.map((value) => ({ value, label: dayLabels[value] })) },
        { name: 'from', type: 'text', required: true, label: label('Từ (HH:MM)', 'From (HH:MM)') },
        { name: 'to', type: 'text', required: true, label: label('Đến (HH:MM)', 'To (HH:MM)') },
      ],
    },
    {
      name: 'playlist',
      type: 'blocks',
      label: label('Danh sách trình chiếu', 'Playlist'),
      blocks: [itemBlock, slideBlock],
    },
    {
      // The point's screens in its edit view: which are online, when each last reported.
      name: 'screens',
      type: 'join',
      collection: slugs.displayScreens,
      on: 'infoPoint',
      label: label('Màn hình', 'Screens'),
      admin: { defaultColumns: ['name', 'status', 'lastSeenAt', 'lastPlaylistVersion'] },
    },
    {
      name: 'urgentNotice',
      type: 'group',
      label: label('Thông báo khẩn', 'Urgent notice'),
      admin: { description: label('Khi đang hiệu lực, thông báo thay thế toàn bộ danh sách trình chiếu.', 'While active it replaces the whole playlist.') },
      fields: [
        localizedTextarea({ name: 'text', label: label('Nội dung thông báo', 'Notice text') }),
        { name: 'from', type: 'date', label: label('Hiệu lực từ', 'Active from'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'until', type: 'date', label: label('Hiệu lực đến', 'Active until'), admin: { date: { pickerAppearance: 'dayAndTime' } }, validate: validateNoticeUntil },
      ],
    },
  ],
  timestamps: true,
}
