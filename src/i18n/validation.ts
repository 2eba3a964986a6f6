/**
 * The messages of our own field validators, in the language Payload chose for the request (the
 * admin user's language, else Accept-Language, else Vietnamese): a Vietnamese editor reads no
 * English in a refused save. The English texts are the API's long-standing ones.
 */
import { adminLanguages, type Label } from './admin'
import { defineCatalogue, type Messages, type MessagesOf } from './catalogue'

const vi = {
  httpUrl: (field: string) => `${field} phải là địa chỉ web bắt đầu bằng http:// hoặc https://`,
  phoneNumber: 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -',
  countryCode: 'Quốc gia phải là mã ISO 3166-1 gồm hai chữ cái, ví dụ VN hoặc LA',
  agreementEnd: 'Thỏa thuận phải kết thúc sau ngày bắt đầu',
  isbn: 'ISBN phải là mã ISBN-10 hoặc ISBN-13 hợp lệ (đúng cả chữ số kiểm tra)',
  slugCharacters: 'Đường dẫn (slug) chỉ gồm chữ, số và dấu gạch nối đơn',
  slugTaken: (slug: string) => `Đường dẫn (slug) "${slug}" đã được dùng`,
} satisfies Messages

const en: MessagesOf<typeof vi> = {
  httpUrl: (field) => `${field} must be an http(s) URL`,
  phoneNumber: 'Phone number may contain digits, spaces, + ( ) . - only',
  countryCode: 'Country must be a two-letter ISO 3166-1 code such as VN or LA',
  agreementEnd: 'The agreement must end after it starts',
  isbn: 'ISBN must be a valid ISBN-10 or ISBN-13 (check digit included)',
  slugCharacters: 'Slug may contain only letters, digits and single hyphens',
  slugTaken: (slug) => `Slug "${slug}" is already used`,
}

/** The validators' namespace of the catalogue. */
export const validationText = defineCatalogue(adminLanguages, { vi, en })

/** The messages in the request's language (a validator's `options.req`). */
export const validationMessages = (req: { i18n?: { language?: string } } | null | undefined) => validationText.in(req?.i18n?.language)

/** A field's label in the request's language, for messages that name it. */
export const labelIn = (text: Label, req: { i18n?: { language?: string } } | null | undefined): string =>
  req?.i18n?.language === 'en' ? text.en : text.vi
