import type { SeedTopic } from './types'

export const topics: SeedTopic[] = [
  {
    slug: 'economy-investment',
    name: { vi: 'Kinh tế – Đầu tư', en: 'Economy and investment', lo: 'ເສດຖະກິດ – ການລົງທຶນ' },
    description: {
      vi: 'Tình hình phát triển kinh tế – xã hội, môi trường đầu tư và các dự án hạ tầng trọng điểm của tỉnh.',
      en: 'Socio-economic development, the investment climate and key infrastructure projects in the province.',
      lo: 'ສະພາບການພັດທະນາເສດຖະກິດ-ສັງຄົມ, ສະພາບແວດລ້ອມການລົງທຶນ ແລະ ໂຄງການພື້ນຖານໂຄງລ່າງທີ່ສຳຄັນຂອງແຂວງ.',
    },
  },
  {
    slug: 'border-gates-trade',
    name: { vi: 'Cửa khẩu – Thương mại biên giới', en: 'Border gates and trade', lo: 'ດ່ານຊາຍແດນ – ການຄ້າຊາຍແດນ' },
    description: {
      vi: 'Hoạt động xuất nhập khẩu, xuất nhập cảnh qua các cửa khẩu Lao Bảo, La Lay và trên Hành lang kinh tế Đông – Tây.',
      en: 'Trade and travel through the Lao Bao and La Lay border gates and along the East–West Economic Corridor.',
      lo: 'ການນຳເຂົ້າ-ສົ່ງອອກ ແລະ ການເຂົ້າ-ອອກເມືອງ ຜ່ານດ່ານລາວບາວ, ດ່ານລາໄລ ແລະ ຕາມແລວເສດຖະກິດຕາເວັນອອກ-ຕາເວັນຕົກ.',
    },
  },
  {
    slug: 'tourism',
    name: { vi: 'Du lịch', en: 'Tourism', lo: 'ການທ່ອງທ່ຽວ' },
    description: {
      vi: 'Điểm đến, sản phẩm du lịch di sản, biển đảo và sinh thái của Quảng Trị.',
      en: 'Destinations and heritage, coastal and nature tourism in Quang Tri.',
      lo: 'ຈຸດໝາຍປາຍທາງ ແລະ ຜະລິດຕະພັນທ່ອງທ່ຽວດ້ານມໍລະດົກ, ທະເລ-ເກາະ ແລະ ທຳມະຊາດ ຂອງແຂວງກວາງຈິ.',
    },
  },
  {
    slug: 'culture-history',
    name: { vi: 'Văn hóa – Lịch sử', en: 'Culture and history', lo: 'ວັດທະນະທຳ – ປະຫວັດສາດ' },
    description: {
      vi: 'Di tích lịch sử, lễ hội, văn hóa các dân tộc và các hoạt động tri ân, hướng về hòa bình.',
      en: 'Historical sites, festivals, the cultures of local ethnic communities, and remembrance and peace activities.',
      lo: 'ສະຖານທີ່ປະຫວັດສາດ, ງານບຸນ, ວັດທະນະທຳຂອງບັນດາເຜົ່າ ແລະ ການເຄື່ອນໄຫວລະນຶກເຖິງບຸນຄຸນ ແລະ ເພື່ອສັນຕິພາບ.',
    },
  },
  {
    slug: 'lao-cooperation',
    name: { vi: 'Hợp tác Việt Nam – Lào', en: 'Cooperation with Laos', lo: 'ການຮ່ວມມື ຫວຽດນາມ – ລາວ' },
    description: {
      vi: 'Quan hệ hữu nghị, hợp tác giữa Quảng Trị với các tỉnh Savannakhet, Salavan và các địa phương khác của Lào.',
      en: 'Friendship and cooperation between Quang Tri and Savannakhet, Salavan and other Lao provinces.',
      lo: 'ການພົວພັນມິດຕະພາບ ແລະ ການຮ່ວມມືລະຫວ່າງແຂວງກວາງຈິ ກັບແຂວງສະຫວັນນະເຂດ, ແຂວງສາລະວັນ ແລະ ທ້ອງຖິ່ນອື່ນໆ ຂອງລາວ.',
    },
  },
  {
    slug: 'energy',
    name: { vi: 'Năng lượng', en: 'Energy', lo: 'ພະລັງງານ' },
    description: {
      vi: 'Điện gió, năng lượng tái tạo và các dự án năng lượng trên địa bàn tỉnh.',
      en: 'Wind power, renewables and other energy projects in the province.',
      lo: 'ໄຟຟ້າພະລັງງານລົມ, ພະລັງງານທົດແທນ ແລະ ໂຄງການພະລັງງານອື່ນໆ ໃນແຂວງ.',
    },
  },
  {
    slug: 'foreign-information',
    name: { vi: 'Thông tin đối ngoại', en: 'Foreign information', lo: 'ວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ' },
    description: {
      vi: 'Kế hoạch, hoạt động và sản phẩm thông tin đối ngoại của tỉnh; hợp tác với các cơ quan báo chí.',
      en: 'The province’s foreign-information plans, activities and products, and its cooperation with the press.',
      lo: 'ແຜນການ, ການເຄື່ອນໄຫວ ແລະ ຜະລິດຕະພັນຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດຂອງແຂວງ ແລະ ການຮ່ວມມືກັບອົງການສື່ມວນຊົນ.',
    },
  },
  {
    slug: 'sea-islands',
    name: { vi: 'Biển, đảo', en: 'Sea and islands', lo: 'ທະເລ ແລະ ເກາະ' },
    description: {
      vi: 'Huyện đảo Cồn Cỏ, kinh tế biển và tuyên truyền về chủ quyền biển, đảo của Việt Nam.',
      en: 'Con Co island district, the marine economy and public information on Viet Nam’s sovereignty over its seas and islands.',
      lo: 'ເມືອງເກາະກົນກໍ, ເສດຖະກິດທະເລ ແລະ ການໂຄສະນາເຜີຍແຜ່ກ່ຽວກັບອະທິປະໄຕທາງທະເລ ແລະ ເກາະຂອງຫວຽດນາມ.',
    },
  },
]
