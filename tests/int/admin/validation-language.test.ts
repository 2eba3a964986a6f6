/**
 * A refused save names the field and the language being saved, in the request's language, with no
 * English words in Vietnamese: the REST 400 body the admin's toast and field errors are made from.
 */
import type { FlattenedField } from 'payload'

import { isLocalizedPath } from '../../../src/i18n/validationErrors'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { describeOnce } from '../../helpers/once'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  editor = await createUser(ctx.payload, ['editor'])
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

type ErrorBody = { errors: { name: string; message: string; data: { errors: { label: string; message: string; path: string }[] } }[] }

const post = async (path: string, body: unknown, language: string | null) => {
  const res = await fetch(`${server.url}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeader(editor), ...(language ? { 'accept-language': language } : {}) },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as ErrorBody }
}

describe('a refused save names the field and the language', () => {
  test('Vietnamese request, English version without its title: "Tiêu đề (Tiếng Anh)", nothing stored', async () => {
    const before = (await ctx.payload.count({ collection: slugs.pressReleases })).totalDocs
    const { status, body } = await post(`/${slugs.pressReleases}?locale=en&draft=true`, { summary: 'Only a summary' }, 'vi-VN,vi;q=0.9,en;q=0.5')
    expect(status).toBe(400)
    expect(body.errors).toEqual([
      {
        name: 'ValidationError',
        message: 'Trường sau chưa hợp lệ: Tiêu đề (Tiếng Anh)',
        data: expect.objectContaining({
          collection: slugs.pressReleases,
          errors: [{ label: 'Tiêu đề (Tiếng Anh)', message: 'Trường này là bắt buộc.', path: 'headline' }],
        }),
      },
    ])
    expect((await ctx.payload.count({ collection: slugs.pressReleases })).totalDocs).toBe(before)
  })

  test('the Vietnamese version is named too, and a request without a language gets Vietnamese', async () => {
    const { status, body } = await post(`/${slugs.pressReleases}?locale=vi&draft=true`, { summary: 'Chỉ có tóm tắt' }, null)
    expect(status).toBe(400)
    expect(body.errors[0]!.message).toBe('Trường sau chưa hợp lệ: Tiêu đề (Tiếng Việt)')
    expect(body.errors[0]!.data.errors).toEqual([{ label: 'Tiêu đề (Tiếng Việt)', message: 'Trường này là bắt buộc.', path: 'headline' }])
  })

  test('an English request reads English: "Headline (Lao)"', async () => {
    const { status, body } = await post(`/${slugs.pressReleases}?locale=lo&draft=true`, { summary: 'x' }, 'en')
    expect(status).toBe(400)
    expect(body.errors[0]!.message).toBe('The following field is invalid: Headline (Lao)')
    expect(body.errors[0]!.data.errors).toEqual([{ label: 'Headline (Lao)', message: 'This field is required.', path: 'headline' }])
  })

  test('several fields: only per-language ones carry the language; our own validators speak Vietnamese', async () => {
    const before = (await ctx.payload.count({ collection: slugs.partners })).totalDocs
    const { status, body } = await post(
      `/${slugs.partners}?locale=en`,
      { kind: 'foreign-media', country: 'Laos', website: 'ftp://example.org', contacts: [{ phone: 'gọi tôi' }] },
      'vi',
    )
    expect(status).toBe(400)
    expect(body.errors[0]!.message).toBe(
      'Các trường sau chưa hợp lệ: Tên cơ quan (Tiếng Anh), Quốc gia (mã ISO), Trang web, Đầu mối liên hệ 1 > Họ tên, Đầu mối liên hệ 1 > Điện thoại',
    )
    expect(body.errors[0]!.data.errors).toEqual([
      { label: 'Tên cơ quan (Tiếng Anh)', message: 'Trường này là bắt buộc.', path: 'name' },
      { label: 'Quốc gia (mã ISO)', message: 'Quốc gia phải là mã ISO 3166-1 gồm hai chữ cái, ví dụ VN hoặc LA', path: 'country' },
      { label: 'Trang web', message: 'Trang web phải là địa chỉ web bắt đầu bằng http:// hoặc https://', path: 'website' },
      { label: 'Đầu mối liên hệ 1 > Họ tên', message: 'Trường này là bắt buộc.', path: 'contacts.0.name' },
      { label: 'Đầu mối liên hệ 1 > Điện thoại', message: 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -', path: 'contacts.0.phone' },
    ])
    expect((await ctx.payload.count({ collection: slugs.partners })).totalDocs).toBe(before)
  })
})

describeOnce('which error paths are per-language', () => {
  const fields = [
    { name: 'headline', type: 'text', localized: true },
    { name: 'country', type: 'text' },
    {
      name: 'contacts',
      type: 'array',
      flattenedFields: [
        { name: 'name', type: 'text' },
        { name: 'role', type: 'text', localized: true },
      ],
    },
    { name: 'files', type: 'array', localized: true, flattenedFields: [{ name: 'file', type: 'text' }] },
  ] as FlattenedField[]

  test.each([
    ['headline', true],
    ['country', false],
    ['contacts.0.name', false],
    ['contacts.3.role', true],
    ['files.1.file', true],
    ['nothing.here', false],
  ])('%s → %s', (path, localized) => {
    expect(isLocalizedPath(fields, path)).toBe(localized)
  })
})
