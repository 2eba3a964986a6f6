import type { SeedImage } from './types'

const department = 'Sở Thông tin và Truyền thông Quảng Trị'
const copyright = '© 2024 UBND tỉnh Quảng Trị'

export const images: SeedImage[] = [
  {
    key: 'hien-luong-bridge',
    filename: 'hien-luong-bridge.jpg',
    alt: {
      vi: 'Cầu Hiền Lương bắc qua sông Bến Hải, nhìn từ bờ Bắc',
      en: 'Hien Luong Bridge across the Ben Hai River, seen from the northern bank',
      lo: 'ຂົວຫຽນເລືອງ ຂ້າມແມ່ນ້ຳເບັນຫາຍ, ເບິ່ງຈາກຝັ່ງເໜືອ',
    },
    caption: {
      vi: 'Cầu Hiền Lương – sông Bến Hải, Di tích quốc gia đặc biệt, nơi từng là giới tuyến quân sự tạm thời chia cắt hai miền Nam – Bắc (1954–1975).',
      en: 'Hien Luong Bridge on the Ben Hai River, a special national relic site that marked the provisional military demarcation line dividing North and South Viet Nam from 1954 to 1975.',
      lo: 'ຂົວຫຽນເລືອງ – ແມ່ນ້ຳເບັນຫາຍ, ສະຖານທີ່ປະຫວັດສາດພິເສດແຫ່ງຊາດ, ເຊິ່ງເຄີຍເປັນເສັ້ນແບ່ງເຂດທະຫານຊົ່ວຄາວ ທີ່ແບ່ງແຍກພາກເໜືອ ແລະ ພາກໃຕ້ຂອງຫວຽດນາມ (1954–1975).',
    },
    credit: department,
    copyright,
    palette: ['#9cc3e0', '#3f7fa8', '#1d3f5e'],
    motif: 'bridge',
  },
  {
    key: 'lao-bao-border-gate',
    filename: 'lao-bao-border-gate.jpg',
    alt: {
      vi: 'Xe tải chờ làm thủ tục thông quan tại Cửa khẩu Quốc tế Lao Bảo',
      en: 'Lorries waiting for clearance at the Lao Bao International Border Gate',
      lo: 'ລົດບັນທຸກລໍຖ້າເຮັດຂັ້ນຕອນຜ່ານແດນ ຢູ່ດ່ານສາກົນລາວບາວ',
    },
    caption: {
      vi: 'Cửa khẩu Quốc tế Lao Bảo (huyện Hướng Hóa) – cửa ngõ trên Hành lang kinh tế Đông – Tây, đối diện Cửa khẩu Quốc tế Đensavẳn, tỉnh Savannakhet (Lào).',
      en: 'Lao Bao International Border Gate in Huong Hoa district, a gateway on the East–West Economic Corridor, facing Densavan International Border Gate in Savannakhet province, Laos.',
      lo: 'ດ່ານສາກົນລາວບາວ (ເມືອງເຮືອງຮວາ) – ປະຕູເຊື່ອມຕໍ່ເທິງແລວເສດຖະກິດຕາເວັນອອກ-ຕາເວັນຕົກ, ກົງກັນຂ້າມກັບດ່ານສາກົນແດນສະຫວັນ ແຂວງສະຫວັນນະເຂດ, ສປປ ລາວ.',
    },
    credit: department,
    copyright,
    palette: ['#d9e4ec', '#8a9ba8', '#4d5b66'],
    motif: 'city',
  },
  {
    key: 'cua-tung-beach',
    filename: 'cua-tung-beach.jpg',
    alt: {
      vi: 'Bãi biển Cửa Tùng trong nắng sớm, bờ cát thoải và nước trong xanh',
      en: 'Cua Tung beach in the early morning sun, with a gently sloping shore and clear water',
      lo: 'ຫາດຊາຍເກືອຕຸງ ໃນແສງແດດຍາມເຊົ້າ, ຫາດຊາຍຄ່ອຍໆລາດລົງ ແລະ ນ້ຳທະເລໃສ',
    },
    caption: {
      vi: 'Bãi biển Cửa Tùng (huyện Vĩnh Linh), từng được người Pháp mệnh danh là “Nữ hoàng của các bãi tắm”.',
      en: 'Cua Tung beach in Vinh Linh district, once called the “queen of beaches” by the French.',
      lo: 'ຫາດຊາຍເກືອຕຸງ (ເມືອງວິງລິງ), ທີ່ຊາວຝຣັ່ງເຄີຍຂະໜານນາມວ່າ “ລາຊິນີແຫ່ງຫາດຊາຍ”.',
    },
    credit: department,
    copyright,
    palette: ['#fbe3b8', '#3aa6c9', '#1f6f8b'],
    motif: 'sea',
  },
  {
    key: 'huong-hoa-wind-farm',
    filename: 'huong-hoa-wind-farm.jpg',
    alt: {
      vi: 'Các tua-bin điện gió trên những ngọn đồi ở huyện Hướng Hóa',
      en: 'Wind turbines on the hills of Huong Hoa district',
      lo: 'ກັງຫັນລົມຜະລິດໄຟຟ້າ ເທິງເນີນພູ ຢູ່ເມືອງເຮືອງຮວາ',
    },
    caption: {
      vi: 'Nhà máy điện gió tại huyện miền núi Hướng Hóa, nơi có điều kiện gió thuận lợi cho phát triển năng lượng tái tạo.',
      en: 'A wind farm in the mountainous district of Huong Hoa, where wind conditions favour renewable energy.',
      lo: 'ໂຮງງານໄຟຟ້າພະລັງງານລົມ ຢູ່ເມືອງເຮືອງຮວາ ເຂດພູດອຍ, ບ່ອນທີ່ມີສະພາບລົມເອື້ອອຳນວຍໃຫ້ແກ່ການພັດທະນາພະລັງງານທົດແທນ.',
    },
    credit: department,
    copyright,
    palette: ['#cfe8f7', '#6f9a6a', '#3e6b3a'],
    motif: 'mountains',
  },
  {
    key: 'khe-sanh-coffee',
    filename: 'khe-sanh-coffee.jpg',
    alt: {
      vi: 'Nông dân thu hái cà phê chín đỏ trên đồi Khe Sanh',
      en: 'Farmers picking ripe coffee cherries on the hills of Khe Sanh',
      lo: 'ຊາວກະສິກອນເກັບໝາກກາເຟສຸກ ເທິງເນີນພູເຂຊານ',
    },
    caption: {
      vi: 'Mùa thu hoạch cà phê arabica ở thị trấn Khe Sanh, huyện Hướng Hóa.',
      en: 'Arabica coffee harvest in Khe Sanh town, Huong Hoa district.',
      lo: 'ລະດູເກັບກ່ຽວກາເຟອາຣາບິກາ ຢູ່ເຂຊານ, ເມືອງເຮືອງຮວາ.',
    },
    credit: 'Báo Quảng Trị',
    copyright,
    palette: ['#f3e6c8', '#7a9a3c', '#8b3a2b'],
    motif: 'fields',
  },
  {
    key: 'dong-ha-city',
    filename: 'dong-ha-city.jpg',
    alt: {
      vi: 'Toàn cảnh thành phố Đông Hà bên sông Hiếu nhìn từ trên cao',
      en: 'Aerial view of Dong Ha city on the Hieu River',
      lo: 'ພາບລວມນະຄອນດົງຮ່າ ແຄມແມ່ນ້ຳຮິ່ວ ຖ່າຍຈາກມຸມສູງ',
    },
    caption: {
      vi: 'Thành phố Đông Hà, trung tâm hành chính – kinh tế của tỉnh, nơi giao nhau giữa Quốc lộ 1 và Quốc lộ 9 trên Hành lang kinh tế Đông – Tây.',
      en: 'Dong Ha, the province’s administrative and economic centre, where National Highway 1 meets National Highway 9 on the East–West Economic Corridor.',
      lo: 'ນະຄອນດົງຮ່າ, ສູນກາງການປົກຄອງ ແລະ ເສດຖະກິດຂອງແຂວງ, ເປັນບ່ອນທີ່ທາງຫຼວງແຫ່ງຊາດເລກ 1 ຕັດກັບທາງຫຼວງແຫ່ງຊາດເລກ 9 ເທິງແລວເສດຖະກິດຕາເວັນອອກ-ຕາເວັນຕົກ.',
    },
    credit: department,
    copyright,
    palette: ['#bfd7ea', '#5b7c99', '#2f4858'],
    motif: 'city',
  },
  {
    key: 'peace-festival',
    filename: 'peace-festival-2024.jpg',
    alt: {
      vi: 'Chương trình nghệ thuật khai mạc Lễ hội Vì Hòa bình năm 2024 bên sông Bến Hải',
      en: 'Opening performance of the 2024 Peace Festival on the Ben Hai River',
      lo: 'ລາຍການສິລະປະພິທີໄຂງານບຸນເພື່ອສັນຕິພາບ ປີ 2024 ແຄມແມ່ນ້ຳເບັນຫາຍ',
    },
    caption: {
      vi: 'Đêm khai mạc Lễ hội Vì Hòa bình năm 2024 với chủ đề “Chung tay kiến tạo thế giới hòa bình”, ngày 6/7/2024 tại Khu Di tích quốc gia đặc biệt Đôi bờ Hiền Lương – Bến Hải.',
      en: 'Opening night of the 2024 Peace Festival, themed “Joining hands to build a peaceful world”, at the Hien Luong – Ben Hai special national relic site on 6 July 2024.',
      lo: 'ພິທີໄຂງານບຸນເພື່ອສັນຕິພາບ ປີ 2024 ພາຍໃຕ້ຫົວຂໍ້ “ຮ່ວມແຮງຮ່ວມໃຈ ສ້າງໂລກແຫ່ງສັນຕິພາບ”, ໃນຕອນຄ່ຳວັນທີ 6 ກໍລະກົດ 2024 ຢູ່ເຂດສະຖານທີ່ປະຫວັດສາດພິເສດແຫ່ງຊາດ ສອງຝັ່ງຫຽນເລືອງ – ເບັນຫາຍ.',
    },
    credit: 'Báo Quảng Trị',
    copyright,
    palette: ['#1b1f3b', '#e94f37', '#f6c85f'],
    motif: 'festival',
  },
  {
    key: 'con-co-island',
    filename: 'con-co-island.jpg',
    alt: {
      vi: 'Đảo Cồn Cỏ nhìn từ biển, phủ xanh rừng nguyên sinh',
      en: 'Con Co island seen from the sea, covered in primary forest',
      lo: 'ເກາະກົນກໍ ເບິ່ງຈາກທະເລ, ປົກຄຸມດ້ວຍປ່າດົງດິບຂຽວສົດ',
    },
    caption: {
      vi: 'Huyện đảo Cồn Cỏ, cách đất liền khoảng 30 km, có khu bảo tồn biển và tiềm năng phát triển du lịch sinh thái.',
      en: 'Con Co island district, about 30 km off the coast, with a marine protected area and potential for eco-tourism.',
      lo: 'ເມືອງເກາະກົນກໍ, ຫ່າງຈາກຝັ່ງປະມານ 30 ກິໂລແມັດ, ມີເຂດອະນຸລັກທະເລ ແລະ ມີທ່າແຮງພັດທະນາການທ່ອງທ່ຽວແບບນິເວດ.',
    },
    credit: department,
    copyright,
    palette: ['#a8dcf0', '#2b8cbe', '#2e7d32'],
    motif: 'sea',
  },
]
