import { locales, type ContentCollectionSlug, type Frequency } from '../../domain'
import { defineCatalogue } from '../../i18n'

/**
 * Every text of the sign-up pages, in Vietnamese, English and Lao. The consent text is versioned:
 * change `CONSENT_TEXT_VERSION` whenever its wording changes (each subscriber's consent record keeps
 * the version they agreed to).
 */
export const CONSENT_TEXT_VERSION = '2026-11-30'

export type FieldName = 'email' | 'name' | 'outlet' | 'country' | 'language' | 'topics' | 'contentTypes' | 'frequency' | 'consent' | 'consentTextVersion' | 'token'

export type Strings = {
  siteName: string
  languageName: string
  languageSwitcher: string
  required: string
  optional: string
  subscribeTitle: string
  subscribeIntro: string
  aboutYou: string
  whatYouReceive: string
  fields: Record<'email' | 'name' | 'outlet' | 'country' | 'language' | 'topics' | 'contentTypes' | 'frequency' | 'consent', string>
  topicsHint: string
  contentTypesHint: string
  noTopics: string
  contentTypes: Record<ContentCollectionSlug, string>
  frequencies: Record<Frequency, string>
  consentText: string
  consentCheckbox: string
  honeypot: string
  submit: string
  errorSummary: string
  errors: {
    email: string
    consent: string
    language: string
    frequency: string
    topics: string
    contentTypes: string
    consentTextVersion: string
    token: string
    body: string
    tooLong: (field: string, max: number) => string
  }
  checkInboxTitle: string
  checkInbox: (hours: number) => string
  confirmedTitle: string
  confirmed: string
  preferencesLink: string
  expiredTitle: string
  expired: (hours: number) => string
  invalidTitle: string
  invalid: string
  revokedTitle: string
  revoked: string
  signUpAgain: string
  preferencesTitle: string
  preferencesIntro: (email: string) => string
  save: string
  saved: string
  unsubscribedNotice: string
  unsubscribeHeading: string
  unsubscribeText: string
  unsubscribeButton: string
  unsubscribeConfirmTitle: string
  unsubscribeConfirm: (email: string) => string
  unsubscribeConfirmButton: string
  preferencesInstead: string
  unsubscribedTitle: string
  unsubscribed: (email: string) => string
  oneClickDone: string
  tooManyTitle: string
  tooMany: (minutes: number) => string
}

