import { locales, type ContentCollectionSlug } from '../../domain'
import { defineCatalogue } from '../../i18n'

/**
 * Every word an email prints, in Vietnamese, English and Lao. Content (headlines, bodies) comes from
 * the item; only the frame is here. Keep phrases short: they are read by journalists on phones.
 */
export type Strings = {
  confirm: {
    subject: (org: string) => string
    heading: string
    intro: (org: string) => string
    button: string
    expires: (hours: number) => string
    ignore: string
    reason: (org: string) => string
  }
  already: {
    subject: (org: string) => string
    heading: string
    intro: (org: string) => string
    button: string
    ignore: string
  }
  footer: {
    reason: (org: string) => string
    preferences: string
    unsubscribe: string
  }
  release: {
    kind: Record<ContentCollectionSlug, string>
    correctionTag: string
    withdrawalTag: string
    embargoTag: (time: string) => string
    embargoTitle: (time: string) => string
    embargoText: string
    /** A restricted argument brief: for accredited journalists, not for publication as it stands. */
    restrictedTag: string
    restrictedTitle: string
    restrictedText: string
    correctionTitle: string
    correctionNote: string
    withdrawalTitle: (kind: string) => string
    withdrawalText: string
    reason: string
    number: string
    date: string
    place: string
    topics: string
    contacts: string
    attachments: string
    images: string
    readOnline: string
    /** Said when some fields are shown in Vietnamese; empty for Vietnamese itself. */
    fallback: string
  }
  digest: {
    title: (frequency: 'daily' | 'weekly', period: string) => string
    count: (n: number, onlyReleases: boolean) => string
    intro: (period: string) => string
    readMore: string
  }
}

const hours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1))

const vi: Strings = {
  confirm: {
    subject: (org) => `Xác nhận đăng ký nhận thông cáo báo chí — ${org}`,
    heading: 'Xác nhận đăng ký của Quý vị',
    intro: (org) =>
      `Địa chỉ email này vừa được đăng ký để nhận thông cáo báo chí của ${org}. Vui lòng bấm nút dưới đây để xác nhận.`,
    button: 'Xác nhận đăng ký',
    expires: (h) => `Liên kết có hiệu lực trong ${hours(h)} giờ.`,
    ignore: 'Nếu Quý vị không yêu cầu đăng ký, hãy bỏ qua email này: Quý vị sẽ không nhận thêm email nào.',
    reason: (org) => `Quý vị nhận được email này vì địa chỉ này vừa được nhập vào biểu mẫu đăng ký của ${org}.`,
  },
  already: {
    subject: (org) => `Địa chỉ email của Quý vị đã được đăng ký — ${org}`,
    heading: 'Quý vị đã đăng ký từ trước',
    intro: (org) =>
      `Có người vừa đăng ký địa chỉ này để nhận thông cáo báo chí của ${org}, nhưng địa chỉ này đã đăng ký từ trước nên Quý vị không cần làm gì thêm. Để đổi ngôn ngữ, chủ đề, tần suất nhận tin hoặc hủy đăng ký, hãy mở trang tùy chọn:`,
    button: 'Tùy chọn nhận tin',
    ignore: 'Nếu không phải Quý vị đăng ký, hãy bỏ qua email này.',
  },
  footer: {
    reason: (org) => `Quý vị nhận được email này vì đã đăng ký nhận thông cáo báo chí của ${org}.`,
    preferences: 'Tùy chọn nhận tin',
    unsubscribe: 'Hủy đăng ký',
  },
  release: {
    kind: {
      'press-releases': 'Thông cáo báo chí',
      publications: 'Ấn phẩm',
      'training-materials': 'Tài liệu tập huấn',
      'partner-media': 'Sản phẩm hợp tác truyền thông',
      briefings: 'Tài liệu lập luận',
    },
    correctionTag: 'Đính chính',
    withdrawalTag: 'Thu hồi',
    embargoTag: (t) => `CẤM ĐĂNG TRƯỚC ${t}`,
    embargoTitle: (t) => `Cấm đăng trước ${t} — không đăng trước thời điểm này`,
    embargoText: 'Nội dung được gửi trước để cơ quan báo chí chuẩn bị. Không đăng tải, phát sóng hay chia sẻ trước thời điểm trên.',
    restrictedTag: 'HẠN CHẾ',
    restrictedTitle: 'Tài liệu hạn chế — chỉ gửi phóng viên được công nhận',
    restrictedText: 'Tài liệu lập luận cung cấp thông tin để phóng viên đưa tin chính xác. Không đăng lại nguyên văn hay chuyển tiếp tài liệu này.',
    correctionTitle: 'Đính chính: bản dưới đây thay thế bản đã gửi trước đó',
    correctionNote: 'Nội dung đính chính',
    withdrawalTitle: (kind) => `${kind} đã bị thu hồi`,
    withdrawalText: 'Không đăng tải hoặc sử dụng nội dung đã gửi trước đó. Nếu đã đăng, vui lòng gỡ xuống.',
    reason: 'Lý do',
    number: 'Số',
    date: 'Ngày phát hành',
    place: 'Nơi phát hành',
    topics: 'Chủ đề',
    contacts: 'Liên hệ báo chí',
    attachments: 'Tệp đính kèm',
    images: 'Hình ảnh',
    readOnline: 'Xem trên trang web',
    fallback: '',
  },
  digest: {
    title: (f, period) => `Bản tin tổng hợp ${f === 'daily' ? 'hằng ngày' : 'hằng tuần'} ${period}`,
    count: (n, onlyReleases) => `${n} ${onlyReleases ? 'thông cáo' : 'tin'}`,
    intro: (period) => `Nội dung được phát hành trong thời gian ${period}:`,
    readMore: 'Đọc toàn văn',
  },
}

