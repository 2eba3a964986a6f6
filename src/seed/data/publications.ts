import type { Localized, SeedPublication } from './types'

const department: Localized = {
  vi: 'Sở Thông tin và Truyền thông Quảng Trị',
  en: 'Quang Tri Department of Information and Communications',
  lo: 'ພະແນກຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ ແຂວງກວາງຈິ',
}

const publishingHouse: Localized = {
  vi: 'Nhà xuất bản Thông tin và Truyền thông',
  en: 'Information and Communications Publishing House',
  lo: 'ສຳນັກພິມ ຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ',
}

export const publications: SeedPublication[] = [
  {
    key: 'photo-book-quang-tri-longing-for-peace',
    kind: 'photo-book',
    title: {
      vi: 'Quảng Trị – Khát vọng hòa bình',
      en: 'Quang Tri – A Longing for Peace',
      lo: 'ກວາງຈິ – ຄວາມປາຖະໜາສັນຕິພາບ',
    },
    summary: {
      vi: 'Sách ảnh ba thứ tiếng giới thiệu đất và người Quảng Trị qua các di tích lịch sử, cảnh quan thiên nhiên và đời sống hôm nay.',
      en: 'A trilingual photo book introducing the land and people of Quang Tri through its historical sites, landscapes and everyday life today.',
      lo: 'ປຶ້ມພາບສາມພາສາ ແນະນຳແຜ່ນດິນ ແລະ ຜູ້ຄົນແຂວງກວາງຈິ ຜ່ານສະຖານທີ່ປະຫວັດສາດ, ທິວທັດທຳມະຊາດ ແລະ ຊີວິດການເປັນຢູ່ໃນປັດຈຸບັນ.',
    },
    body: {
      vi: [
        'Cuốn sách ảnh gồm hơn 200 bức ảnh của các nhiếp ảnh gia trong và ngoài tỉnh, chia thành bốn phần: Dấu tích chiến tranh, Vùng đất hồi sinh, Điểm đến di sản và Hội nhập – phát triển. Các địa danh như Đôi bờ Hiền Lương – Bến Hải, Địa đạo Vịnh Mốc, Thành cổ Quảng Trị và bãi biển Cửa Tùng được giới thiệu kèm chú thích bằng tiếng Việt, tiếng Anh và tiếng Lào.',
        'Ấn phẩm được biên soạn theo Kế hoạch số 43/KH-UBND ngày 27/2/2024 của UBND tỉnh về công tác thông tin đối ngoại, nhằm giới thiệu hình ảnh một Quảng Trị từng chịu nhiều mất mát trong chiến tranh, nay đang vươn lên phát triển và mong muốn làm bạn với bạn bè quốc tế.',
        'Sách được dùng làm quà tặng các đoàn khách quốc tế, các cơ quan đại diện Việt Nam ở nước ngoài và các tỉnh bạn của Lào; bản điện tử được đăng trên Cổng thông tin điện tử của tỉnh.',
      ],
      en: [
        'The book brings together more than 200 photographs by photographers from the province and beyond, arranged in four parts: Traces of war, A land reborn, Heritage destinations, and Integration and development. Places such as the Hien Luong – Ben Hai relic site, the Vinh Moc tunnels, Quang Tri Citadel and Cua Tung beach are shown with captions in Vietnamese, English and Lao.',
        'It was compiled under the provincial People’s Committee’s Plan 43/KH-UBND of 27 February 2024 on foreign-information work, to present a province that suffered heavy losses in the war, is now growing steadily and wishes to be a friend to people around the world.',
        'Copies are presented to international delegations, Vietnamese missions abroad and partner provinces in Laos; an electronic edition is available on the provincial web portal.',
      ],
      lo: [
        'ປຶ້ມພາບຫົວນີ້ ລວບລວມຮູບພາບຫຼາຍກວ່າ 200 ພາບ ຂອງບັນດານັກຖ່າຍຮູບທັງພາຍໃນ ແລະ ນອກແຂວງ, ແບ່ງອອກເປັນ 4 ພາກ: ຮ່ອງຮອຍສົງຄາມ, ແຜ່ນດິນທີ່ຟື້ນຄືນຊີວິດ, ຈຸດໝາຍປາຍທາງມໍລະດົກ ແລະ ການເຊື່ອມໂຍງ – ພັດທະນາ. ສະຖານທີ່ຕ່າງໆ ເຊັ່ນ: ສອງຝັ່ງຫຽນເລືອງ – ເບັນຫາຍ, ອຸໂມງວິງໝອກ, ປ້ອມບູຮານກວາງຈິ ແລະ ຫາດຊາຍເກືອຕຸງ ໄດ້ຮັບການນຳສະເໜີ ພ້ອມຄຳບັນຍາຍເປັນພາສາຫວຽດນາມ, ພາສາອັງກິດ ແລະ ພາສາລາວ.',
        'ປຶ້ມດັ່ງກ່າວ ໄດ້ຮັບການຮຽບຮຽງຕາມແຜນການເລກທີ 43/KH-UBND ລົງວັນທີ 27 ກຸມພາ 2024 ຂອງຄະນະກຳມະການປະຊາຊົນແຂວງ ວ່າດ້ວຍວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ, ເພື່ອນຳສະເໜີພາບລັກຂອງແຂວງກວາງຈິ ທີ່ເຄີຍໄດ້ຮັບຄວາມສູນເສຍຢ່າງໜັກໜ່ວງໃນສົງຄາມ, ປັດຈຸບັນກຳລັງລຸກຂຶ້ນພັດທະນາ ແລະ ປາຖະໜາຢາກເປັນມິດກັບບັນດາມິດສາກົນ.',
        'ປຶ້ມນີ້ໃຊ້ເປັນຂອງທີ່ລະນຶກມອບໃຫ້ບັນດາຄະນະແຂກສາກົນ, ສຳນັກງານຜູ້ຕາງໜ້າຂອງຫວຽດນາມ ຢູ່ຕ່າງປະເທດ ແລະ ບັນດາແຂວງມິດຂອງລາວ; ສະບັບເອເລັກໂຕຣນິກ ແມ່ນເຜີຍແຜ່ຢູ່ເວັບໄຊທາງການຂອງແຂວງ.',
      ],
    },
    cover: 'hien-luong-bridge',
    isbn: '978-604-80-0512-2',
    publisher: publishingHouse,
    year: 2024,
    topics: ['culture-history', 'tourism', 'foreign-information'],
    status: 'published',
  },
  {
    key: 'brochure-gateway-east-west-corridor',
    kind: 'brochure',
    title: {
      vi: 'Quảng Trị – Cửa ngõ Việt Nam trên Hành lang kinh tế Đông – Tây',
      en: 'Quang Tri – Viet Nam’s Gateway on the East–West Economic Corridor',
      lo: 'ກວາງຈິ – ປະຕູສູ່ຫວຽດນາມ ເທິງແລວເສດຖະກິດຕາເວັນອອກ-ຕາເວັນຕົກ',
    },
    summary: {
      vi: 'Tập gấp xúc tiến đầu tư giới thiệu hạ tầng, các khu kinh tế, lĩnh vực ưu tiên và đầu mối hỗ trợ nhà đầu tư của tỉnh.',
      en: 'An investment brochure presenting the province’s infrastructure, economic zones, priority sectors and contact points for investors.',
      lo: 'ແຜ່ນພັບສົ່ງເສີມການລົງທຶນ ແນະນຳພື້ນຖານໂຄງລ່າງ, ເຂດເສດຖະກິດ, ຂະແໜງການບູລິມະສິດ ແລະ ຈຸດປະສານງານຊ່ວຍເຫຼືອນັກລົງທຶນຂອງແຂວງ.',
    },
    body: {
      vi: [
        'Tập gấp giới thiệu vị trí của Quảng Trị – địa phương đầu tiên trên lãnh thổ Việt Nam của Hành lang kinh tế Đông – Tây nối Myanmar, Thái Lan, Lào với các cảng biển miền Trung. Quốc lộ 9 và Cửa khẩu Quốc tế Lao Bảo là tuyến vận chuyển hàng hóa quan trọng giữa Việt Nam với Lào và Thái Lan.',
        'Các trang tiếp theo trình bày Khu kinh tế Đông Nam Quảng Trị, Khu kinh tế – thương mại đặc biệt Lao Bảo và các lĩnh vực ưu tiên thu hút đầu tư: logistics, năng lượng tái tạo (điện gió ở Hướng Hóa), nông nghiệp công nghệ cao (trong đó có cà phê Khe Sanh) và du lịch, kèm đầu mối liên hệ của các cơ quan hỗ trợ nhà đầu tư.',
        'Ấn phẩm in song song ba thứ tiếng, được phát tại các hội nghị xúc tiến đầu tư, hội chợ thương mại và các buổi làm việc với đoàn doanh nghiệp nước ngoài.',
      ],
      en: [
        'The brochure explains Quang Tri’s position as the first Vietnamese province on the East–West Economic Corridor, which links Myanmar, Thailand and Laos with the seaports of central Viet Nam. National Highway 9 and the Lao Bao International Border Gate form a key freight route between Viet Nam, Laos and Thailand.',
        'The following pages present the Southeast Quang Tri Economic Zone, the Lao Bao Special Economic and Commercial Zone and the sectors the province most wants to attract: logistics, renewable energy (wind power in Huong Hoa), high-tech agriculture (including Khe Sanh coffee) and tourism, together with contact details of the agencies that support investors.',
        'Printed side by side in three languages, it is handed out at investment promotion conferences, trade fairs and meetings with foreign business delegations.',
      ],
      lo: [
        'ແຜ່ນພັບນີ້ ແນະນຳທີ່ຕັ້ງຂອງແຂວງກວາງຈິ – ແຂວງທຳອິດໃນດິນແດນຫວຽດນາມ ເທິງແລວເສດຖະກິດຕາເວັນອອກ-ຕາເວັນຕົກ ທີ່ເຊື່ອມຕໍ່ມຽນມາ, ໄທ ແລະ ລາວ ກັບບັນດາທ່າເຮືອທະເລພາກກາງຂອງຫວຽດນາມ. ທາງຫຼວງແຫ່ງຊາດເລກ 9 ແລະ ດ່ານສາກົນລາວບາວ ແມ່ນເສັ້ນທາງຂົນສົ່ງສິນຄ້າທີ່ສຳຄັນ ລະຫວ່າງຫວຽດນາມ ກັບລາວ ແລະ ໄທ.',
        'ໜ້າຕໍ່ໆໄປ ນຳສະເໜີເຂດເສດຖະກິດຕາເວັນອອກສຽງໃຕ້ກວາງຈິ, ເຂດເສດຖະກິດ-ການຄ້າພິເສດລາວບາວ ແລະ ບັນດາຂະແໜງການບູລິມະສິດໃນການດຶງດູດການລົງທຶນ ເຊັ່ນ: ການບໍລິການຂົນສົ່ງ-ໂລຈິສຕິກ, ພະລັງງານທົດແທນ (ໄຟຟ້າພະລັງງານລົມ ຢູ່ເມືອງເຮືອງຮວາ), ກະສິກຳເຕັກໂນໂລຊີສູງ (ລວມທັງກາເຟເຂຊານ) ແລະ ການທ່ອງທ່ຽວ, ພ້ອມທັງຂໍ້ມູນຕິດຕໍ່ຂອງບັນດາອົງການທີ່ຊ່ວຍເຫຼືອນັກລົງທຶນ.',
        'ແຜ່ນພັບນີ້ຈັດພິມເປັນສາມພາສາຄຽງຄູ່ກັນ ແລະ ແຈກຢາຍຢູ່ກອງປະຊຸມສົ່ງເສີມການລົງທຶນ, ງານວາງສະແດງສິນຄ້າ ແລະ ໃນການພົບປະເຮັດວຽກກັບຄະນະນັກທຸລະກິດຕ່າງປະເທດ.',
      ],
    },
    cover: 'dong-ha-city',
    isbn: '978-604-80-0647-1',
    publisher: publishingHouse,
    year: 2024,
    topics: ['economy-investment', 'border-gates-trade', 'energy'],
    status: 'published',
  },
  {
    key: 'leaflet-lao-bao-la-lay-crossing',
    kind: 'leaflet',
    title: {
      vi: 'Thông tin cần biết khi qua Cửa khẩu Quốc tế Lao Bảo và La Lay',
      en: 'What to Know When Crossing at the Lao Bao and La Lay International Border Gates',
      lo: 'ຂໍ້ມູນທີ່ຄວນຮູ້ ເມື່ອຜ່ານດ່ານສາກົນລາວບາວ ແລະ ດ່ານສາກົນລາໄລ',
    },
    summary: {
      vi: 'Tờ gấp dành cho du khách, lái xe và doanh nghiệp, được phát tại hai Cụm Thông tin đối ngoại ở cửa khẩu.',
      en: 'A leaflet for travellers, drivers and businesses, handed out at the foreign-information points at the two border gates.',
      lo: 'ໃບປິວສຳລັບນັກທ່ອງທ່ຽວ, ຄົນຂັບລົດ ແລະ ວິສາຫະກິດ, ແຈກຢາຍຢູ່ຈຸດຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ທັງສອງດ່ານ.',
    },
    body: {
      vi: [
        'Tờ gấp cung cấp thông tin ngắn gọn cho người xuất nhập cảnh qua Cửa khẩu Quốc tế Lao Bảo (huyện Hướng Hóa, đối diện Cửa khẩu Quốc tế Đensavẳn, tỉnh Savannakhet) và Cửa khẩu Quốc tế La Lay (huyện Đakrông, đối diện Cửa khẩu Quốc tế La Lay, tỉnh Salavan): giấy tờ cần mang theo, trình tự làm thủ tục và những lưu ý về hàng hóa, phương tiện.',
        'Mặt sau có sơ đồ khu vực cửa khẩu, số điện thoại đường dây nóng của Bộ đội Biên phòng và Hải quan cửa khẩu, cùng mã QR dẫn tới trang thông tin đối ngoại của tỉnh.',
        'Tờ gấp được đặt tại Cụm Thông tin đối ngoại ở hai cửa khẩu và tại các khách sạn, điểm du lịch ở Đông Hà và Khe Sanh.',
      ],
      en: [
        'The leaflet gives short practical information for people crossing at the Lao Bao International Border Gate (Huong Hoa district, facing Densavan in Savannakhet province) and the La Lay International Border Gate (Dakrong district, facing La Lay in Salavan province): which documents to carry, the order of formalities, and points to note about goods and vehicles.',
        'The back shows a plan of the border-gate area, hotline numbers for the Border Guard and border-gate customs, and a QR code linking to the province’s foreign-information page.',
        'Copies are available at the foreign-information points at both border gates and at hotels and tourist sites in Dong Ha and Khe Sanh.',
      ],
      lo: [
        'ໃບປິວນີ້ ສະໜອງຂໍ້ມູນໂດຍຫຍໍ້ ໃຫ້ແກ່ຜູ້ເດີນທາງເຂົ້າ-ອອກ ຜ່ານດ່ານສາກົນລາວບາວ (ເມືອງເຮືອງຮວາ, ກົງກັນຂ້າມກັບດ່ານສາກົນແດນສະຫວັນ ແຂວງສະຫວັນນະເຂດ) ແລະ ດ່ານສາກົນລາໄລ (ເມືອງດາກຣົງ, ກົງກັນຂ້າມກັບດ່ານສາກົນລາໄລ ແຂວງສາລະວັນ) ເຊັ່ນ: ເອກະສານທີ່ຕ້ອງນຳຕິດຕົວ, ລຳດັບຂັ້ນຕອນ ແລະ ຂໍ້ຄວນລະວັງກ່ຽວກັບສິນຄ້າ ແລະ ພາຫະນະ.',
        'ດ້ານຫຼັງມີແຜນຜັງເຂດດ່ານ, ເບີໂທສາຍດ່ວນຂອງກອງກຳລັງປ້ອງກັນຊາຍແດນ ແລະ ພາສີດ່ານ, ພ້ອມທັງລະຫັດ QR ເຊື່ອມຕໍ່ໄປຫາໜ້າຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດຂອງແຂວງ.',
        'ໃບປິວດັ່ງກ່າວ ມີວາງໄວ້ຢູ່ຈຸດຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ທັງສອງດ່ານ ແລະ ຢູ່ໂຮງແຮມ, ສະຖານທີ່ທ່ອງທ່ຽວ ໃນນະຄອນດົງຮ່າ ແລະ ເຂຊານ.',
      ],
    },
    cover: 'lao-bao-border-gate',
    publicationNumber: '125/GP-STTTT',
    publisher: department,
    year: 2024,
    topics: ['border-gates-trade', 'lao-cooperation', 'foreign-information'],
    status: 'published',
  },
  {
    key: 'infographic-hoang-sa-truong-sa-evidence',
    kind: 'infographic',
    title: {
      vi: 'Hoàng Sa, Trường Sa của Việt Nam – Những bằng chứng lịch sử và pháp lý',
      en: 'Hoang Sa and Truong Sa of Viet Nam – Historical and Legal Evidence',
      lo: 'ຫວາງຊາ ແລະ ເຈືອງຊາ ຂອງຫວຽດນາມ – ຫຼັກຖານທາງປະຫວັດສາດ ແລະ ທາງກົດໝາຍ',
    },
    summary: {
      vi: 'Bộ infographic đi kèm Triển lãm số cùng tên do tỉnh tổ chức năm 2024.',
      en: 'A set of infographics accompanying the digital exhibition of the same name held by the province in 2024.',
      lo: 'ຊຸດອິນໂຟກຣາບຟິກ ປະກອບງານວາງສະແດງແບບດິຈິຕອນ ທີ່ມີຊື່ດຽວກັນ ເຊິ່ງແຂວງໄດ້ຈັດຂຶ້ນໃນປີ 2024.',
    },
    body: {
      vi: [
        'Bộ infographic gồm 12 trang, tóm lược các tư liệu tiêu biểu được giới thiệu tại Triển lãm số “Hoàng Sa, Trường Sa của Việt Nam – Những bằng chứng lịch sử và pháp lý”: bản đồ cổ, châu bản triều Nguyễn, tư liệu của nước ngoài và các văn bản pháp lý, trong đó có Công ước của Liên hợp quốc về Luật Biển năm 1982.',
        'Nội dung được trình bày ngắn gọn để dễ chia sẻ trên mạng xã hội và trình chiếu trên màn hình tại các Cụm Thông tin đối ngoại; mỗi trang có mã QR dẫn tới không gian triển lãm số.',
        'Trang cuối giới thiệu huyện đảo Cồn Cỏ và hoạt động tuyên truyền về chủ quyền biển, đảo của Việt Nam trên địa bàn tỉnh.',
      ],
      en: [
        'The twelve-page set summarises key documents shown at the digital exhibition “Hoang Sa and Truong Sa of Viet Nam – Historical and Legal Evidence”: old maps, Nguyen dynasty royal records, foreign sources and legal texts, including the 1982 United Nations Convention on the Law of the Sea.',
        'The content is kept short so that it can be shared on social media and shown on the screens of the foreign-information points; each page carries a QR code linking to the digital exhibition.',
        'The final page introduces Con Co island district and the province’s public information work on Viet Nam’s sovereignty over its seas and islands.',
      ],
      lo: [
        'ຊຸດອິນໂຟກຣາບຟິກ 12 ໜ້ານີ້ ສະຫຼຸບເອກະສານທີ່ເປັນຕົວແທນ ທີ່ໄດ້ນຳສະເໜີໃນງານວາງສະແດງແບບດິຈິຕອນ “ຫວາງຊາ ແລະ ເຈືອງຊາ ຂອງຫວຽດນາມ – ຫຼັກຖານທາງປະຫວັດສາດ ແລະ ທາງກົດໝາຍ” ເຊັ່ນ: ແຜນທີ່ບູຮານ, ເອກະສານລາຊະການຂອງລາຊະວົງຫງວຽນ, ເອກະສານຂອງຕ່າງປະເທດ ແລະ ບັນດາເອກະສານທາງກົດໝາຍ, ໃນນັ້ນມີສົນທິສັນຍາສະຫະປະຊາຊາດ ວ່າດ້ວຍກົດໝາຍທະເລ ປີ 1982.',
        'ເນື້ອໃນໄດ້ຮັບການນຳສະເໜີຢ່າງກະທັດຮັດ ເພື່ອໃຫ້ງ່າຍຕໍ່ການແບ່ງປັນຜ່ານສື່ສັງຄົມອອນລາຍ ແລະ ການສາຍເທິງຈໍພາບ ຢູ່ຈຸດຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ; ແຕ່ລະໜ້າມີລະຫັດ QR ເຊື່ອມຕໍ່ໄປຫາງານວາງສະແດງແບບດິຈິຕອນ.',
        'ໜ້າສຸດທ້າຍ ແນະນຳເມືອງເກາະກົນກໍ ແລະ ການໂຄສະນາເຜີຍແຜ່ກ່ຽວກັບອະທິປະໄຕທາງທະເລ ແລະ ເກາະຂອງຫວຽດນາມ ໃນຂອບເຂດແຂວງ.',
      ],
    },
    cover: 'con-co-island',
    publicationNumber: '87/GP-STTTT',
    publisher: department,
    year: 2024,
    topics: ['sea-islands', 'foreign-information'],
    status: 'published',
  },
  {
    key: 'e-magazine-peace-festival-2024',
    kind: 'e-magazine',
    title: {
      vi: 'Lễ hội Vì Hòa bình 2024 – Chung tay kiến tạo thế giới hòa bình',
      en: 'Peace Festival 2024 – Joining Hands to Build a Peaceful World',
      lo: 'ງານບຸນເພື່ອສັນຕິພາບ 2024 – ຮ່ວມແຮງຮ່ວມໃຈ ສ້າງໂລກແຫ່ງສັນຕິພາບ',
    },
    summary: {
      vi: 'Ấn phẩm điện tử với bài viết dài, phóng sự ảnh và video về các hoạt động chính của Lễ hội Vì Hòa bình năm 2024.',
      en: 'A digital magazine with long-form stories, photo essays and video on the main events of the 2024 Peace Festival.',
      lo: 'ວາລະສານເອເລັກໂຕຣນິກ ທີ່ມີບົດຂຽນຍາວ, ສາລະຄະດີພາບ ແລະ ວິດີໂອ ກ່ຽວກັບກິດຈະກຳຫຼັກຂອງງານບຸນເພື່ອສັນຕິພາບ ປີ 2024.',
    },
    body: {
      vi: [
        'Số e-magazine đặc biệt ghi lại các hoạt động của Lễ hội Vì Hòa bình năm 2024, từ đêm khai mạc ngày 6/7/2024 tại Khu Di tích quốc gia đặc biệt Đôi bờ Hiền Lương – Bến Hải đến lễ thả hoa đăng trên sông Thạch Hãn tưởng niệm những người đã ngã xuống.',
        'Các bài viết, phóng sự ảnh và video ngắn kể câu chuyện của cựu chiến binh, bạn bè quốc tế và người dân địa phương về hành trình hàn gắn vết thương chiến tranh và thông điệp hòa bình mà Quảng Trị gửi tới thế giới.',
        'Ấn phẩm được phát hành trên nền tảng số bằng ba thứ tiếng và được chia sẻ tới các cơ quan báo chí, đối tác truyền thông trong và ngoài nước.',
      ],
      en: [
        'This special issue covers the 2024 Peace Festival, from the opening night on 6 July 2024 at the Hien Luong – Ben Hai special national relic site to the lantern release on the Thach Han River in memory of those who fell.',
        'Stories, photo essays and short videos follow veterans, international friends and local residents as they talk about healing the wounds of war and the message of peace that Quang Tri sends to the world.',
        'The magazine is published online in three languages and shared with press agencies and media partners in Viet Nam and abroad.',
      ],
      lo: [
        'ວາລະສານສະບັບພິເສດນີ້ ບັນທຶກກິດຈະກຳຕ່າງໆ ຂອງງານບຸນເພື່ອສັນຕິພາບ ປີ 2024, ນັບແຕ່ພິທີເປີດໃນຕອນຄ່ຳວັນທີ 6 ກໍລະກົດ 2024 ຢູ່ເຂດສະຖານທີ່ປະຫວັດສາດພິເສດແຫ່ງຊາດ ສອງຝັ່ງຫຽນເລືອງ – ເບັນຫາຍ ຈົນເຖິງພິທີລອຍໂຄມໄຟ ຢູ່ແມ່ນ້ຳທາກຫານ ເພື່ອລະນຶກເຖິງຜູ້ທີ່ເສຍສະລະຊີວິດ.',
        'ບົດຂຽນ, ສາລະຄະດີພາບ ແລະ ວິດີໂອສັ້ນ ເລົ່າເລື່ອງຂອງນັກຮົບເກົ່າ, ມິດສາກົນ ແລະ ປະຊາຊົນທ້ອງຖິ່ນ ກ່ຽວກັບການປິ່ນປົວບາດແຜຂອງສົງຄາມ ແລະ ຂໍ້ຄວາມແຫ່ງສັນຕິພາບ ທີ່ແຂວງກວາງຈິສົ່ງໄປເຖິງທົ່ວໂລກ.',
        'ວາລະສານນີ້ເຜີຍແຜ່ທາງອອນລາຍເປັນສາມພາສາ ແລະ ແບ່ງປັນໃຫ້ແກ່ບັນດາອົງການສື່ມວນຊົນ ແລະ ຄູ່ຮ່ວມມືດ້ານສື່ ທັງພາຍໃນ ແລະ ຕ່າງປະເທດ.',
      ],
    },
    cover: 'peace-festival',
    publicationNumber: '142/GP-STTTT',
    publisher: department,
    year: 2024,
    topics: ['culture-history', 'foreign-information', 'tourism'],
    status: 'published',
  },
  {
    key: 'map-quang-tri-tourism',
    kind: 'map',
    title: {
      vi: 'Bản đồ du lịch tỉnh Quảng Trị',
      en: 'Quang Tri Tourist Map',
      lo: 'ແຜນທີ່ທ່ອງທ່ຽວແຂວງກວາງຈິ',
    },
    summary: {
      vi: 'Bản đồ gấp ba thứ tiếng thể hiện các tuyến du lịch di sản, biển đảo và miền Tây của tỉnh; bản thảo đang được rà soát.',
      en: 'A folding trilingual map of the province’s heritage, coastal and western upland routes; the draft is under review.',
      lo: 'ແຜນທີ່ພັບສາມພາສາ ສະແດງເສັ້ນທາງທ່ອງທ່ຽວມໍລະດົກ, ທະເລ-ເກາະ ແລະ ເຂດພູດອຍທາງທິດຕາເວັນຕົກຂອງແຂວງ; ສະບັບຮ່າງກຳລັງຖືກທົບທວນ.',
    },
    body: {
      vi: [
        'Bản đồ thể hiện ba tuyến du lịch chính: tuyến di tích chiến tranh (Đôi bờ Hiền Lương – Bến Hải, Địa đạo Vịnh Mốc, Thành cổ Quảng Trị, Nghĩa trang Liệt sĩ Quốc gia Trường Sơn), tuyến biển đảo (Cửa Tùng, Cửa Việt, đảo Cồn Cỏ) và tuyến miền Tây (Khe Sanh, Lao Bảo, Đakrông).',
        'Mặt sau có sơ đồ kết nối với các tỉnh Savannakhet và Salavan của Lào qua Cửa khẩu Quốc tế Lao Bảo và La Lay, cùng thông tin lưu trú, giao thông và số điện thoại hỗ trợ du khách.',
        'Bản thảo đang được các sở, ngành và địa phương rà soát, đối chiếu địa danh trước khi in.',
      ],
      en: [
        'The map shows three main routes: the war heritage route (Hien Luong – Ben Hai, the Vinh Moc tunnels, Quang Tri Citadel and Truong Son National Martyrs’ Cemetery), the coast and islands route (Cua Tung, Cua Viet and Con Co island) and the western uplands route (Khe Sanh, Lao Bao and Dakrong).',
        'The back shows connections to Savannakhet and Salavan provinces in Laos through the Lao Bao and La Lay International Border Gates, with information on accommodation, transport and a visitor helpline.',
        'The draft is being reviewed by provincial departments and districts, who are checking place names before it goes to print.',
      ],
      lo: [
        'ແຜນທີ່ສະແດງເສັ້ນທາງທ່ອງທ່ຽວຫຼັກ 3 ເສັ້ນ: ເສັ້ນທາງສະຖານທີ່ປະຫວັດສາດສົງຄາມ (ສອງຝັ່ງຫຽນເລືອງ – ເບັນຫາຍ, ອຸໂມງວິງໝອກ, ປ້ອມບູຮານກວາງຈິ, ສຸສານວິລະຊົນແຫ່ງຊາດເຈືອງເຊີນ), ເສັ້ນທາງທະເລ-ເກາະ (ເກືອຕຸງ, ເກືອວຽດ, ເກາະກົນກໍ) ແລະ ເສັ້ນທາງເຂດພູດອຍທາງທິດຕາເວັນຕົກ (ເຂຊານ, ລາວບາວ, ດາກຣົງ).',
        'ດ້ານຫຼັງມີແຜນຜັງການເຊື່ອມຕໍ່ກັບແຂວງສະຫວັນນະເຂດ ແລະ ແຂວງສາລະວັນ ຂອງລາວ ຜ່ານດ່ານສາກົນລາວບາວ ແລະ ດ່ານສາກົນລາໄລ, ພ້ອມທັງຂໍ້ມູນທີ່ພັກ, ການຄົມມະນາຄົມ ແລະ ເບີໂທຊ່ວຍເຫຼືອນັກທ່ອງທ່ຽວ.',
        'ສະບັບຮ່າງນີ້ ກຳລັງໄດ້ຮັບການທົບທວນ ແລະ ກວດກາຊື່ສະຖານທີ່ ໂດຍບັນດາພະແນກການ ແລະ ທ້ອງຖິ່ນ ກ່ອນຈະຈັດພິມ.',
      ],
    },
    cover: 'cua-tung-beach',
    isbn: '978-604-80-0789-8',
    publisher: publishingHouse,
    year: 2025,
    topics: ['tourism', 'culture-history', 'sea-islands'],
    status: 'draft',
  },
]
