import type { ExhibitKind } from '../../domain'
import type { Localized } from './types'

/**
 * The provincial plan's digital exhibition (Kế hoạch thông tin đối ngoại 2024). The pictures are
 * generated placeholders (src/seed/exhibition.ts), said so in each exhibit's provenance: staff
 * replace them with the digitized originals.
 */

export type SeedExhibit = { slug: string; order: number; kind: ExhibitKind; year?: number; caption: Localized; dateText: Localized; source: Localized; provenance: Localized; description: Localized; palette: [string, string, string] }

const placeholder: Localized = {
  vi: 'Ảnh minh họa tạo tự động cho bản trình diễn; cần thay bằng bản số hóa của tư liệu gốc.',
  en: 'A generated illustration for the demonstration; to be replaced with a digitized copy of the original.',
  lo: 'ຮູບປະກອບທີ່ສ້າງຂຶ້ນອັດຕະໂນມັດສຳລັບການສາທິດ; ຕ້ອງປ່ຽນແທນດ້ວຍສະບັບດິຈິຕອນຂອງເອກະສານຕົ້ນສະບັບ.',
}

export const exhibition = {
  slug: 'hoang-sa-truong-sa-cua-viet-nam',
  title: {
    vi: 'Hoàng Sa, Trường Sa của Việt Nam - Những bằng chứng lịch sử và pháp lý',
    en: 'Hoang Sa and Truong Sa of Viet Nam - Historical and legal evidence',
    lo: 'ຫວາງຊາ, ເຈືອງຊາ ຂອງຫວຽດນາມ - ຫຼັກຖານທາງປະຫວັດສາດ ແລະ ທາງກົດໝາຍ',
  },
  introduction: {
    vi: 'Triển lãm số giới thiệu các bản đồ, tài liệu và hiện vật khẳng định chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa.',
    en: 'A digital exhibition of maps, documents and objects that attest Viet Nam’s sovereignty over the Hoang Sa and Truong Sa archipelagos.',
    lo: 'ນິທັດສະການດິຈິຕອນສະເໜີແຜນທີ່, ເອກະສານ ແລະ ວັດຖຸທີ່ຢືນຢັນອະທິປະໄຕຂອງຫວຽດນາມຕໍ່ໝູ່ເກາະຫວາງຊາ ແລະ ເຈືອງຊາ.',
  },
} satisfies { slug: string; title: Localized; introduction: Localized }

export const exhibits: SeedExhibit[] = [
  {
    slug: 'toan-tap-thien-nam-tu-chi-lo-do-thu',
    order: 1,
    kind: 'map',
    caption: {
      vi: 'Toàn tập Thiên Nam tứ chí lộ đồ thư',
      en: 'Toan tap Thien Nam tu chi lo do thu (atlas of the roads of the South)',
      lo: 'ແຜນທີ່ Toàn tập Thiên Nam tứ chí lộ đồ thư',
    },
    dateText: { vi: 'thế kỷ XVII', en: '17th century', lo: 'ສະຕະວັດທີ XVII' },
    source: { vi: 'Đỗ Bá Công Đạo biên soạn', en: 'Compiled by Do Ba Cong Dao', lo: 'ຮຽບຮຽງໂດຍ ດໍ້ບາກົງດ່າວ' },
    provenance: placeholder,
    description: {
      vi: 'Bản đồ vẽ vùng biển phủ Quảng Ngãi, ghi chú “Bãi Cát Vàng” ngoài khơi thuộc lãnh thổ Đại Việt.',
      en: 'A map of the sea off Quang Ngai prefecture, noting the “Bai Cat Vang” (Golden Sandbanks) offshore as part of Dai Viet.',
      lo: 'ແຜນທີ່ເຂດທະເລຂອງເມືອງກວາງງາຍ, ໝາຍເຫດ “ບາຍກັດວ່າງ” ຢູ່ນອກຝັ່ງເປັນສ່ວນໜຶ່ງຂອງດາຍຫວຽດ.',
    },
    palette: ['#e9dcc0', '#8fb4c9', '#7a5c3a'],
  },
  {
    slug: 'dai-nam-nhat-thong-toan-do',
    order: 2,
    kind: 'map',
    year: 1838,
    caption: { vi: 'Đại Nam nhất thống toàn đồ', en: 'Dai Nam nhat thong toan do (map of unified Dai Nam)', lo: 'ແຜນທີ່ Đại Nam nhất thống toàn đồ' },
    dateText: { vi: 'khoảng năm 1838, triều Minh Mạng', en: 'about 1838, reign of Minh Mang', lo: 'ປະມານປີ 1838, ສະໄໝມິນໝາງ' },
    source: { vi: 'Quốc sử quán triều Nguyễn', en: 'Nguyen dynasty National History Office', lo: 'ສຳນັກປະຫວັດສາດແຫ່ງຊາດ ລາຊະວົງຫງວຽນ' },
    provenance: placeholder,
    description: {
      vi: 'Bản đồ hành chính thống nhất thể hiện Hoàng Sa và Vạn Lý Trường Sa trong lãnh thổ Đại Nam.',
      en: 'The unified administrative map showing Hoang Sa and Van Ly Truong Sa within the territory of Dai Nam.',
      lo: 'ແຜນທີ່ການປົກຄອງທີ່ເປັນເອກະພາບ ສະແດງຫວາງຊາ ແລະ ວັນລີເຈືອງຊາ ຢູ່ໃນດິນແດນຂອງດາຍນາມ.',
    },
    palette: ['#efe3c8', '#9cc3d5', '#a0412d'],
  },
  {
    slug: 'chau-ban-trieu-nguyen-ve-hoang-sa',
    order: 3,
    kind: 'document',
    caption: {
      vi: 'Châu bản triều Nguyễn về việc phái thủy quân ra Hoàng Sa',
      en: 'Nguyen dynasty royal records on sending the navy to Hoang Sa',
      lo: 'ເອກະສານລາຊະການລາຊະວົງຫງວຽນ ກ່ຽວກັບການສົ່ງທະຫານເຮືອໄປຫວາງຊາ',
    },
    dateText: { vi: 'triều Nguyễn, thế kỷ XIX', en: 'Nguyen dynasty, 19th century', lo: 'ລາຊະວົງຫງວຽນ, ສະຕະວັດທີ XIX' },
    source: { vi: 'Châu bản triều Nguyễn', en: 'Nguyen dynasty royal records (Chau ban)', lo: 'ເອກະສານລາຊະການ ລາຊະວົງຫງວຽນ' },
    provenance: placeholder,
    description: {
      vi: 'Văn bản hành chính có bút phê của nhà vua về việc cử thủy quân ra Hoàng Sa đo đạc, vẽ bản đồ và cắm mốc.',
      en: 'Administrative documents annotated by the emperor on sending the navy to Hoang Sa to survey, map and set markers.',
      lo: 'ເອກະສານບໍລິຫານທີ່ມີຄຳເຫັນຂອງກະສັດ ກ່ຽວກັບການສົ່ງທະຫານເຮືອໄປຫວາງຊາ ເພື່ອສຳຫຼວດ, ແຕ້ມແຜນທີ່ ແລະ ປັກຫຼັກໝາຍ.',
    },
    palette: ['#f3ead2', '#d9c7a0', '#8b1e1e'],
  },
]
