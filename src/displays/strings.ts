import type { Locale } from '../domain'

/** The words a screen shows besides content, in each language a point may show. */
export const displayStrings: Record<Locale, { closed: string; opensAt: string; notice: string }> = {
  vi: { closed: 'Đã hết giờ làm việc', opensAt: 'Mở cửa lúc', notice: 'Thông báo khẩn' },
  lo: { closed: 'ໝົດເວລາເຮັດວຽກແລ້ວ', opensAt: 'ເປີດເວລາ', notice: 'ແຈ້ງການດ່ວນ' },
  en: { closed: 'Closed', opensAt: 'Opening at', notice: 'Urgent notice' },
}