const en: Strings = {
  confirm: {
    subject: (org) => `Confirm your subscription to press releases from ${org}`,
    heading: 'Confirm your subscription',
    intro: (org) => `Someone, probably you, asked to receive press releases from ${org} at this address. Please confirm with the button below.`,
    button: 'Confirm subscription',
    expires: (h) => `This link expires in ${hours(h)} ${h === 1 ? 'hour' : 'hours'}.`,
    ignore: 'If you did not ask for this, ignore this email: you will not receive anything more.',
    reason: (org) => `You receive this email because this address was entered in the sign-up form of ${org}.`,
  },
  already: {
    subject: (org) => `You are already subscribed to press releases from ${org}`,
    heading: 'You are already subscribed',
    intro: (org) =>
      `Someone asked to receive press releases from ${org} at this address, which is already subscribed: nothing more is needed. To change language, topics or frequency, or to unsubscribe, open your preferences:`,
    button: 'Your preferences',
    ignore: 'If it was not you, ignore this email.',
  },
  footer: {
    reason: (org) => `You receive this email because you subscribed to press releases from ${org}.`,
    preferences: 'Preferences',
    unsubscribe: 'Unsubscribe',
  },
  release: {
    kind: {
      'press-releases': 'Press release',
      publications: 'Publication',
      'training-materials': 'Training material',
      'partner-media': 'Partner media',
      briefings: 'Argument brief',
    },
    correctionTag: 'Correction',
    withdrawalTag: 'Withdrawn',
    embargoTag: (t) => `EMBARGOED UNTIL ${t}`,
    embargoTitle: (t) => `Embargoed until ${t} — do not publish before`,
    embargoText: 'Sent in advance so that you can prepare. Do not publish, broadcast or share any of it before that time.',
    restrictedTag: 'RESTRICTED',
    restrictedTitle: 'Restricted brief — for accredited journalists only',
    restrictedText: 'This argument brief gives you the facts for accurate reporting. Do not republish it verbatim or forward it.',
    correctionTitle: 'Correction: this version replaces the one sent earlier',
    correctionNote: 'What changed',
    withdrawalTitle: (kind) => `${kind} withdrawn`,
    withdrawalText: 'Do not publish or use the content sent earlier. If you have published it, please take it down.',
    reason: 'Reason',
    number: 'No.',
    date: 'Date',
    place: 'Place',
    topics: 'Topics',
    contacts: 'Press contacts',
    attachments: 'Attachments',
    images: 'Images',
    readOnline: 'Read online',
    fallback: 'Parts not yet translated into English are shown in Vietnamese.',
  },
  digest: {
    title: (f, period) => `${f === 'daily' ? 'Daily' : 'Weekly'} digest ${period}`,
    count: (n, onlyReleases) => `${n} ${onlyReleases ? 'press release' : 'item'}${n === 1 ? '' : 's'}`,
    intro: (period) => `Released ${period}:`,
    readMore: 'Read more',
  },
}

