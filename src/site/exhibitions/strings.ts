import { locales } from '../../domain'
import { defineCatalogue } from '../../i18n'

/** The exhibition pages' texts in Vietnamese, English and Lao (the site's message catalogue, src/i18n). */

const vi = {
  exhibitions: 'Triển lãm số',
  exhibitionsIntro: 'Triển lãm trực tuyến các bản đồ, tài liệu, hình ảnh và hiện vật.',
  noExhibitions: 'Chưa có triển lãm nào.',
  exhibits: 'Hiện vật, tư liệu',
  exhibitNumber: (n: number) => `Hiện vật số ${n}`,
  kind: 'Loại',
  kinds: { map: 'Bản đồ', document: 'Tài liệu', photograph: 'Ảnh', object: 'Hiện vật' },
  date: 'Niên đại',
  source: 'Nguồn',
  provenance: 'Xuất xứ',
  whatItShows: 'Nội dung thể hiện',
  original: 'Xem ảnh gốc độ phân giải cao',
  zoom: 'Phóng to ảnh (kéo để di chuyển, cuộn để phóng to)',
  previousExhibit: 'Hiện vật trước',
  nextExhibit: 'Hiện vật sau',
  exhibitNav: 'Các hiện vật khác',
  backToExhibition: 'Về triển lãm',
  ofTotal: (n: number, total: number) => `${n}/${total}`,
}

type Strings = typeof vi

const en: Strings = {
  exhibitions: 'Digital exhibitions',
  exhibitionsIntro: 'Online exhibitions of maps, documents, photographs and objects.',
  noExhibitions: 'No exhibitions yet.',
  exhibits: 'Exhibits',
  exhibitNumber: (n: number) => `Exhibit ${n}`,
  kind: 'Kind',
  kinds: { map: 'Map', document: 'Document', photograph: 'Photograph', object: 'Object' },
  date: 'Date',
  source: 'Source',
  provenance: 'Provenance',
  whatItShows: 'What it shows',
  original: 'View the high-resolution original',
  zoom: 'Zoomable image (drag to move, scroll to zoom)',
  previousExhibit: 'Previous exhibit',
  nextExhibit: 'Next exhibit',
  exhibitNav: 'Other exhibits',
  backToExhibition: 'Back to the exhibition',
  ofTotal: (n: number, total: number) => `${n} of ${total}`,
}

const lo: Strings = {
  exhibitions: 'ນິທັດສະການດິຈິຕອນ',
  exhibitionsIntro: 'ນິທັດສະການອອນລາຍຂອງແຜນທີ່, ເອກະສານ, ຮູບພາບ ແລະ ວັດຖຸ.',
  noExhibitions: 'ຍັງບໍ່ມີນິທັດສະການ.',
  exhibits: 'ວັດຖຸ ແລະ ເອກະສານທີ່ວາງສະແດງ',
  exhibitNumber: (n: number) => `ລາຍການທີ ${n}`,
  kind: 'ປະເພດ',
  kinds: { map: 'ແຜນທີ່', document: 'ເອກະສານ', photograph: 'ຮູບພາບ', object: 'ວັດຖຸ' },
  date: 'ສະໄໝ',
  source: 'ແຫຼ່ງທີ່ມາ',
  provenance: 'ຕົ້ນກຳເນີດ',
  whatItShows: 'ເນື້ອໃນທີ່ສະແດງ',
  original: 'ເບິ່ງຮູບຕົ້ນສະບັບຄວາມລະອຽດສູງ',
  zoom: 'ຮູບທີ່ຂະຫຍາຍໄດ້ (ລາກເພື່ອເລື່ອນ, ໝຸນເພື່ອຂະຫຍາຍ)',
  previousExhibit: 'ລາຍການກ່ອນໜ້າ',
  nextExhibit: 'ລາຍການຕໍ່ໄປ',
  exhibitNav: 'ລາຍການອື່ນ',
  backToExhibition: 'ກັບໄປນິທັດສະການ',
  ofTotal: (n: number, total: number) => `${n} ຈາກ ${total}`,
}

export const exhibitionText = defineCatalogue(locales, { vi, en, lo })
export type ExhibitionStrings = Strings
