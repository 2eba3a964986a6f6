import type { Locale } from '../../src/domain'

/**
 * Generated news text for the search benchmark (tests/bench/search.ts): titles and bodies in
 * Vietnamese, English and Lao drawn from word lists with a skewed frequency (a few words in most
 * items, most words in few), place names of Quảng Trị mixed in. Lao words are two to four syllables
 * run together, with spaces only between phrases, as Lao is written. Deterministic (seeded).
 */

const vi = (
  'của và các cho với được trong đã là những một này có không người tỉnh năm về đến tại theo từ ' +
  'hội nghị phát triển kinh tế xã hội đầu tư doanh nghiệp dự án công trình cửa khẩu biên giới hợp tác ' +
  'thương mại du lịch văn hóa lễ hội hòa bình di tích lịch sử cầu đường giao thông cảng biển sân bay ' +
  'nông nghiệp cà phê hồ tiêu lúa gạo rừng gỗ điện gió mặt trời năng lượng nước sạch y tế bệnh viện ' +
  'giáo dục học sinh sinh viên học bổng trường đại học đoàn đại biểu lãnh đạo chủ tịch ủy ban nhân dân ' +
  'thành phố huyện xã thị trấn khu kinh tế công nghiệp chuyển đổi số dịch vụ công trực tuyến thủ tục ' +
  'hành chính cải cách môi trường thiên tai bão lũ cứu trợ an ninh quốc phòng biên phòng tuần tra ' +
  'ký kết thỏa thuận kế hoạch chương trình tổng kết đánh giá kết quả tăng trưởng kim ngạch xuất khẩu ' +
  'nhập khẩu hàng hóa nông sản thủy sản tôm cá khách quốc tế du khách tham quan điểm đến ẩm thực ' +
  'đặc sản làng nghề truyền thống bảo tồn trùng tu tưởng niệm anh hùng liệt sĩ cựu chiến binh nghĩa trang ' +
  'tháng tuần ngày mới lớn nhất đầu tiên thứ hai tổ chức khai mạc bế mạc chào mừng kỷ niệm hữu nghị đặc biệt'
).split(' ')
const viPlaces = ['Quảng Trị', 'Lao Bảo', 'La Lay', 'Khe Sanh', 'Cồn Cỏ', 'Đông Hà', 'Hiền Lương', 'Bến Hải', 'Hướng Hóa', 'Đakrông', 'Gio Linh', 'Vĩnh Linh', 'Hải Lăng', 'Triệu Phong', 'Cam Lộ', 'Savannakhet', 'Salavan', 'Mỹ Thủy', 'Cửa Tùng', 'Vịnh Mốc']

const en = (
  'the of and to in a for on with by from at is was were has have will new first province provincial ' +
  'investment investing invested investor investors invest development developing developed economy economic ' +
  'trade trading border gate gates crossing cooperation cooperate partners partner delegation delegations visit visits visited ' +
  'tourism tourist tourists travel festival festivals peace culture cultural heritage relic relics history historical ' +
  'bridge bridges road roads expressway seaport seaports port airport transport logistics corridor ' +
  'agriculture farming farmers coffee pepper rice forest forests timber wind solar energy power plant plants water ' +
  'health hospital hospitals patients education school schools students scholarship scholarships university ' +
  'government committee people city district commune industrial park zone zones digital online services reform ' +
  'environment storm flood floods relief security patrol patrols agreement agreements plan plans programme results ' +
  'growth exports export imports goods products seafood shrimp visitors guests destination destinations cuisine ' +
  'craft villages traditional restoration memorial heroes veterans cemetery month week day largest opening ceremony ' +
  'celebration anniversary friendship special record million billion percent year years opened signed launched'
).split(' ')
const enPlaces = ['Quang Tri', 'Lao Bao', 'La Lay', 'Khe Sanh', 'Con Co', 'Dong Ha', 'Hien Luong', 'Ben Hai', 'Huong Hoa', 'Dakrong', 'Gio Linh', 'Vinh Linh', 'Savannakhet', 'Salavan', 'My Thuy', 'Laos', 'Viet Nam']