const lo: Strings = {
  confirm: {
    subject: (org) => `ຢືນຢັນການລົງທະບຽນຮັບຖະແຫຼງການຂ່າວ — ${org}`,
    heading: 'ຢືນຢັນການລົງທະບຽນຂອງທ່ານ',
    intro: (org) => `ທີ່ຢູ່ອີເມວນີ້ ໄດ້ຖືກລົງທະບຽນເພື່ອຮັບຖະແຫຼງການຂ່າວຈາກ ${org}. ກະລຸນາກົດປຸ່ມລຸ່ມນີ້ເພື່ອຢືນຢັນ.`,
    button: 'ຢືນຢັນການລົງທະບຽນ',
    expires: (h) => `ລິ້ງນີ້ຈະໝົດອາຍຸພາຍໃນ ${hours(h)} ຊົ່ວໂມງ.`,
    ignore: 'ຖ້າທ່ານບໍ່ໄດ້ຮ້ອງຂໍ, ກະລຸນາບໍ່ສົນໃຈອີເມວນີ້. ທ່ານຈະບໍ່ໄດ້ຮັບອີເມວອີກ.',
    reason: (org) => `ທ່ານໄດ້ຮັບອີເມວນີ້ ເພາະທີ່ຢູ່ນີ້ໄດ້ຖືກປ້ອນໃນແບບຟອມລົງທະບຽນຂອງ ${org}.`,
  },
  already: {
    subject: (org) => `ທີ່ຢູ່ອີເມວຂອງທ່ານໄດ້ລົງທະບຽນແລ້ວ — ${org}`,
    heading: 'ທ່ານໄດ້ລົງທະບຽນແລ້ວ',
    intro: (org) =>
      `ມີຄົນລົງທະບຽນທີ່ຢູ່ນີ້ເພື່ອຮັບຖະແຫຼງການຂ່າວຈາກ ${org}, ແຕ່ທີ່ຢູ່ນີ້ໄດ້ລົງທະບຽນແລ້ວ, ທ່ານບໍ່ຈຳເປັນຕ້ອງເຮັດຫຍັງຕື່ມ. ເພື່ອປ່ຽນພາສາ, ຫົວຂໍ້, ຄວາມຖີ່ ຫຼື ຍົກເລີກ, ກະລຸນາເປີດໜ້າຕັ້ງຄ່າ:`,
    button: 'ຕັ້ງຄ່າການຮັບຂ່າວ',
    ignore: 'ຖ້າບໍ່ແມ່ນທ່ານ, ກະລຸນາບໍ່ສົນໃຈອີເມວນີ້.',
  },
  footer: {
    reason: (org) => `ທ່ານໄດ້ຮັບອີເມວນີ້ ເພາະທ່ານໄດ້ລົງທະບຽນຮັບຖະແຫຼງການຂ່າວຈາກ ${org}.`,
    preferences: 'ຕັ້ງຄ່າການຮັບຂ່າວ',
    unsubscribe: 'ຍົກເລີກການຮັບຂ່າວ',
  },
  release: {
    kind: {
      'press-releases': 'ຖະແຫຼງການຂ່າວ',
      publications: 'ສິ່ງພິມ',
      'training-materials': 'ເອກະສານຝຶກອົບຮົມ',
      'partner-media': 'ສື່ຮ່ວມມື',
      briefings: 'ເອກະສານຊີ້ແຈງ',
    },
    correctionTag: 'ແກ້ໄຂ',
    withdrawalTag: 'ຖອນຄືນ',
    embargoTag: (t) => `ຫ້າມເຜີຍແຜ່ກ່ອນ ${t}`,
    embargoTitle: (t) => `ຫ້າມເຜີຍແຜ່ກ່ອນ ${t} — ກະລຸນາຢ່າເຜີຍແຜ່ກ່ອນເວລານີ້`,
    embargoText: 'ສົ່ງລ່ວງໜ້າເພື່ອໃຫ້ທ່ານກະກຽມ. ຢ່າເຜີຍແຜ່, ອອກອາກາດ ຫຼື ແບ່ງປັນເນື້ອຫາກ່ອນເວລາດັ່ງກ່າວ.',
    restrictedTag: 'ຈຳກັດ',
    restrictedTitle: 'ເອກະສານຈຳກັດ — ສຳລັບນັກຂ່າວທີ່ໄດ້ຮັບການຮັບຮອງເທົ່ານັ້ນ',
    restrictedText: 'ເອກະສານຊີ້ແຈງນີ້ໃຫ້ຂໍ້ມູນເພື່ອການລາຍງານຂ່າວທີ່ຖືກຕ້ອງ. ຢ່າເຜີຍແຜ່ຄືນຄຳຕໍ່ຄຳ ຫຼື ສົ່ງຕໍ່ເອກະສານນີ້.',
    correctionTitle: 'ແກ້ໄຂ: ສະບັບນີ້ແທນສະບັບທີ່ສົ່ງກ່ອນໜ້ານີ້',
    correctionNote: 'ສິ່ງທີ່ແກ້ໄຂ',
    withdrawalTitle: (kind) => `${kind} ຖືກຖອນຄືນແລ້ວ`,
    withdrawalText: 'ກະລຸນາຢ່າເຜີຍແຜ່ ຫຼື ນຳໃຊ້ເນື້ອຫາທີ່ສົ່ງກ່ອນໜ້ານີ້. ຖ້າໄດ້ເຜີຍແຜ່ແລ້ວ, ກະລຸນາລຶບອອກ.',
    reason: 'ເຫດຜົນ',
    number: 'ເລກທີ',
    date: 'ວັນທີ',
    place: 'ສະຖານທີ່',
    topics: 'ຫົວຂໍ້',
    contacts: 'ຕິດຕໍ່ສຳລັບສື່ມວນຊົນ',
    attachments: 'ເອກະສານຄັດຕິດ',
    images: 'ຮູບພາບ',
    readOnline: 'ອ່ານອອນລາຍ',
    fallback: 'ສ່ວນທີ່ຍັງບໍ່ໄດ້ແປເປັນພາສາລາວ ແມ່ນສະແດງເປັນພາສາຫວຽດນາມ.',
  },
  digest: {
    title: (f, period) => `ສະຫຼຸບຂ່າວ${f === 'daily' ? 'ປະຈຳວັນ' : 'ປະຈຳອາທິດ'} ${period}`,
    count: (n, onlyReleases) => `${n} ${onlyReleases ? 'ຖະແຫຼງການ' : 'ລາຍການ'}`,
    intro: (period) => `ເນື້ອຫາທີ່ເຜີຍແຜ່ໃນໄລຍະ ${period}:`,
    readMore: 'ອ່ານເພີ່ມເຕີມ',
  },
}

/** The email namespace of the catalogue (src/i18n). */
export const emailText = defineCatalogue(locales, { vi, en, lo })
