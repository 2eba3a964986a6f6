import type { SeedPartner } from './types'

export const partners: SeedPartner[] = [
  {
    key: 'vna',
    slug: 'vietnam-news-agency',
    name: { vi: 'Thông tấn xã Việt Nam (TTXVN)', en: 'Vietnam News Agency (VNA)', lo: 'ສຳນັກຂ່າວສານຫວຽດນາມ (VNA)' },
    kind: 'central-press-agency',
    country: 'VN',
    website: 'https://vnanet.vn',
    agreement: { number: '15/CTPH-STTTT', from: '2024-01-15', until: '2025-12-31' },
    contacts: [
      {
        name: 'Trần Quang Minh',
        role: {
          vi: 'Trưởng Cơ quan thường trú TTXVN tại Quảng Trị',
          en: 'Head of the VNA resident bureau in Quang Tri',
          lo: 'ຫົວໜ້າສຳນັກງານປະຈຳແຂວງກວາງຈິ ຂອງສຳນັກຂ່າວສານຫວຽດນາມ',
        },
        email: 'quangtri@ttxvn.example',
        phone: '+84 233 3855 101',
      },
      {
        name: 'Phạm Thị Ngọc Anh',
        role: {
          vi: 'Biên tập viên, Ban Biên tập tin Đối ngoại',
          en: 'Editor, Foreign News Service',
          lo: 'ບັນນາທິການ, ພະແນກບັນນາທິການຂ່າວຕ່າງປະເທດ',
        },
        email: 'doingoai@ttxvn.example',
        phone: '+84 24 3825 2931',
      },
    ],
  },
  {
    key: 'vov',
    slug: 'voice-of-vietnam',
    name: { vi: 'Đài Tiếng nói Việt Nam (VOV)', en: 'Voice of Vietnam (VOV)', lo: 'ສະຖານີວິທະຍຸສຽງຫວຽດນາມ (VOV)' },
    kind: 'national-broadcaster',
    country: 'VN',
    website: 'https://vov.vn',
    agreement: { number: '21/CTPH-STTTT', from: '2024-03-01', until: '2026-02-28' },
    contacts: [
      {
        name: 'Hoàng Thị Thu Hà',
        role: {
          vi: 'Phóng viên thường trú tại Quảng Trị, Cơ quan thường trú VOV khu vực miền Trung',
          en: 'Resident correspondent in Quang Tri, VOV Central Region Bureau',
          lo: 'ນັກຂ່າວປະຈຳແຂວງກວາງຈິ, ສຳນັກງານປະຈຳພາກກາງ ຂອງສະຖານີວິທະຍຸສຽງຫວຽດນາມ',
        },
        email: 'mientrung@vov.example',
        phone: '+84 236 3821 456',
      },
      {
        name: 'Bùi Văn Thành',
        role: {
          vi: 'Biên tập viên Ban tiếng Lào, Hệ Phát thanh đối ngoại VOV5',
          en: 'Editor, Lao Service, VOV5 external broadcasting',
          lo: 'ບັນນາທິການ, ພາກພາສາລາວ, ລະບົບວິທະຍຸກະຈາຍສຽງຕ່າງປະເທດ VOV5',
        },
        email: 'laoservice@vov.example',
        phone: '+84 24 3934 2461',
      },
    ],
  },
  {
    key: 'vtv',
    slug: 'vietnam-television',
    name: { vi: 'Đài Truyền hình Việt Nam (VTV)', en: 'Vietnam Television (VTV)', lo: 'ສະຖານີໂທລະພາບຫວຽດນາມ (VTV)' },
    kind: 'national-broadcaster',
    country: 'VN',
    website: 'https://vtv.vn',
    contacts: [
      {
        name: 'Phạm Đức Long',
        role: { vi: 'Phóng viên, Ban Thời sự', en: 'Reporter, News Department', lo: 'ນັກຂ່າວ, ພະແນກຂ່າວ' },
        email: 'thoisu@vtv.example',
        phone: '+84 24 3831 6492',
      },
    ],
  },
  {
    key: 'nhandan',
    slug: 'nhan-dan',
    name: { vi: 'Báo Nhân Dân', en: 'Nhan Dan Newspaper', lo: 'ໜັງສືພິມ ຍັນຢານ (Nhân Dân)' },
    kind: 'national-newspaper',
    country: 'VN',
    website: 'https://nhandan.vn',
    agreement: { number: '27/HĐ-STTTT', from: '2024-04-01', until: '2024-12-31' },
    contacts: [
      {
        name: 'Lê Văn Hòa',
        role: { vi: 'Phóng viên thường trú tại Quảng Trị', en: 'Resident correspondent in Quang Tri', lo: 'ນັກຂ່າວປະຈຳແຂວງກວາງຈິ' },
        email: 'quangtri@nhandan.example',
        phone: '+84 905 318 274',
      },
    ],
  },
  {
    key: 'baoquangtri',
    slug: 'bao-quang-tri',
    name: { vi: 'Báo Quảng Trị', en: 'Quang Tri Newspaper', lo: 'ໜັງສືພິມກວາງຈິ' },
    kind: 'provincial-media',
    country: 'VN',
    website: 'https://baoquangtri.vn',
    agreement: { number: '05/HĐ-STTTT', from: '2024-01-02', until: '2024-12-31' },
    contacts: [
      {
        name: 'Nguyễn Thị Mai Lan',
        role: { vi: 'Trưởng ban Thời sự', en: 'Head of the News Desk', lo: 'ຫົວໜ້າພະແນກຂ່າວ' },
        email: 'toasoan@baoquangtri.example',
        phone: '+84 233 3852 210',
      },
    ],
  },
  {
    key: 'qtv',
    slug: 'quang-tri-radio-television',
    name: {
      vi: 'Đài Phát thanh – Truyền hình Quảng Trị',
      en: 'Quang Tri Radio and Television',
      lo: 'ສະຖານີວິທະຍຸ ແລະ ໂທລະພາບ ແຂວງກວາງຈິ',
    },
    kind: 'provincial-media',
    country: 'VN',
    website: 'https://quangtritv.vn',
    agreement: { number: '06/HĐ-STTTT', from: '2024-01-02', until: '2024-12-31' },
    contacts: [
      {
        name: 'Võ Minh Khang',
        role: { vi: 'Trưởng phòng Thời sự', en: 'Head of the News Division', lo: 'ຫົວໜ້າພະແນກຂ່າວ' },
        email: 'thoisu@qtv.example',
        phone: '+84 233 3851 333',
      },
    ],
  },
  {
    key: 'kpl',
    slug: 'khaosan-pathet-lao',
    name: { vi: 'Thông tấn xã Lào (KPL)', en: 'Lao News Agency (KPL)', lo: 'ສຳນັກຂ່າວສານປະເທດລາວ (ຂປລ)' },
    kind: 'lao-media',
    country: 'LA',
    website: 'https://kpl.gov.la',
    agreement: { number: '03/BBGN-STTTT', from: '2024-05-15', until: '2026-05-14' },
    contacts: [
      {
        name: 'Phonesavanh Keomany',
        role: {
          vi: 'Phó Trưởng phòng Tin nước ngoài',
          en: 'Deputy Head, Foreign News Division',
          lo: 'ຮອງຫົວໜ້າພະແນກຂ່າວຕ່າງປະເທດ',
        },
        email: 'foreignnews@kpl.example',
        phone: '+856 21 215 402',
      },
    ],
  },
  {
    key: 'savannakhet-rtv',
    slug: 'savannakhet-radio-television',
    name: {
      vi: 'Đài Phát thanh – Truyền hình tỉnh Savannakhet',
      en: 'Savannakhet Provincial Radio and Television',
      lo: 'ສະຖານີວິທະຍຸກະຈາຍສຽງ ແລະ ໂທລະພາບ ແຂວງສະຫວັນນະເຂດ',
    },
    kind: 'lao-media',
    country: 'LA',
    website: 'https://savannakhet-rtv.example',
    agreement: { number: '01/TTHT-STTTT', from: '2023-01-01', until: '2025-12-31' },
    contacts: [
      {
        name: 'Souksavanh Inthavong',
        role: { vi: 'Trưởng phòng Thời sự', en: 'Head of News', lo: 'ຫົວໜ້າພະແນກຂ່າວ' },
        email: 'news@savannakhet-rtv.example',
        phone: '+856 41 212 345',
      },
    ],
  },
  {
    key: 'nhk',
    slug: 'nhk-hanoi-bureau',
    name: { vi: 'NHK – Văn phòng thường trú tại Hà Nội', en: 'NHK Hanoi Bureau', lo: 'NHK – ສຳນັກງານປະຈຳຮ່າໂນ້ຍ' },
    kind: 'foreign-media',
    country: 'JP',
    website: 'https://www3.nhk.or.jp/nhkworld/',
    contacts: [
      {
        name: 'Kenji Sato',
        role: { vi: 'Trưởng Văn phòng thường trú tại Hà Nội', en: 'Hanoi Bureau Chief', lo: 'ຫົວໜ້າສຳນັກງານປະຈຳຮ່າໂນ້ຍ' },
        email: 'hanoi@nhk.example',
        phone: '+84 24 3936 7180',
      },
      {
        name: 'Đỗ Thu Trang',
        role: { vi: 'Trợ lý sản xuất', en: 'Production assistant', lo: 'ຜູ້ຊ່ວຍຜະລິດລາຍການ' },
        email: 'hanoi.desk@nhk.example',
        phone: '+84 912 407 356',
      },
    ],
  },
]
