import type { CollectionConfig } from 'payload'

import { displayManagers } from '../../src/access/displayManagers'
import { slugs } from '../../src/domain'
import { label } from '../../src/lib/labels'
import { rotateToken } from './endpoints/rotateToken'
import { computeOnlineStatus, issueTokenOnCreate, revealScreenToken } from './hooks/tokenHooks'

const never = () => false

/**
 * One physical screen of an information point. It proves who it is on every heartbeat
 * (`POST /displays/{slug}/heartbeat`, src/displays/heartbeat.ts) with its own token, shown once when
 * the screen is created (or its token rotated) and stored only as a SHA-256 hash. The heartbeat
 * records when it was last seen, which playlist version it shows, its address and browser; the list
 * shows which screens are online (seen in the last 2 minutes).
 */
export const DisplayScreens: CollectionConfig = {
  slug: slugs.displayScreens,
  graphQL: { singularName: 'DisplayScreen', pluralName: 'DisplayScreens' },
  labels: { singular: label('Màn hình', 'Screen'), plural: label('Màn hình điểm thông tin', 'Information point screens') },
  access: {
    read: displayManagers,
    create: displayManagers,
    update: displayManagers,
    delete: displayManagers,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'infoPoint', 'status', 'lastSeenAt', 'lastPlaylistVersion', 'lastIp'],
    group: label('Điểm thông tin đối ngoại', 'Information points'),
    description: label(
      'Mỗi màn hình mở địa chỉ /displays/{slug}#screen={id}&token={khóa} một lần; khóa chỉ hiện một lần sau khi lưu.',
      'Each screen opens /displays/{slug}#screen={id}&token={key} once; the key is shown once after saving.',
    ),
  },
  fields: [
    { name: 'name', type: 'text', label: label('Tên màn hình', 'Screen name'), required: true },
    { name: 'infoPoint', type: 'relationship', relationTo: slugs.infoPoints, label: label('Điểm thông tin', 'Information point'), required: true, index: true },
    // The token once (after create or rotation) and the "new key" button: the agency API's key panel, same contract (doc.key, /:id/rotate).
    { name: 'keyOnce', type: 'ui', admin: { components: { Field: '/admin/apiClients/KeyOnce#KeyOnce' } } },
    {
      name: 'status',
      type: 'select',
      virtual: true,
      label: label('Trạng thái', 'Status'),
      options: [
        { value: 'online', label: label('Trực tuyến', 'Online') },
        { value: 'offline', label: label('Mất kết nối', 'Offline') },
      ],
      admin: { readOnly: true, description: label('Trực tuyến: báo về trong 2 phút qua.', 'Online: reported in the last 2 minutes.') },
      hooks: { afterRead: [computeOnlineStatus] },
    },
    { name: 'lastSeenAt', type: 'date', label: label('Báo về lần cuối', 'Last seen'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, access: { create: never, update: never } },
    { name: 'lastPlaylistVersion', type: 'text', label: label('Phiên bản danh sách đang chiếu', 'Playlist version shown'), admin: { readOnly: true }, access: { create: never, update: never } },
    { name: 'lastIp', type: 'text', label: label('Địa chỉ IP', 'IP address'), admin: { readOnly: true }, access: { create: never, update: never } },
    { name: 'lastUserAgent', type: 'text', label: label('Trình duyệt', 'User agent'), admin: { readOnly: true }, access: { create: never, update: never } },
    { name: 'keyPrefix', type: 'text', label: label('Tiền tố khóa', 'Key prefix'), admin: { readOnly: true }, access: { create: never, update: never } },
    { name: 'keyHash', type: 'text', index: true, admin: { hidden: true }, access: { read: never, create: never, update: never } },
  ],
  hooks: {
    beforeChange: [issueTokenOnCreate],
    afterChange: [revealScreenToken],
  },
  endpoints: [rotateToken],
  timestamps: true,
}