const vi: Strings = {
  siteName: 'Thông tin đối ngoại Quảng Trị',
  languageName: 'Tiếng Việt',
  languageSwitcher: 'Ngôn ngữ trang',
  required: '(bắt buộc)',
  optional: '(không bắt buộc)',
  subscribeTitle: 'Nhận tin qua email',
  subscribeIntro:
    'Nhận thông cáo báo chí, ấn phẩm và tài liệu của tỉnh Quảng Trị qua email, bằng tiếng Việt, tiếng Anh hoặc tiếng Lào. Chúng tôi sẽ gửi một email để bạn xác nhận địa chỉ.',
  aboutYou: 'Về bạn',
  whatYouReceive: 'Bạn muốn nhận gì',
  fields: {
    email: 'Địa chỉ email',
    name: 'Họ tên',
    outlet: 'Cơ quan báo chí',
    country: 'Quốc gia',
    language: 'Ngôn ngữ của email',
    topics: 'Chủ đề',
    contentTypes: 'Loại nội dung',
    frequency: 'Tần suất',
    consent: 'Đồng ý xử lý dữ liệu cá nhân',
  },
  topicsHint: 'Để trống để nhận tất cả chủ đề.',
  contentTypesHint: 'Để trống để nhận tất cả các loại.',
  noTopics: 'Chưa có chủ đề nào: bạn sẽ nhận tin về mọi chủ đề.',
  contentTypes: {
    'press-releases': 'Thông cáo báo chí',
    publications: 'Ấn phẩm',
    'training-materials': 'Tài liệu tập huấn',
    'partner-media': 'Sản phẩm hợp tác truyền thông',
    briefings: 'Tài liệu lập luận',
  },
  frequencies: { immediately: 'Ngay khi phát hành', daily: 'Tổng hợp hằng ngày', weekly: 'Tổng hợp hằng tuần' },
  consentText:
    'Tôi đồng ý để cơ quan thông tin đối ngoại tỉnh Quảng Trị xử lý địa chỉ email, họ tên, cơ quan báo chí, quốc gia và các lựa chọn trên đây nhằm gửi cho tôi thông cáo báo chí và tài liệu tôi đã chọn, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Dữ liệu không được chia sẻ cho bên thứ ba. Tôi có quyền rút lại sự đồng ý bất cứ lúc nào bằng liên kết hủy đăng ký trong mỗi email hoặc trên trang tùy chọn; việc rút lại không ảnh hưởng đến việc xử lý đã thực hiện trước đó.',
  consentCheckbox: 'Tôi đã đọc và đồng ý với nội dung trên',
  honeypot: 'Để trống ô này',
  submit: 'Đăng ký',
  errorSummary: 'Vui lòng sửa các lỗi sau',
  errors: {
    email: 'Nhập một địa chỉ email hợp lệ, ví dụ ten@baochi.vn.',
    consent: 'Bạn cần đánh dấu ô đồng ý để đăng ký.',
    language: 'Chọn ngôn ngữ của email: tiếng Việt, tiếng Anh hoặc tiếng Lào.',
    frequency: 'Chọn tần suất nhận tin.',
    topics: 'Một chủ đề đã chọn không tồn tại; hãy chọn lại.',
    contentTypes: 'Một loại nội dung đã chọn không hợp lệ.',
    consentTextVersion: 'Văn bản đồng ý đã được cập nhật; hãy đọc lại và gửi lại.',
    token: 'Liên kết không hợp lệ.',
    body: 'Dữ liệu gửi lên không hợp lệ.',
    tooLong: (field, max) => `${field} dài quá ${max} ký tự.`,
  },
  checkInboxTitle: 'Hãy kiểm tra hộp thư của bạn',
  checkInbox: (hours) =>
    `Nếu địa chỉ này có thể nhận thư của chúng tôi, chúng tôi vừa gửi đến đó một email. Hãy bấm vào liên kết trong thư để xác nhận đăng ký; liên kết có hiệu lực trong ${hours} giờ. Nếu không thấy thư, hãy xem thư mục thư rác hoặc thử lại sau.`,
  confirmedTitle: 'Đăng ký đã được xác nhận',
  confirmed: 'Cảm ơn bạn. Từ nay bạn sẽ nhận tin theo các lựa chọn đã đăng ký.',
  preferencesLink: 'Thay đổi tùy chọn nhận tin',
  expiredTitle: 'Liên kết đã hết hạn',
  expired: (hours) => `Liên kết xác nhận chỉ có hiệu lực trong ${hours} giờ. Hãy đăng ký lại để nhận liên kết mới.`,
  invalidTitle: 'Liên kết không hợp lệ',
  invalid: 'Liên kết này không đúng hoặc đã bị cắt mất một phần. Hãy mở lại liên kết đầy đủ trong email, hoặc đăng ký lại.',
  revokedTitle: 'Liên kết không còn hiệu lực',
  revoked: 'Liên kết này không còn dùng được. Hãy dùng liên kết trong email gần nhất của chúng tôi, hoặc đăng ký lại.',
  signUpAgain: 'Đăng ký lại',
  preferencesTitle: 'Tùy chọn nhận tin',
  preferencesIntro: (email) => `Địa chỉ: ${email}. Thay đổi các lựa chọn dưới đây rồi bấm “Lưu thay đổi”.`,
  save: 'Lưu thay đổi',
  saved: 'Đã lưu các thay đổi.',
  unsubscribedNotice: 'Bạn đã hủy đăng ký. Muốn nhận tin trở lại, hãy đăng ký lại.',
  unsubscribeHeading: 'Hủy đăng ký',
  unsubscribeText: 'Bạn sẽ không nhận thêm email nào từ chúng tôi.',
  unsubscribeButton: 'Hủy đăng ký',
  unsubscribeConfirmTitle: 'Hủy nhận tin qua email?',
  unsubscribeConfirm: (email) => `Bấm nút dưới đây để ngừng nhận mọi email từ chúng tôi tại ${email}.`,
  unsubscribeConfirmButton: 'Xác nhận hủy đăng ký',
  preferencesInstead: 'Hoặc thay đổi tùy chọn nhận tin',
  unsubscribedTitle: 'Bạn đã hủy đăng ký',
  unsubscribed: (email) => `Địa chỉ ${email} sẽ không nhận thêm email nào từ chúng tôi. Nếu đổi ý, bạn có thể đăng ký lại bất cứ lúc nào.`,
  oneClickDone: 'Đã hủy đăng ký nhận tin qua email.',
  tooManyTitle: 'Quá nhiều yêu cầu',
  tooMany: (minutes) => `Có quá nhiều yêu cầu đăng ký từ địa chỉ mạng của bạn. Hãy thử lại sau ${minutes} phút.`,
}

