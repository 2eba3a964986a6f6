import type { ContentCollectionSlug, Locale } from '../../../src/domain'
import type { SearchEntry } from '../../../src/search'

/**
 * A fixture corpus of the office's news about Quảng Trị, in Vietnamese, English and Lao (Lao in Lao
 * script, words run together as Lao is written), and a relevance set: queries with the items a
 * reader expects among the first ten. Used by tests/int/search on every engine.
 */

type Text = [title: string, body: string]
type Item = { id: number; type: ContentCollectionSlug; releasedAt: string; topics: string[] } & Partial<Record<Locale, Text>>

const PR: ContentCollectionSlug = 'press-releases'
const PUB: ContentCollectionSlug = 'publications'
const TM: ContentCollectionSlug = 'training-materials'
const PM: ContentCollectionSlug = 'partner-media'

export const corpus: Item[] = [
  {
    id: 1, type: PR, releasedAt: '2026-11-02T02:00:00Z', topics: ['kinh-te'],
    vi: ['Kim ngạch thương mại qua Cửa khẩu quốc tế Lao Bảo tăng mạnh', 'Trong 10 tháng năm 2026, kim ngạch xuất nhập khẩu qua Cửa khẩu quốc tế Lao Bảo đạt hơn 600 triệu USD, tăng 18% so với cùng kỳ. Hàng hóa chủ yếu là nông sản, gỗ và hàng tiêu dùng.'],
    en: ['Trade through Lao Bao International Border Gate rises sharply', 'In the first ten months of 2026, import and export turnover through Lao Bao International Border Gate exceeded 600 million USD, up 18 percent year on year. Goods were mainly farm produce, timber and consumer goods.'],
    lo: ['ມູນຄ່າການຄ້າຜ່ານດ່ານສາກົນລາວບາວ ເພີ່ມຂຶ້ນຢ່າງແຂງແຮງ', 'ໃນ 10 ເດືອນຂອງປີ 2026 ມູນຄ່າການນຳເຂົ້າ ແລະ ສົ່ງອອກຜ່ານດ່ານສາກົນລາວບາວ ບັນລຸຫຼາຍກວ່າ 600 ລ້ານໂດລາສະຫະລັດ ເພີ່ມຂຶ້ນ 18% ທຽບໃສ່ໄລຍະດຽວກັນ.'],
  },
  {
    id: 2, type: PR, releasedAt: '2026-09-15T03:00:00Z', topics: ['kinh-te', 'doi-ngoai'],
    vi: ['Thí điểm kiểm tra một lần dừng tại cặp cửa khẩu Lao Bảo – Densavan', 'Lực lượng chức năng hai nước Việt Nam và Lào thống nhất mở rộng mô hình kiểm tra một lần dừng, rút ngắn thời gian thông quan cho xe hàng trên Hành lang kinh tế Đông – Tây.'],
    en: ['Single-stop inspection piloted at the Lao Bao – Densavan border gates', 'Border agencies of Viet Nam and Laos agreed to expand single-stop inspection, cutting clearance time for trucks on the East–West Economic Corridor.'],
    lo: ['ທົດລອງການກວດກາຈຸດດຽວ ຢູ່ດ່ານລາວບາວ – ແດນສະຫວັນ', 'ເຈົ້າໜ້າທີ່ຂອງສອງປະເທດ ຫວຽດນາມ ແລະ ລາວ ເຫັນດີຂະຫຍາຍການກວດກາຈຸດດຽວ ເພື່ອຫຼຸດເວລາຜ່ານແດນຂອງລົດຂົນສົ່ງສິນຄ້າ ຕາມແລວເສດຖະກິດຕາເວັນອອກ – ຕາເວັນຕົກ.'],
  },
  {
    id: 3, type: PR, releasedAt: '2026-06-20T02:00:00Z', topics: ['kinh-te'],
    vi: ['Cửa khẩu La Lay được nâng cấp thành cửa khẩu quốc tế', 'Chính phủ đồng ý nâng cấp Cửa khẩu La Lay ở huyện Đakrông thành cửa khẩu quốc tế, mở thêm tuyến giao thương với tỉnh Salavan của Lào.'],
    en: ['La Lay border gate upgraded to an international border gate', 'The Government approved upgrading La Lay border gate in Dakrong district to international status, opening a new trade route with Salavan province of Laos.'],
    lo: ['ດ່ານລາລາຍ ຍົກລະດັບເປັນດ່ານສາກົນ', 'ລັດຖະບານເຫັນດີຍົກລະດັບດ່ານລາລາຍ ເມືອງດາກຣົງ ເປັນດ່ານສາກົນ ເປີດເສັ້ນທາງການຄ້າໃໝ່ກັບແຂວງສາລະວັນ ຂອງ ສປປ ລາວ.'],
  },
  {
    id: 4, type: PUB, releasedAt: '2026-03-10T02:00:00Z', topics: ['ha-tang'],
    vi: ['Tuyến đường nối La Lay với Salavan hoàn thành giai đoạn một', 'Tuyến đường dài 42 km giúp hàng hóa từ Salavan đến các cảng biển miền Trung nhanh hơn.'],
    en: ['Road linking La Lay and Salavan completes its first phase', "The 42 km road lets goods from Salavan reach central Viet Nam's seaports faster."],
    lo: ['ເສັ້ນທາງເຊື່ອມລາລາຍກັບສາລະວັນ ສຳເລັດໄລຍະທີໜຶ່ງ', 'ເສັ້ນທາງຍາວ 42 ກິໂລແມັດ ຊ່ວຍໃຫ້ສິນຄ້າຈາກສາລະວັນ ໄປຮອດທ່າເຮືອພາກກາງ ໄວຂຶ້ນ.'],
  },
  {
    id: 5, type: PR, releasedAt: '2026-12-01T01:00:00Z', topics: ['nong-nghiep', 'du-lich'],
    vi: ['Ngày hội cà phê Khe Sanh lần thứ nhất', 'Huyện Hướng Hóa tổ chức ngày hội cà phê Khe Sanh, giới thiệu sản phẩm cà phê Arabica trồng trên vùng đất đỏ bazan.'],
    en: ['First Khe Sanh coffee day', 'Huong Hoa district held the Khe Sanh coffee day, showcasing Arabica coffee grown on red basalt soil.'],
    lo: ['ມື້ບຸນກາເຟເຂຊານ ຄັ້ງທີໜຶ່ງ', 'ເມືອງເຮືອງຮວາ ຈັດງານບຸນກາເຟເຂຊານ ແນະນຳກາເຟອາຣາບິກາ ທີ່ປູກຢູ່ດິນແດງບາຊານ.'],
  },
  {
    id: 6, type: TM, releasedAt: '2025-11-05T02:00:00Z', topics: ['du-lich'],
    vi: ['Tài liệu hướng dẫn tham quan di tích Sân bay Tà Cơn – Khe Sanh', 'Tài liệu dành cho hướng dẫn viên: lịch sử căn cứ Khe Sanh, lộ trình tham quan và cách giới thiệu cho khách quốc tế.'],
    en: ['Guide to the Ta Con airfield – Khe Sanh relic site', 'A handbook for tour guides: the history of the Khe Sanh base, the visitor route and how to present it to international visitors.'],
  },
  {
    id: 7, type: PR, releasedAt: '2026-05-28T02:00:00Z', topics: ['du-lich'],
    vi: ['Đảo Cồn Cỏ đón đoàn du khách đầu tiên của mùa hè', 'Huyện đảo Cồn Cỏ đón hơn 200 du khách trên chuyến tàu cao tốc từ cảng Cửa Việt; dịch vụ lặn ngắm san hô được mở lại.'],
    en: ['Con Co island welcomes the first tourists of the summer', 'The island district of Con Co welcomed more than 200 tourists on the express boat from Cua Viet port; coral diving has reopened.'],
    lo: ['ເກາະກົນກໍ ຕ້ອນຮັບນັກທ່ອງທ່ຽວກຸ່ມທຳອິດຂອງລະດູຮ້ອນ', 'ເກາະກົນກໍ ຕ້ອນຮັບນັກທ່ອງທ່ຽວຫຼາຍກວ່າ 200 ຄົນ ທີ່ມາດ້ວຍເຮືອດ່ວນຈາກທ່າເຮືອກື໋ວຫວຽດ.'],
  },
  {
    id: 8, type: PUB, releasedAt: '2025-08-18T02:00:00Z', topics: ['nang-luong'],
    vi: ['Cồn Cỏ có hệ thống điện mặt trời và nước ngọt mới', 'Dự án điện mặt trời công suất 1 MW và nhà máy lọc nước biển bảo đảm đời sống của người dân và bộ đội trên đảo.'],
    en: ['Con Co gets new solar power and fresh water systems', 'A 1 MW solar project and a desalination plant secure daily life for residents and soldiers on the island.'],
  },
  {
    id: 9, type: PR, releasedAt: '2026-04-12T02:00:00Z', topics: ['ha-tang'],
    vi: ['Thành phố Đông Hà khởi công cầu mới qua sông Hiếu', 'Cây cầu dài 500 m nối trung tâm Đông Hà với khu đô thị phía bắc, dự kiến hoàn thành năm 2028.'],
    en: ['Dong Ha city breaks ground on a new bridge over the Hieu river', 'The 500 m bridge will link central Dong Ha with the northern urban area and is due in 2028.'],
    lo: ['ນະຄອນດົງຮ່າ ເລີ່ມກໍ່ສ້າງຂົວໃໝ່ຂ້າມແມ່ນ້ຳຮຽວ', 'ຂົວຍາວ 500 ແມັດ ຈະເຊື່ອມໃຈກາງນະຄອນດົງຮ່າ ກັບເຂດຕົວເມືອງທາງທິດເໜືອ.'],
  },
  {
    id: 10, type: PR, releasedAt: '2026-10-08T02:00:00Z', topics: ['kinh-te', 'doi-ngoai'],
    vi: ['Hội chợ thương mại Việt – Lào 2026 khai mạc tại Đông Hà', 'Hơn 300 gian hàng của doanh nghiệp Việt Nam, Lào và Thái Lan tham gia hội chợ tại thành phố Đông Hà.'],
    en: ['Viet Nam – Laos trade fair 2026 opens in Dong Ha', 'More than 300 booths from businesses of Viet Nam, Laos and Thailand take part in the fair in Dong Ha city.'],
    lo: ['ງານວາງສະແດງສິນຄ້າ ຫວຽດ – ລາວ 2026 ເປີດຂຶ້ນທີ່ດົງຮ່າ', 'ຫຼາຍກວ່າ 300 ຫ້ອງວາງສະແດງ ຂອງວິສາຫະກິດ ຫວຽດນາມ ລາວ ແລະ ໄທ ເຂົ້າຮ່ວມງານ ທີ່ນະຄອນດົງຮ່າ.'],
  },
  {
    id: 11, type: PR, releasedAt: '2026-04-30T00:30:00Z', topics: ['lich-su'],
    vi: ['Lễ thượng cờ Thống nhất non sông tại Đôi bờ Hiền Lương – Bến Hải', 'Hàng nghìn người dân và du khách dự lễ thượng cờ tại cầu Hiền Lương bên dòng sông Bến Hải, biểu tượng của khát vọng thống nhất.'],
    en: ['National reunification flag ceremony at the Hien Luong – Ben Hai banks', 'Thousands of residents and visitors attended the flag-raising at Hien Luong bridge on the Ben Hai river, a symbol of the longing for reunification.'],
    lo: ['ພິທີຍົກທຸງ ຢູ່ຂົວຮຽນເລືອງ – ແມ່ນ້ຳເບັນຫາຍ', 'ປະຊາຊົນ ແລະ ນັກທ່ອງທ່ຽວຫຼາຍພັນຄົນ ເຂົ້າຮ່ວມພິທີຍົກທຸງ ຢູ່ຂົວຮຽນເລືອງ ແຄມແມ່ນ້ຳເບັນຫາຍ.'],
  },
  {
    id: 12, type: PUB, releasedAt: '2025-12-20T02:00:00Z', topics: ['lich-su'],
    vi: ['Trùng tu Di tích quốc gia đặc biệt Đôi bờ Hiền Lương – Bến Hải', 'Dự án trùng tu cầu Hiền Lương, cột cờ và nhà trưng bày bảo đảm giữ nguyên giá trị lịch sử.'],
    en: ['Restoring the Hien Luong – Ben Hai special national relic', 'The project restores Hien Luong bridge, the flagpole and the exhibition house while keeping their historical value.'],
  },
  {
    id: 13, type: PR, releasedAt: '2026-07-01T01:00:00Z', topics: ['van-hoa', 'du-lich'],
    vi: ['Khai mạc Lễ hội Vì hòa bình Quảng Trị 2026', 'Lễ hội Vì hòa bình với chủ đề “Quảng Trị – Khát vọng hòa bình” thu hút hàng chục nghìn người dân, du khách và bạn bè quốc tế.'],
    en: ['Quang Tri Peace Festival 2026 opens', 'The Festival for Peace, themed “Quang Tri – Longing for Peace”, draws tens of thousands of residents, tourists and international friends.'],
    lo: ['ເປີດງານບຸນເພື່ອສັນຕິພາບ ກວາງຈິ 2026', 'ງານບຸນເພື່ອສັນຕິພາບ ພາຍໃຕ້ຫົວຂໍ້ ກວາງຈິ – ຄວາມປາຖະໜາສັນຕິພາບ ດຶງດູດປະຊາຊົນ ນັກທ່ອງທ່ຽວ ແລະ ມິດສາກົນຫຼາຍສິບພັນຄົນ.'],
  },
  {
    id: 14, type: PR, releasedAt: '2026-07-03T13:00:00Z', topics: ['van-hoa'],
    vi: ['Đêm hoa đăng trên sông Thạch Hãn trong Lễ hội Vì hòa bình', 'Hàng nghìn đèn hoa đăng được thả trên sông Thạch Hãn để tưởng niệm các anh hùng liệt sĩ.'],
    en: ['Flower lantern night on the Thach Han river during the Peace Festival', 'Thousands of flower lanterns were released on the Thach Han river to commemorate fallen soldiers.'],
    lo: ['ຄືນລອຍໂຄມໄຟ ເທິງແມ່ນ້ຳທາດຫານ ໃນງານບຸນເພື່ອສັນຕິພາບ', 'ໂຄມໄຟຫຼາຍພັນໜ່ວຍ ຖືກລອຍເທິງແມ່ນ້ຳທາດຫານ ເພື່ອລະນຶກເຖິງວິລະຊົນ.'],
  },
  {
    id: 15, type: PR, releasedAt: '2026-08-22T02:00:00Z', topics: ['dau-tu'],
    vi: ['Hội nghị xúc tiến đầu tư Quảng Trị thu hút 40 dự án', 'Tại hội nghị xúc tiến đầu tư, tỉnh trao quyết định chủ trương đầu tư cho 40 dự án với tổng vốn hơn 2 tỷ USD, tập trung vào năng lượng, cảng biển và logistics.'],
    en: ['Quang Tri investment promotion conference attracts 40 projects', 'At the investment promotion conference the province granted investment approval to 40 projects worth over 2 billion USD, focused on energy, seaports and logistics.'],
    lo: ['ກອງປະຊຸມສົ່ງເສີມການລົງທຶນ ກວາງຈິ ດຶງດູດ 40 ໂຄງການ', 'ຢູ່ກອງປະຊຸມສົ່ງເສີມການລົງທຶນ ແຂວງໄດ້ມອບໃບອະນຸຍາດລົງທຶນ ໃຫ້ 40 ໂຄງການ ມູນຄ່າກວ່າ 2 ຕື້ໂດລາ.'],
  },
  {
    id: 16, type: PR, releasedAt: '2026-09-03T02:00:00Z', topics: ['dau-tu'],
    vi: ['Nhà đầu tư Nhật Bản khảo sát Khu kinh tế Đông Nam Quảng Trị', 'Đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư vào khu công nghiệp và cảng Mỹ Thủy.'],
    en: ['Japanese businesses consider investing in the Southeast Quang Tri Economic Zone', 'A delegation of Japanese companies studied opportunities for investing in the industrial park and My Thuy port.'],
    lo: ['ນັກລົງທຶນຍີ່ປຸ່ນ ສຳຫຼວດເຂດເສດຖະກິດຕາເວັນອອກສ່ຽງໃຕ້ ກວາງຈິ', 'ຄະນະວິສາຫະກິດຍີ່ປຸ່ນ ຄົ້ນຄວ້າໂອກາດລົງທຶນ ໃນນິຄົມອຸດສາຫະກຳ ແລະ ທ່າເຮືອມີທຸຍ.'],
  },
  {
    id: 17, type: PR, releasedAt: '2026-05-06T02:00:00Z', topics: ['dau-tu'],
    vi: ['Chỉ số năng lực cạnh tranh cấp tỉnh của Quảng Trị tăng 8 bậc', 'Môi trường đầu tư kinh doanh được cải thiện nhờ cải cách thủ tục hành chính và chuyển đổi số.'],
    en: ['Quang Tri climbs eight places in the provincial competitiveness index', 'The business and investment environment improved thanks to administrative reform; the province invested heavily in digital services.'],
  },
  {
    id: 18, type: PR, releasedAt: '2026-10-25T02:00:00Z', topics: ['ha-tang', 'kinh-te'],
    vi: ['Cảng biển Mỹ Thủy đón tàu hàng đầu tiên', 'Bến số 1 cảng Mỹ Thủy tiếp nhận tàu 50.000 tấn, mở ra cửa ngõ ra biển cho hàng hóa của Lào và Đông Bắc Thái Lan.'],
    en: ['My Thuy seaport receives its first cargo ship', 'Berth 1 of My Thuy port received a 50,000-tonne ship, opening a gateway to the sea for goods from Laos and northeast Thailand.'],
    lo: ['ທ່າເຮືອມີທຸຍ ຕ້ອນຮັບເຮືອສິນຄ້າລຳທຳອິດ', 'ທ່າເຮືອມີທຸຍ ເປັນປະຕູອອກສູ່ທະເລ ສຳລັບສິນຄ້າຂອງ ລາວ ແລະ ພາກຕາເວັນອອກສ່ຽງເໜືອຂອງໄທ.'],
  },
  {
    id: 19, type: PR, releasedAt: '2026-01-16T02:00:00Z', topics: ['ha-tang'],
    vi: ['Khởi công Cảng hàng không Quảng Trị', 'Sân bay Quảng Trị ở huyện Gio Linh có công suất 5 triệu hành khách mỗi năm.'],
    en: ['Construction of Quang Tri airport begins', 'Quang Tri airport in Gio Linh district will handle 5 million passengers a year.'],
    lo: ['ເລີ່ມກໍ່ສ້າງສະໜາມບິນກວາງຈິ', 'ສະໜາມບິນກວາງຈິ ຢູ່ເມືອງໂຢລິງ ຈະຮອງຮັບຜູ້ໂດຍສານ 5 ລ້ານຄົນຕໍ່ປີ.'],
  },
  {
    id: 20, type: PR, releasedAt: '2026-02-27T02:00:00Z', topics: ['nang-luong'],
    vi: ['Hướng Hóa vận hành thêm ba nhà máy điện gió', 'Ba nhà máy điện gió với tổng công suất 150 MW hòa lưới điện quốc gia.'],
    en: ['Huong Hoa brings three more wind farms online', 'Three wind farms with a combined 150 MW were connected to the national grid.'],
    lo: ['ເຮືອງຮວາ ເປີດນຳໃຊ້ໂຮງງານໄຟຟ້າພະລັງງານລົມ ອີກສາມແຫ່ງ', 'ໂຮງງານໄຟຟ້າພະລັງງານລົມ ສາມແຫ່ງ ກຳລັງຜະລິດລວມ 150 ເມກາວັດ.'],
  },
  {
    id: 21, type: PR, releasedAt: '2026-06-01T02:00:00Z', topics: ['du-lich'],
    vi: ['Quảng Trị kích cầu du lịch biển Cửa Tùng, Cửa Việt', 'Chương trình kích cầu du lịch hè giảm giá phòng và vé tham quan tại các bãi biển Cửa Tùng, Cửa Việt.'],
    en: ['Quang Tri promotes beach tourism at Cua Tung and Cua Viet', 'A summer tourism campaign cuts room rates and entrance fees at Cua Tung and Cua Viet beaches.'],
    lo: ['ກວາງຈິ ສົ່ງເສີມການທ່ອງທ່ຽວຫາດຊາຍກື໋ວຕຸ່ງ', 'ໂຄງການສົ່ງເສີມການທ່ອງທ່ຽວລະດູຮ້ອນ ຫຼຸດລາຄາຫ້ອງພັກ ຢູ່ຫາດຊາຍກື໋ວຕຸ່ງ ແລະ ກື໋ວຫວຽດ.'],
  },
  {
    id: 22, type: PUB, releasedAt: '2026-01-05T02:00:00Z', topics: ['du-lich'],
    vi: ['Cẩm nang du lịch Quảng Trị 2026', 'Ấn phẩm giới thiệu các điểm đến: Thành cổ Quảng Trị, Nghĩa trang Trường Sơn, địa đạo Vịnh Mốc và đảo Cồn Cỏ.'],
    en: ['Quang Tri travel handbook 2026', 'The publication presents destinations for tourism: the Quang Tri Citadel, Truong Son cemetery, the Vinh Moc tunnels and Con Co island.'],
    lo: ['ປຶ້ມຄູ່ມືການທ່ອງທ່ຽວ ກວາງຈິ 2026', 'ປຶ້ມແນະນຳສະຖານທີ່ທ່ອງທ່ຽວ: ປ້ອມບູຮານກວາງຈິ ສຸສານຈື່ອງເຊີນ ອຸໂມງວິງໝົກ ແລະ ເກາະກົນກໍ.'],
  },
  {
    id: 23, type: PR, releasedAt: '2026-11-20T02:00:00Z', topics: ['doi-ngoai'],
    vi: ['Đoàn đại biểu tỉnh Savannakhet thăm và làm việc tại Quảng Trị', 'Hai tỉnh ký kế hoạch hợp tác năm 2027 về thương mại, giáo dục và an ninh biên giới.'],
    en: ['Savannakhet delegation visits Quang Tri', 'The two provinces signed a 2027 cooperation plan on trade, education and border security.'],
    lo: ['ຄະນະຜູ້ແທນແຂວງສະຫວັນນະເຂດ ຢ້ຽມຢາມແຂວງກວາງຈິ', 'ສອງແຂວງ ໄດ້ລົງນາມແຜນການຮ່ວມມືປີ 2027 ດ້ານການຄ້າ ການສຶກສາ ແລະ ຄວາມໝັ້ນຄົງຊາຍແດນ.'],
  },
  {
    id: 24, type: PR, releasedAt: '2026-01-28T02:00:00Z', topics: ['doi-ngoai'],
    vi: ['Quảng Trị và Salavan tổng kết hợp tác giai đoạn 2021–2025', 'Hai tỉnh đánh giá kết quả hợp tác về y tế, nông nghiệp và phân giới cắm mốc.'],
    en: ['Quang Tri and Salavan review their 2021–2025 cooperation', 'The two provinces assessed cooperation in health, agriculture and border demarcation.'],
    lo: ['ກວາງຈິ ແລະ ສາລະວັນ ສະຫຼຸບການຮ່ວມມືໄລຍະ 2021–2025', 'ສອງແຂວງ ຕີລາຄາຜົນການຮ່ວມມື ດ້ານສາທາລະນະສຸກ ກະສິກຳ ແລະ ການປັກຫຼັກໝາຍຊາຍແດນ.'],
  },
  {
    id: 25, type: TM, releasedAt: '2026-08-10T02:00:00Z', topics: ['giao-duc', 'doi-ngoai'],
    vi: ['Học bổng cho sinh viên Lào học tại Quảng Trị', 'Năm học 2026–2027, tỉnh cấp 60 suất học bổng cho sinh viên các tỉnh Savannakhet, Salavan và Champasak.'],
    en: ['Scholarships for Lao students in Quang Tri', 'For the 2026–2027 school year the province grants 60 scholarships to students from Savannakhet, Salavan and Champasak.'],
    lo: ['ທຶນການສຶກສາ ສຳລັບນັກສຶກສາລາວ ຢູ່ກວາງຈິ', 'ສົກຮຽນ 2026–2027 ແຂວງມອບທຶນການສຶກສາ 60 ທຶນ ໃຫ້ນັກສຶກສາຈາກແຂວງສະຫວັນນະເຂດ ສາລະວັນ ແລະ ຈຳປາສັກ.'],
  },
  {
    id: 26, type: PM, releasedAt: '2026-07-27T02:00:00Z', topics: ['lich-su'],
    vi: ['Tưởng niệm 81 ngày đêm bảo vệ Thành cổ Quảng Trị', 'Cựu chiến binh từ khắp cả nước trở về Thành cổ thắp hương tưởng niệm đồng đội.'],
    en: ['Remembering the 81 days and nights at the Quang Tri Citadel', 'Veterans from across the country returned to the Citadel to burn incense for their comrades.'],
    lo: ['ລະນຶກ 81 ວັນ 81 ຄືນ ປົກປ້ອງປ້ອມບູຮານກວາງຈິ', 'ທະຫານເກົ່າຈາກທົ່ວປະເທດ ກັບມາຈູດທູບລະນຶກເຖິງສະຫາຍ ທີ່ປ້ອມບູຮານ.'],
  },
  {
    id: 27, type: PR, releasedAt: '2026-07-25T02:00:00Z', topics: ['lich-su', 'doi-ngoai'],
    vi: ['Đoàn Lào viếng Nghĩa trang liệt sĩ quốc gia Trường Sơn', 'Đoàn đại biểu Mặt trận Lào xây dựng đất nước dâng hương tại Nghĩa trang Trường Sơn.'],
    en: ['Lao delegation pays tribute at Truong Son National Martyrs Cemetery', 'A delegation of the Lao Front for National Development offered incense at Truong Son cemetery.'],
    lo: ['ຄະນະຜູ້ແທນລາວ ຢ້ຽມຄຳນັບສຸສານວິລະຊົນແຫ່ງຊາດຈື່ອງເຊີນ', 'ຄະນະຜູ້ແທນແນວລາວສ້າງຊາດ ໄດ້ຈູດທູບຢູ່ສຸສານຈື່ອງເຊີນ.'],
  },
  {
    id: 28, type: PR, releasedAt: '2026-09-05T02:00:00Z', topics: ['du-lich', 'lich-su'],
    vi: ['Địa đạo Vịnh Mốc đón lượng khách kỷ lục', 'Trong dịp nghỉ lễ, địa đạo Vịnh Mốc đón hơn 15.000 lượt khách tham quan.'],
    en: ['Vinh Moc tunnels receive a record number of visitors', 'Over the holiday the Vinh Moc tunnels received more than 15,000 visits.'],
  },
  {
    id: 29, type: PR, releasedAt: '2026-03-18T02:00:00Z', topics: ['ha-tang'],
    vi: ['Đề xuất cao tốc Cam Lộ – Lao Bảo trên Hành lang kinh tế Đông – Tây', 'Tuyến cao tốc dài 56 km sẽ rút ngắn thời gian từ Đông Hà lên cửa khẩu Lao Bảo còn 45 phút.'],
    en: ['Cam Lo – Lao Bao expressway proposed on the East–West Economic Corridor', 'The 56 km expressway would cut the trip from Dong Ha to the Lao Bao border gate to 45 minutes.'],
    lo: ['ສະເໜີສ້າງທາງດ່ວນ ກາມໂລ – ລາວບາວ ຕາມແລວເສດຖະກິດຕາເວັນອອກ – ຕາເວັນຕົກ', 'ທາງດ່ວນຍາວ 56 ກິໂລແມັດ ຈະຫຼຸດເວລາເດີນທາງຈາກດົງຮ່າ ຫາດ່ານລາວບາວ ເຫຼືອ 45 ນາທີ.'],
  },
  {
    id: 30, type: PR, releasedAt: '2026-02-10T02:00:00Z', topics: ['nong-nghiep'],
    vi: ['Hồ tiêu Gio Linh được cấp chỉ dẫn địa lý', 'Sản phẩm hồ tiêu của huyện Gio Linh được bảo hộ chỉ dẫn địa lý, mở đường xuất khẩu sang châu Âu.'],
    en: ['Gio Linh pepper receives a geographical indication', 'Pepper from Gio Linh district is now protected by a geographical indication, opening the way to exports to Europe.'],
    lo: ['ພິກໄທໂຢລິງ ໄດ້ຮັບການປົກປ້ອງຊື່ແຫຼ່ງກຳເນີດ', 'ພິກໄທຂອງເມືອງໂຢລິງ ໄດ້ຮັບການປົກປ້ອງ ເປີດທາງສົ່ງອອກໄປເອີຣົບ.'],
  },
  {
    id: 31, type: PR, releasedAt: '2026-03-30T02:00:00Z', topics: ['y-te', 'doi-ngoai'],
    vi: ['Bệnh viện Lao Bảo khám chữa bệnh cho hơn 5.000 lượt bệnh nhân Lào', 'Bệnh viện đa khoa khu vực Hướng Hóa và Bệnh viện Lao Bảo tiếp nhận người bệnh từ tỉnh Savannakhet.'],
    en: ['Lao Bao hospital treats more than 5,000 Lao patients', 'Huong Hoa regional hospital and Lao Bao hospital receive patients from Savannakhet province.'],
    lo: ['ໂຮງໝໍລາວບາວ ປິ່ນປົວຄົນເຈັບລາວ ຫຼາຍກວ່າ 5.000 ເທື່ອ', 'ໂຮງໝໍລາວບາວ ແລະ ໂຮງໝໍເຂດເຮືອງຮວາ ຮັບຄົນເຈັບຈາກແຂວງສະຫວັນນະເຂດ.'],
  },
  {
    id: 32, type: PR, releasedAt: '2025-10-14T02:00:00Z', topics: ['chuyen-doi-so'],
    vi: ['Quảng Trị ra mắt cổng dịch vụ công trực tuyến mới', 'Người dân và doanh nghiệp có thể nộp hồ sơ đầu tư, đất đai và hộ tịch trực tuyến.'],
    en: ['Quang Tri launches a new online public services portal', 'Residents and businesses can file investment, land and civil registration applications online.'],
  },
  {
    id: 33, type: PR, releasedAt: '2025-10-30T02:00:00Z', topics: ['thien-tai'],
    vi: ['Quảng Trị khắc phục hậu quả bão số 6', 'Lực lượng cứu hộ sơ tán hơn 3.000 hộ dân tại các huyện Hải Lăng, Triệu Phong; tỉnh Savannakhet gửi hàng cứu trợ.'],
    en: ['Quang Tri recovers from typhoon No. 6', 'Rescue teams evacuated more than 3,000 households in Hai Lang and Trieu Phong; Savannakhet province sent relief goods.'],
    lo: ['ກວາງຈິ ແກ້ໄຂຜົນກະທົບຈາກພາຍຸ ລູກທີ 6', 'ແຂວງສະຫວັນນະເຂດ ສົ່ງສິ່ງຂອງຊ່ວຍເຫຼືອ ໃຫ້ປະຊາຊົນທີ່ໄດ້ຮັບຜົນກະທົບ.'],
  },
  {
    id: 34, type: PM, releasedAt: '2025-12-02T02:00:00Z', topics: ['kinh-te'],
    vi: ['Khu kinh tế – thương mại đặc biệt Lao Bảo sau 25 năm', 'Khu kinh tế Lao Bảo đã thu hút 70 dự án đầu tư với tổng vốn 10.000 tỷ đồng.'],
    en: ['Lao Bao special economic and commercial zone after 25 years', 'The zone has attracted 70 investment projects worth 10,000 billion dong.'],
  },
  {
    id: 35, type: PR, releasedAt: '2026-06-12T02:00:00Z', topics: ['an-ninh', 'doi-ngoai'],
    vi: ['Bộ đội Biên phòng Quảng Trị và Công an Savannakhet tuần tra song phương', 'Hai lực lượng tuần tra chung trên tuyến biên giới, phòng chống buôn lậu ma túy.'],
    en: ['Quang Tri Border Guards and Savannakhet Police hold joint patrols', 'The two forces patrolled the shared border together against drug smuggling.'],
    lo: ['ທະຫານປ້ອງກັນຊາຍແດນກວາງຈິ ແລະ ຕຳຫຼວດສະຫວັນນະເຂດ ລາດຕະເວນຮ່ວມ', 'ສອງກຳລັງ ລາດຕະເວນຮ່ວມກັນ ຕາມຊາຍແດນ ຕ້ານການລັກລອບຄ້າຢາເສບຕິດ.'],
  },
  {
    id: 36, type: TM, releasedAt: '2026-04-02T02:00:00Z', topics: ['du-lich', 'giao-duc'],
    vi: ['Lớp tiếng Anh cho người làm du lịch cộng đồng', 'Hơn 60 học viên ở Hướng Hóa và Vĩnh Linh được đào tạo tiếng Anh giao tiếp để đón khách nước ngoài.'],
    en: ['English classes for community tourism workers', 'More than 60 learners in Huong Hoa and Vinh Linh were trained in spoken English to welcome foreign guests.'],
  },
  {
    id: 37, type: PR, releasedAt: '2026-04-14T02:00:00Z', topics: ['van-hoa', 'doi-ngoai'],
    vi: ['Sinh viên Lào đón Tết Bunpimay tại Đông Hà', 'Lưu học sinh Lào tại Quảng Trị tổ chức lễ té nước mừng năm mới cùng bạn bè Việt Nam.'],
    en: ['Lao students celebrate Bunpimay in Dong Ha', 'Lao students in Quang Tri held the water festival for the new year with Vietnamese friends.'],
    lo: ['ນັກສຶກສາລາວ ສະຫຼອງບຸນປີໃໝ່ ທີ່ດົງຮ່າ', 'ນັກສຶກສາລາວ ຢູ່ກວາງຈິ ຈັດງານບຸນຫົດນ້ຳ ສະຫຼອງປີໃໝ່ ຮ່ວມກັບໝູ່ເພື່ອນຫວຽດນາມ.'],
  },
  {
    id: 38, type: PR, releasedAt: '2025-09-09T02:00:00Z', topics: ['nong-nghiep'],
    vi: ['Hải Lăng mở rộng vùng nuôi tôm công nghệ cao', 'Vùng nuôi tôm ứng dụng công nghệ cao ở Hải Lăng đạt năng suất 30 tấn mỗi héc-ta.'],
    en: ['Hai Lang expands high-tech shrimp farming', 'High-tech shrimp farms in Hai Lang yield 30 tonnes per hectare.'],
  },
  {
    id: 39, type: PUB, releasedAt: '2026-02-01T02:00:00Z', topics: ['doi-ngoai'],
    vi: ['Báo cáo công tác thông tin đối ngoại năm 2025', 'Tổng kết hoạt động thông tin đối ngoại, hợp tác với các tỉnh Nam Lào và quảng bá hình ảnh Quảng Trị.'],
    en: ['Foreign information report 2025', 'A review of foreign information work, cooperation with the southern provinces of Laos and promotion of Quang Tri abroad.'],
    lo: ['ບົດລາຍງານວຽກງານຂໍ້ມູນຂ່າວສານຕ່າງປະເທດ ປີ 2025', 'ສະຫຼຸບວຽກງານຂໍ້ມູນຂ່າວສານຕ່າງປະເທດ ການຮ່ວມມືກັບແຂວງພາກໃຕ້ຂອງລາວ.'],
  },
  {
    id: 40, type: PR, releasedAt: '2026-10-15T02:00:00Z', topics: ['dau-tu'],
    vi: ['Nhà đầu tư Hàn Quốc rót 300 triệu USD vào khu công nghiệp Quán Ngang', 'Doanh nghiệp Hàn Quốc đầu tư nhà máy linh kiện điện tử, tạo việc làm cho 4.000 lao động.'],
    en: ['Korean investors invest 300 million USD in Quan Ngang industrial park', 'A Korean company is investing in an electronic components plant that will employ 4,000 workers.'],
    lo: ['ນັກລົງທຶນເກົາຫຼີ ລົງທຶນ 300 ລ້ານໂດລາ ໃນນິຄົມອຸດສາຫະກຳກວານງາງ', 'ບໍລິສັດເກົາຫຼີ ລົງທຶນສ້າງໂຮງງານຊິ້ນສ່ວນເອເລັກໂຕຣນິກ ສ້າງວຽກເຮັດງານທຳໃຫ້ 4.000 ຄົນ.'],
  },
  {
    id: 41, type: PR, releasedAt: '2025-07-19T02:00:00Z', topics: ['du-lich', 'moi-truong'],
    vi: ['Khu bảo tồn thiên nhiên Đakrông phát triển du lịch sinh thái', 'Các tuyến đi bộ xuyên rừng và thác nước ở Đakrông được đưa vào khai thác du lịch sinh thái.'],
    en: ['Dakrong nature reserve develops ecotourism', 'Forest trails and waterfalls in Dakrong are opened for ecotourism.'],
  },
  {
    id: 42, type: PR, releasedAt: '2026-11-28T02:00:00Z', topics: ['nong-nghiep', 'kinh-te'],
    vi: ['Cà phê Khe Sanh xuất khẩu lô hàng đầu tiên sang Nhật Bản', 'Hợp tác xã cà phê ở Khe Sanh xuất khẩu 20 tấn cà phê nhân sang thị trường Nhật Bản.'],
    en: ['Khe Sanh coffee exports its first shipment to Japan', 'A coffee cooperative in Khe Sanh exported 20 tonnes of green coffee beans to Japan.'],
    lo: ['ກາເຟເຂຊານ ສົ່ງອອກສິນຄ້າຊຸດທຳອິດໄປຍີ່ປຸ່ນ', 'ສະຫະກອນກາເຟຢູ່ເຂຊານ ສົ່ງອອກເມັດກາເຟ 20 ໂຕນ ໄປຕະຫຼາດຍີ່ປຸ່ນ.'],
  },
  {
    id: 43, type: PR, releasedAt: '2026-07-18T02:00:00Z', topics: ['doi-ngoai'],
    vi: ['Kỷ niệm quan hệ hữu nghị đặc biệt Việt Nam – Lào', 'Quảng Trị và các tỉnh bạn Lào tổ chức giao lưu văn nghệ, thể thao nhân kỷ niệm quan hệ hữu nghị đặc biệt.'],
    en: ['Celebrating the special friendship between Viet Nam and Laos', 'Quang Tri and partner provinces in Laos held cultural and sports exchanges to mark the special friendship.'],
    lo: ['ສະເຫຼີມສະຫຼອງສາຍພົວພັນມິດຕະພາບພິເສດ ລາວ – ຫວຽດນາມ', 'ກວາງຈິ ແລະ ແຂວງຕ່າງໆຂອງລາວ ຈັດງານແລກປ່ຽນວັດທະນະທຳ ແລະ ກິລາ ສະເຫຼີມສະຫຼອງມິດຕະພາບພິເສດ.'],
  },
  {
    id: 44, type: PR, releasedAt: '2025-06-02T02:00:00Z', topics: ['moi-truong'],
    vi: ['Trồng mới 5.000 héc-ta rừng gỗ lớn có chứng chỉ FSC', 'Các hộ dân ở Cam Lộ, Vĩnh Linh chuyển sang trồng rừng gỗ lớn theo tiêu chuẩn FSC.'],
    en: ['5,000 hectares of FSC-certified timber forest planted', 'Households in Cam Lo and Vinh Linh are switching to large-timber plantations under FSC standards.'],
  },
]

