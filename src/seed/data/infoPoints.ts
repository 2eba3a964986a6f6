import type { Localized } from './types'

export type SeedInfoPoint = {
  slug: string
  name: Pick<Localized, 'vi' | 'lo'>
  location: string
  /** Press release keys (src/seed/data/pressReleases.ts), released ones. */
  releases: string[]
  slide: { title: Pick<Localized, 'vi' | 'lo'>; text: Pick<Localized, 'vi' | 'lo'>; image: string }
  hours: { from: string; to: string }
}

/** The foreign-information points at the two international border gates with Laos. */
export const infoPoints: SeedInfoPoint[] = [
  {
    slug: 'lao-bao',
    name: { vi: 'Điểm thông tin đối ngoại Cửa khẩu quốc tế Lao Bảo', lo: 'ຈຸດຖະແຫຼງຂ່າວຕ່າງປະເທດ ດ່ານສາກົນລາວບາວ' },
    location: 'Nhà kiểm soát liên hợp, Cửa khẩu quốc tế Lao Bảo, huyện Hướng Hóa',
    releases: ['border-gates-ewec', 'lao-provinces-cooperation', 'khe-sanh-coffee'],
    slide: {
      title: { vi: 'Chào mừng quý khách đến Quảng Trị', lo: 'ຍິນດີຕ້ອນຮັບສູ່ແຂວງກວາງຈິ' },
      text: {
        vi: 'Cửa khẩu quốc tế Lao Bảo mở cửa từ 7 giờ đến 22 giờ hằng ngày. Xin vui lòng chuẩn bị hộ chiếu và giấy tờ phương tiện trước khi làm thủ tục.',
        lo: 'ດ່ານສາກົນລາວບາວ ເປີດບໍລິການແຕ່ 7 ໂມງ ຫາ 22 ໂມງ ທຸກວັນ. ກະລຸນາກະກຽມໜັງສືຜ່ານແດນ ແລະ ເອກະສານພາຫະນະ ກ່ອນເຮັດພິທີການ.',
      },
      image: 'lao-bao-border-gate',
    },
    hours: { from: '07:00', to: '22:00' },
  },
  {
    slug: 'la-lay',
    name: { vi: 'Điểm thông tin đối ngoại Cửa khẩu quốc tế La Lay', lo: 'ຈຸດຖະແຫຼງຂ່າວຕ່າງປະເທດ ດ່ານສາກົນລາເລ' },
    location: 'Khu kiểm soát Cửa khẩu quốc tế La Lay, huyện Đakrông',
    releases: ['lao-provinces-cooperation', 'heritage-tourism', 'peace-festival-2024'],
    slide: {
      title: { vi: 'Quảng Trị – Salavan: hữu nghị và hợp tác', lo: 'ກວາງຈິ – ສາລະວັນ: ມິດຕະພາບ ແລະ ການຮ່ວມມື' },
      text: {
        vi: 'Cửa khẩu quốc tế La Lay mở cửa từ 7 giờ đến 19 giờ hằng ngày. Thông tin du lịch và đầu tư tại quầy hướng dẫn.',
        lo: 'ດ່ານສາກົນລາເລ ເປີດບໍລິການແຕ່ 7 ໂມງ ຫາ 19 ໂມງ ທຸກວັນ. ຂໍ້ມູນການທ່ອງທ່ຽວ ແລະ ການລົງທຶນ ຢູ່ໂຕະແນະນຳ.',
      },
      image: 'dong-ha-city',
    },
    hours: { from: '07:00', to: '19:00' },
  },
]