const en: Strings = {
  siteName: 'Quảng Trị foreign information',
  languageName: 'English',
  languageSwitcher: 'Page language',
  required: '(required)',
  optional: '(optional)',
  subscribeTitle: 'Email releases',
  subscribeIntro:
    'Receive press releases, publications and materials from Quảng Trị province by email, in Vietnamese, English or Lao. We will send you an email to confirm your address.',
  aboutYou: 'About you',
  whatYouReceive: 'What you receive',
  fields: {
    email: 'Email address',
    name: 'Name',
    outlet: 'Media outlet',
    country: 'Country',
    language: 'Language of the emails',
    topics: 'Topics',
    contentTypes: 'Content types',
    frequency: 'Frequency',
    consent: 'Consent to the processing of personal data',
  },
  topicsHint: 'Leave empty to receive every topic.',
  contentTypesHint: 'Leave empty to receive every type.',
  noTopics: 'There are no topics yet: you will receive every topic.',
  contentTypes: {
    'press-releases': 'Press releases',
    publications: 'Publications',
    'training-materials': 'Training materials',
    'partner-media': 'Partner media',
    briefings: 'Argument briefs',
  },
  frequencies: { immediately: 'Immediately', daily: 'Daily digest', weekly: 'Weekly digest' },
  consentText:
    'I agree that the foreign-information office of Quảng Trị province may process my email address, name, outlet, country and the choices above in order to send me the press releases and materials I selected, under Decree 13/2023/ND-CP on personal data protection. The data is not shared with third parties. I have the right to withdraw my consent at any time through the unsubscribe link in every email or on the preferences page; withdrawal does not affect processing carried out before it.',
  consentCheckbox: 'I have read and agree to the text above',
  honeypot: 'Leave this field empty',
  submit: 'Subscribe',
  errorSummary: 'Please correct the following',
  errors: {
    email: 'Enter a valid email address, such as name@outlet.com.',
    consent: 'Tick the consent box to subscribe.',
    language: 'Choose the language of your emails: Vietnamese, English or Lao.',
    frequency: 'Choose how often to receive emails.',
    topics: 'One of the chosen topics does not exist; choose again.',
    contentTypes: 'One of the chosen content types is not valid.',
    consentTextVersion: 'The consent text has changed; read it again and resubmit.',
    token: 'The link is not valid.',
    body: 'The request is not valid.',
    tooLong: (field, max) => `${field} must be at most ${max} characters.`,
  },
  checkInboxTitle: 'Check your inbox',
  checkInbox: (hours) =>
    `If this address can receive our emails, we have just sent it a message. Follow the link in it to confirm your subscription; the link is valid for ${hours} hours. If nothing arrives, look in your spam folder or try again later.`,
  confirmedTitle: 'Subscription confirmed',
  confirmed: 'Thank you. You will now receive releases as you chose.',
  preferencesLink: 'Change your preferences',
  expiredTitle: 'This link has expired',
  expired: (hours) => `Confirmation links are valid for ${hours} hours. Sign up again to receive a new one.`,
  invalidTitle: 'This link is not valid',
  invalid: 'The link is wrong or was cut short. Open the whole link from the email again, or sign up again.',
  revokedTitle: 'This link is no longer valid',
  revoked: 'This link can no longer be used. Use the link in our most recent email, or sign up again.',
  signUpAgain: 'Sign up again',
  preferencesTitle: 'Email preferences',
  preferencesIntro: (email) => `Address: ${email}. Change the choices below and select “Save changes”.`,
  save: 'Save changes',
  saved: 'Your changes have been saved.',
  unsubscribedNotice: 'You are unsubscribed. To receive releases again, sign up again.',
  unsubscribeHeading: 'Unsubscribe',
  unsubscribeText: 'You will receive no more emails from us.',
  unsubscribeButton: 'Unsubscribe',
  unsubscribeConfirmTitle: 'Unsubscribe from email releases?',
  unsubscribeConfirm: (email) => `Select the button below to stop all emails from us to ${email}.`,
  unsubscribeConfirmButton: 'Confirm unsubscribe',
  preferencesInstead: 'Or change your preferences instead',
  unsubscribedTitle: 'You are unsubscribed',
  unsubscribed: (email) => `${email} will receive no more emails from us. If you change your mind, you can sign up again at any time.`,
  oneClickDone: 'You have been unsubscribed from email releases.',
  tooManyTitle: 'Too many requests',
  tooMany: (minutes) => `Too many sign-up requests came from your network address. Try again in ${minutes} minutes.`,
}