/** The corpus as search entries: every language each item has, public, released, not under embargo. */
export function corpusEntries(): SearchEntry[] {
  return corpus.flatMap((item) =>
    (['vi', 'en', 'lo'] as const)
      .filter((language) => item[language])
      .map((language) => ({
        type: item.type,
        docId: item.id,
        language,
        title: item[language]![0],
        text: item[language]![1],
        topics: item.topics,
        releasedAt: item.releasedAt,
        embargoUntil: null,
        audience: 'public' as const,
        withdrawn: false,
      })),
  )
}

/**
 * The relevance set: for each query, in one language, the items a reader expects to find among the
 * first ten results. Written from the texts above by a reader, not derived from any engine.
 */
export const relevanceSet: { language: Locale; q: string; expected: number[] }[] = [
  // Vietnamese: case and diacritics either way, đ typed as d.
  { language: 'vi', q: 'Lao Bảo', expected: [1, 2, 29, 31, 34] },
  { language: 'vi', q: 'la lay', expected: [3, 4] },
  { language: 'vi', q: 'KHE SANH', expected: [5, 6, 42] },
  { language: 'vi', q: 'con co', expected: [7, 8, 22] },
  { language: 'vi', q: 'dong ha', expected: [9, 10, 29, 37] },
  { language: 'vi', q: 'cầu Hiền Lương', expected: [11, 12] },
  { language: 'vi', q: 'lễ hội hòa bình', expected: [13, 14] },
  { language: 'vi', q: 'xúc tiến đầu tư', expected: [15] },
  { language: 'vi', q: 'nha dau tu', expected: [16, 40] },
  { language: 'vi', q: 'cà phê', expected: [5, 42] },
  { language: 'vi', q: 'điện gió', expected: [20] },
  { language: 'vi', q: 'Savannakhet', expected: [23, 25, 31, 33, 35] },
  { language: 'vi', q: 'học bổng sinh viên Lào', expected: [25] },
  { language: 'vi', q: 'thanh co quang tri', expected: [22, 26] },
  // English: word forms (investing/investment/invested; festivals; tunnels).
  { language: 'en', q: 'Lao Bao border gate', expected: [1, 2, 29] },
  { language: 'en', q: 'la lay', expected: [3, 4] },
  { language: 'en', q: 'Khe Sanh coffee', expected: [5, 42] },
  { language: 'en', q: 'investing', expected: [15, 16, 17, 32, 34, 40] },
  { language: 'en', q: 'investments', expected: [15, 16, 17, 32, 34, 40] },
  { language: 'en', q: 'peace festivals', expected: [13, 14] },
  { language: 'en', q: 'Hien Luong bridge', expected: [11, 12] },
  { language: 'en', q: 'Con Co island', expected: [7, 8, 22] },
  { language: 'en', q: 'wind farm', expected: [20] },
  { language: 'en', q: 'seaports', expected: [4, 15, 18] },
  { language: 'en', q: 'scholarship', expected: [25] },
  { language: 'en', q: 'Savannakhet delegation', expected: [23] },
  { language: 'en', q: 'tunnel', expected: [22, 28] },
  // Lao: substrings of two syllables or more, inside words run together.
  { language: 'lo', q: 'ລາວບາວ', expected: [1, 2, 29, 31] },
  { language: 'lo', q: 'ລາລາຍ', expected: [3, 4] },
  { language: 'lo', q: 'ເຂຊານ', expected: [5, 42] },
  { language: 'lo', q: 'ກົນກໍ', expected: [7, 22] },
  { language: 'lo', q: 'ດົງຮ່າ', expected: [9, 10, 29, 37] },
  { language: 'lo', q: 'ຮຽນເລືອງ', expected: [11] },
  { language: 'lo', q: 'ສັນຕິພາບ', expected: [13, 14] },
  { language: 'lo', q: 'ລົງທຶນ', expected: [15, 16, 40] },
  { language: 'lo', q: 'ທ່ອງທ່ຽວ', expected: [7, 11, 13, 21, 22] },
  { language: 'lo', q: 'ກາເຟ', expected: [5, 42] },
  { language: 'lo', q: 'ສະຫວັນນະເຂດ', expected: [23, 25, 31, 33, 35] },
  { language: 'lo', q: 'ທຶນການສຶກສາ', expected: [25] },
  { language: 'lo', q: 'ທ່າເຮືອ ມີທຸຍ', expected: [16, 18] },
]
