/**
 * Compile-time checks of the catalogue's types (run by `npx tsc --noEmit`, not by jest): every
 * language must have exactly the first language's keys, with the same arguments.
 */
import { defineCatalogue, type MessagesOf } from '../../../src/i18n'

const vi = { title: 'Nhận tin', hours: (n: number) => `${n} giờ`, kinds: { daily: 'Hằng ngày' } }
const en: MessagesOf<typeof vi> = { title: 'Email releases', hours: (n) => `${n} hours`, kinds: { daily: 'Daily' } }

export const checks = [
  defineCatalogue(['vi', 'en'], { vi, en }),
  // @ts-expect-error: English lacks `kinds`
  defineCatalogue(['vi', 'en'], { vi, en: { title: 'x', hours: () => 'x' } }),
  // @ts-expect-error: an extra key in English
  defineCatalogue(['vi', 'en'], { vi, en: { ...en, extra: 'x' } }),
  // @ts-expect-error: `hours` takes a number, not a string
  defineCatalogue(['vi', 'en'], { vi, en: { ...en, hours: (n: string) => n } }),
  // @ts-expect-error: Lao is missing altogether
  defineCatalogue(['vi', 'en', 'lo'], { vi, en }),
]