const lo: Strings = {
  siteName: 'ຂໍ້ມູນຂ່າວສານຕ່າງປະເທດ ແຂວງກວາງຈິ',
  languageName: 'ພາສາລາວ',
  languageSwitcher: 'ພາສາຂອງໜ້າ',
  required: '(ບັງຄັບ)',
  optional: '(ບໍ່ບັງຄັບ)',
  subscribeTitle: 'ຮັບຂ່າວທາງອີເມວ',
  subscribeIntro:
    'ຮັບຖະແຫຼງການຂ່າວ, ສິ່ງພິມ ແລະ ເອກະສານຂອງແຂວງກວາງຈິ ທາງອີເມວ ເປັນພາສາຫວຽດນາມ, ອັງກິດ ຫຼື ລາວ. ພວກເຮົາຈະສົ່ງອີເມວໃຫ້ທ່ານ ເພື່ອຢືນຢັນທີ່ຢູ່.',
  aboutYou: 'ກ່ຽວກັບທ່ານ',
  whatYouReceive: 'ສິ່ງທີ່ທ່ານຕ້ອງການຮັບ',
  fields: {
    email: 'ທີ່ຢູ່ອີເມວ',
    name: 'ຊື່ ແລະ ນາມສະກຸນ',
    outlet: 'ສຳນັກຂ່າວ',
    country: 'ປະເທດ',
    language: 'ພາສາຂອງອີເມວ',
    topics: 'ຫົວຂໍ້',
    contentTypes: 'ປະເພດເນື້ອຫາ',
    frequency: 'ຄວາມຖີ່',
    consent: 'ການເຫັນດີໃຫ້ປະມວນຜົນຂໍ້ມູນສ່ວນບຸກຄົນ',
  },
  topicsHint: 'ບໍ່ເລືອກ ເພື່ອຮັບທຸກຫົວຂໍ້.',
  contentTypesHint: 'ບໍ່ເລືອກ ເພື່ອຮັບທຸກປະເພດ.',
  noTopics: 'ຍັງບໍ່ມີຫົວຂໍ້: ທ່ານຈະໄດ້ຮັບຂ່າວທຸກຫົວຂໍ້.',
  contentTypes: {
    'press-releases': 'ຖະແຫຼງການຂ່າວ',
    publications: 'ສິ່ງພິມ',
    'training-materials': 'ເອກະສານຝຶກອົບຮົມ',
    'partner-media': 'ຜະລິດຕະພັນສື່ຮ່ວມມື',
    briefings: 'ເອກະສານຊີ້ແຈງ',
  },
  frequencies: { immediately: 'ທັນທີທີ່ເຜີຍແຜ່', daily: 'ສະຫຼຸບປະຈຳວັນ', weekly: 'ສະຫຼຸບປະຈຳອາທິດ' },
  consentText:
    'ຂ້າພະເຈົ້າເຫັນດີໃຫ້ອົງການຂໍ້ມູນຂ່າວສານຕ່າງປະເທດ ແຂວງກວາງຈິ ປະມວນຜົນທີ່ຢູ່ອີເມວ, ຊື່, ສຳນັກຂ່າວ, ປະເທດ ແລະ ທາງເລືອກຂ້າງເທິງ ເພື່ອສົ່ງຖະແຫຼງການຂ່າວ ແລະ ເອກະສານທີ່ຂ້າພະເຈົ້າໄດ້ເລືອກ, ຕາມດຳລັດເລກທີ 13/2023/NĐ-CP ວ່າດ້ວຍການປົກປ້ອງຂໍ້ມູນສ່ວນບຸກຄົນ. ຂໍ້ມູນຈະບໍ່ຖືກແບ່ງປັນໃຫ້ພາກສ່ວນທີສາມ. ຂ້າພະເຈົ້າມີສິດຖອນການເຫັນດີໄດ້ທຸກເວລາ ຜ່ານລິ້ງຍົກເລີກການຮັບຂ່າວໃນທຸກອີເມວ ຫຼື ໃນໜ້າການຕັ້ງຄ່າ; ການຖອນບໍ່ມີຜົນຕໍ່ການປະມວນຜົນທີ່ໄດ້ເຮັດກ່ອນໜ້ານັ້ນ.',
  consentCheckbox: 'ຂ້າພະເຈົ້າໄດ້ອ່ານ ແລະ ເຫັນດີກັບຂໍ້ຄວາມຂ້າງເທິງ',
  honeypot: 'ປ່ອຍຊ່ອງນີ້ໃຫ້ຫວ່າງ',
  submit: 'ລົງທະບຽນ',
  errorSummary: 'ກະລຸນາແກ້ໄຂຂໍ້ຜິດພາດຕໍ່ໄປນີ້',
  errors: {
    email: 'ກະລຸນາໃສ່ທີ່ຢູ່ອີເມວທີ່ຖືກຕ້ອງ, ເຊັ່ນ name@outlet.com.',
    consent: 'ກະລຸນາໝາຍໃສ່ຊ່ອງເຫັນດີ ເພື່ອລົງທະບຽນ.',
    language: 'ກະລຸນາເລືອກພາສາຂອງອີເມວ: ຫວຽດນາມ, ອັງກິດ ຫຼື ລາວ.',
    frequency: 'ກະລຸນາເລືອກຄວາມຖີ່ຂອງການຮັບຂ່າວ.',
    topics: 'ມີຫົວຂໍ້ທີ່ເລືອກບໍ່ມີຢູ່ໃນລະບົບ; ກະລຸນາເລືອກໃໝ່.',
    contentTypes: 'ມີປະເພດເນື້ອຫາທີ່ເລືອກບໍ່ຖືກຕ້ອງ.',
    consentTextVersion: 'ຂໍ້ຄວາມການເຫັນດີໄດ້ຖືກປັບປຸງ; ກະລຸນາອ່ານໃໝ່ ແລະ ສົ່ງອີກຄັ້ງ.',
    token: 'ລິ້ງບໍ່ຖືກຕ້ອງ.',
    body: 'ຂໍ້ມູນທີ່ສົ່ງມາບໍ່ຖືກຕ້ອງ.',
    tooLong: (field, max) => `${field} ຍາວເກີນ ${max} ຕົວອັກສອນ.`,
  },
  checkInboxTitle: 'ກະລຸນາກວດເບິ່ງກ່ອງອີເມວຂອງທ່ານ',
  checkInbox: (hours) =>
    `ຖ້າທີ່ຢູ່ນີ້ສາມາດຮັບອີເມວຈາກພວກເຮົາໄດ້, ພວກເຮົາຫາກໍ່ສົ່ງອີເມວໄປແລ້ວ. ກະລຸນາກົດລິ້ງໃນອີເມວ ເພື່ອຢືນຢັນການລົງທະບຽນ; ລິ້ງມີອາຍຸ ${hours} ຊົ່ວໂມງ. ຖ້າບໍ່ໄດ້ຮັບ, ກະລຸນາກວດເບິ່ງໃນໂຟນເດີອີເມວຂີ້ເຫຍື້ອ ຫຼື ລອງໃໝ່ພາຍຫຼັງ.`,
  confirmedTitle: 'ການລົງທະບຽນໄດ້ຮັບການຢືນຢັນແລ້ວ',
  confirmed: 'ຂອບໃຈ. ນັບແຕ່ນີ້ໄປ ທ່ານຈະໄດ້ຮັບຂ່າວຕາມທີ່ທ່ານໄດ້ເລືອກ.',
  preferencesLink: 'ປ່ຽນການຕັ້ງຄ່າການຮັບຂ່າວ',
  expiredTitle: 'ລິ້ງນີ້ໝົດອາຍຸແລ້ວ',
  expired: (hours) => `ລິ້ງຢືນຢັນມີອາຍຸພຽງ ${hours} ຊົ່ວໂມງ. ກະລຸນາລົງທະບຽນໃໝ່ ເພື່ອຮັບລິ້ງໃໝ່.`,
  invalidTitle: 'ລິ້ງນີ້ບໍ່ຖືກຕ້ອງ',
  invalid: 'ລິ້ງບໍ່ຖືກຕ້ອງ ຫຼື ຖືກຕັດອອກບາງສ່ວນ. ກະລຸນາເປີດລິ້ງເຕັມຈາກອີເມວອີກຄັ້ງ ຫຼື ລົງທະບຽນໃໝ່.',
  revokedTitle: 'ລິ້ງນີ້ໃຊ້ບໍ່ໄດ້ອີກແລ້ວ',
  revoked: 'ລິ້ງນີ້ບໍ່ສາມາດໃຊ້ໄດ້ອີກ. ກະລຸນາໃຊ້ລິ້ງໃນອີເມວສະບັບຫຼ້າສຸດຂອງພວກເຮົາ ຫຼື ລົງທະບຽນໃໝ່.',
  signUpAgain: 'ລົງທະບຽນໃໝ່',
  preferencesTitle: 'ການຕັ້ງຄ່າການຮັບຂ່າວ',
  preferencesIntro: (email) => `ທີ່ຢູ່: ${email}. ປ່ຽນທາງເລືອກຂ້າງລຸ່ມນີ້ ແລ້ວກົດ “ບັນທຶກການປ່ຽນແປງ”.`,
  save: 'ບັນທຶກການປ່ຽນແປງ',
  saved: 'ບັນທຶກການປ່ຽນແປງແລ້ວ.',
  unsubscribedNotice: 'ທ່ານໄດ້ຍົກເລີກການຮັບຂ່າວແລ້ວ. ຖ້າຕ້ອງການຮັບຂ່າວອີກ, ກະລຸນາລົງທະບຽນໃໝ່.',
  unsubscribeHeading: 'ຍົກເລີກການຮັບຂ່າວ',
  unsubscribeText: 'ທ່ານຈະບໍ່ໄດ້ຮັບອີເມວຈາກພວກເຮົາອີກ.',
  unsubscribeButton: 'ຍົກເລີກການຮັບຂ່າວ',
  unsubscribeConfirmTitle: 'ຍົກເລີກການຮັບຂ່າວທາງອີເມວບໍ?',
  unsubscribeConfirm: (email) => `ກົດປຸ່ມຂ້າງລຸ່ມນີ້ ເພື່ອຢຸດຮັບອີເມວທັງໝົດຈາກພວກເຮົາທີ່ ${email}.`,
  unsubscribeConfirmButton: 'ຢືນຢັນການຍົກເລີກ',
  preferencesInstead: 'ຫຼື ປ່ຽນການຕັ້ງຄ່າການຮັບຂ່າວແທນ',
  unsubscribedTitle: 'ທ່ານໄດ້ຍົກເລີກການຮັບຂ່າວແລ້ວ',
  unsubscribed: (email) => `${email} ຈະບໍ່ໄດ້ຮັບອີເມວຈາກພວກເຮົາອີກ. ຖ້າທ່ານປ່ຽນໃຈ, ທ່ານສາມາດລົງທະບຽນໃໝ່ໄດ້ທຸກເວລາ.`,
  oneClickDone: 'ໄດ້ຍົກເລີກການຮັບຂ່າວທາງອີເມວແລ້ວ.',
  tooManyTitle: 'ມີຄຳຮ້ອງຂໍຫຼາຍເກີນໄປ',
  tooMany: (minutes) => `ມີຄຳຮ້ອງຂໍລົງທະບຽນຫຼາຍເກີນໄປຈາກທີ່ຢູ່ເຄືອຂ່າຍຂອງທ່ານ. ກະລຸນາລອງໃໝ່ໃນອີກ ${minutes} ນາທີ.`,
}

/** The sign-up pages' namespace of the catalogue (src/i18n). */
export const signUpText = defineCatalogue(locales, { vi, en, lo })
