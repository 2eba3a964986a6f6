export { contentCollections, globalSlugs, slugs } from '../../src/domain'

/** Text that exercises Lao script's combining vowels and tone marks, which must round-trip exactly. */
export const LAO_TEXT = 'ແຂວງກວາງຈິ ແລະ ແຂວງສະຫວັນນະເຂດ ຮ່ວມມືດ້ານຂໍ້ມູນຂ່າວສານ ປີ 2026'
export const VI_TEXT = 'Quảng Trị đẩy mạnh thông tin đối ngoại năm 2026'
export const EN_TEXT = 'Quang Tri steps up foreign information work in 2026'