/** Lao syllables; words are two to four of them. */
const loSyllables = (
  'ການ ລົງ ທຶນ ທ່ອງ ທ່ຽວ ຮ່ວມ ມື ແຂວງ ເມືອງ ບ້ານ ປະ ເທດ ຊາຍ ແດນ ດ່ານ ສາ ກົນ ເສດ ຖະ ກິດ ການ ຄ້າ ' +
  'ສົ່ງ ອອກ ນຳ ເຂົ້າ ສິນ ຄ້າ ກະ ສິ ກຳ ກາ ເຟ ພິກ ໄທ ເຂົ້າ ປ່າ ໄມ້ ພະ ລັງ ງານ ລົມ ແສງ ຕາ ເວັນ ໄຟ ຟ້າ ' +
  'ສຸ ຂະ ພາບ ໂຮງ ໝໍ ຮຽນ ສຶກ ສາ ນັກ ທຶນ ມະ ຫາ ວິ ທະ ຍາ ໄລ ຄະ ນະ ຜູ້ ແທນ ຢ້ຽມ ຢາມ ລັດ ຖະ ບານ ' +
  'ຂົວ ທາງ ດ່ວນ ທ່າ ເຮືອ ສະ ໜາມ ບິນ ຂົນ ສົ່ງ ງານ ບຸນ ສັນ ຕິ ພາບ ວັດ ທະ ນະ ທຳ ປະ ຫວັດ ສາດ ມໍ ລະ ດົກ ' +
  'ສະ ຫຼອງ ມິດ ຕະ ພາບ ພິ ເສດ ລາວ ຫວຽດ ນາມ ກອງ ປະ ຊຸມ ແຜນ ໂຄງ ການ ຜົນ ສຳ ເລັດ ເພີ່ມ ຂຶ້ນ ລ້ານ ຕື້ ປີ ເດືອນ ວັນ'
).split(' ')
const loPlaces = ['ກວາງຈິ', 'ລາວບາວ', 'ລາລາຍ', 'ເຂຊານ', 'ກົນກໍ', 'ດົງຮ່າ', 'ຮຽນເລືອງ', 'ເບັນຫາຍ', 'ສະຫວັນນະເຂດ', 'ສາລະວັນ', 'ແດນສະຫວັນ', 'ມີທຸຍ']

/** mulberry32: a small seeded generator, so every run indexes the same text. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An index skewed towards the start of a list: its first words are common, its last rare. */
const skewed = (random: () => number, n: number) => Math.floor(n * random() ** 2.2)

/** The Lao vocabulary: fixed two-to-four-syllable words built once from the syllables. */
function loWords(random: () => number): string[] {
  const words: string[] = []
  for (let i = 0; i < 400; i++) {
    const n = 2 + Math.floor(random() * 3)
    words.push(Array.from({ length: n }, () => loSyllables[Math.floor(random() * loSyllables.length)]).join(''))
  }
  return words
}

export type Generated = { title: string; text: string; words: string[] }

export function textGenerator(seed = 20261207) {
  const random = seeded(seed)
  const lo = loWords(random)
  const vocab: Record<Locale, { words: string[]; places: string[]; sep: () => string }> = {
    vi: { words: vi, places: viPlaces, sep: () => ' ' },
    en: { words: en, places: enPlaces, sep: () => ' ' },
    // Lao: words run together; a space between phrases now and then.
    lo: { words: lo, places: loPlaces, sep: () => (random() < 0.15 ? ' ' : '') },
  }
  const words = (language: Locale, n: number): string[] => {
    const v = vocab[language]
    return Array.from({ length: n }, () => (random() < 0.06 ? v.places[skewed(random, v.places.length)] : v.words[skewed(random, v.words.length)]))
  }
  const join = (language: Locale, list: string[]) => list.reduce((out, w, i) => (i === 0 ? w : out + vocab[language].sep() + w), '')
  return {
    random,
    /** One item's title (6–12 words) and body (60–140 words) in a language, and its words. */
    item(language: Locale): Generated {
      const titleWords = words(language, 6 + Math.floor(random() * 7))
      const textWords = words(language, 60 + Math.floor(random() * 81))
      const title = join(language, titleWords)
      return { title: title.charAt(0).toUpperCase() + title.slice(1), text: join(language, textWords), words: [...titleWords, ...textWords] }
    },
    /**
     * A query of `n` words in a row from an indexed item's words (so they occur together there),
     * one space apart, or run together as Lao is written (`joiner` '').
     */
    query(itemWords: string[], n: 1 | 3, joiner = ' '): string {
      const start = Math.floor(random() * (itemWords.length - n))
      return itemWords.slice(start, start + n).join(joiner)
    },
  }
}
