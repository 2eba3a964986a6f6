import type { ClippingStatus, ClippingTone, MonitoringLanguage } from '../../domain'

/** A demo clipping, as if the poller had found it, in a triage state (no monitored feed: none is reachable from a demo). */
export type SeedClipping = {
  url: string
  title: string
  excerpt: string
  outlet: string
  country: string
  language: MonitoringLanguage
  publishedAt: string
  keywords: { keyword: string; language: 'vi' | 'en' | 'lo' }[]
  status: ClippingStatus
  tone?: ClippingTone
  topic?: string
  needsAnswer?: boolean
  answerNote?: string
}

export const clippings: SeedClipping[] = [
  {
    url: 'https://news.example.com/asia/quang-tri-east-west-corridor-logistics',
    title: 'Quang Tri bets on the East–West corridor to become a logistics hub',
    excerpt: 'The central Vietnamese province plans new warehouses near the Lao Bao border gate as trade with Laos and Thailand grows.',
    outlet: 'Asia Business Review',
    country: 'SG',
    language: 'en',
    publishedAt: '2026-12-05T03:20:00.000Z',
    keywords: [{ keyword: 'Quang Tri', language: 'en' }, { keyword: 'Lao Bao', language: 'en' }],
    status: 'reviewed',
    tone: 'positive',
    topic: 'border-gates-trade',
  },
  {
    url: 'https://baomoi.example.vn/khe-sanh-ca-phe-mua-thu-hoach',
    title: 'Cà phê Khe Sanh vào vụ thu hoạch, giá tăng cao',
    excerpt: 'Nông dân huyện Hướng Hóa phấn khởi khi giá cà phê tươi đạt mức cao nhất trong nhiều năm.',
    outlet: 'Báo Nông nghiệp',
    country: 'VN',
    language: 'vi',
    publishedAt: '2026-12-06T01:00:00.000Z',
    keywords: [{ keyword: 'Khe Sanh', language: 'vi' }, { keyword: 'Hướng Hóa', language: 'vi' }],
    status: 'new',
  },
  {
    url: 'https://forum.example.org/threads/con-co-island-closed',
    title: 'Con Co island "closed to all visitors", travel blog claims',
    excerpt: 'A travel blog says Con Co island in Quang Tri no longer accepts tourists; the district says tours run as usual.',
    outlet: 'Travel Talk Forum',
    country: 'US',
    language: 'en',
    publishedAt: '2026-12-06T09:45:00.000Z',
    keywords: [{ keyword: 'Quang Tri', language: 'en' }, { keyword: 'Con Co', language: 'en' }],
    status: 'answered',
    tone: 'negative',
    topic: 'tourism',
    needsAnswer: true,
    answerNote: 'Đã gửi thông cáo báo chí về lịch tàu ra đảo Cồn Cỏ và đề nghị trang đính chính; trang đã cập nhật bài ngày 07/12.',
  },
  {
    url: 'https://kpl.example.la/news/quang-tri-savannakhet-cooperation',
    title: 'ແຂວງກວາງຈິ ແລະ ແຂວງສະຫວັນນະເຂດ ເພີ່ມທະວີການຮ່ວມມື',
    excerpt: 'ຄະນະຜູ້ແທນແຂວງກວາງຈິ ໄດ້ເຂົ້າຢ້ຽມຢາມ ແລະ ເຮັດວຽກຢູ່ແຂວງສະຫວັນນະເຂດ ກ່ຽວກັບການຄ້າຜ່ານດ່ານລາວບາວ.',
    outlet: 'ຂ່າວສານປະເທດລາວ',
    country: 'LA',
    language: 'lo',
    publishedAt: '2026-12-04T07:30:00.000Z',
    keywords: [{ keyword: 'ແຂວງກວາງຈິ', language: 'lo' }, { keyword: 'ລາວບາວ', language: 'lo' }],
    status: 'reviewed',
    tone: 'positive',
    topic: 'border-gates-trade',
  },
  {
    url: 'https://tin.example.vn/dong-ha-ngap-ung-sau-mua-lon',
    title: 'Đông Hà ngập sâu sau mưa lớn, nhiều tuyến phố bị chia cắt',
    excerpt: 'Một số trang mạng đăng ảnh cũ từ năm 2020 và cho rằng thành phố bị cô lập hoàn toàn.',
    outlet: 'Trang tin tổng hợp',
    country: 'VN',
    language: 'vi',
    publishedAt: '2026-12-07T00:15:00.000Z',
    keywords: [{ keyword: 'Đông Hà', language: 'vi' }],
    status: 'new',
    tone: 'negative',
    needsAnswer: true,
  },
]
