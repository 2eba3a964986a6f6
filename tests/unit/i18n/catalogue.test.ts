import { emailText } from '../../../src/email/render/strings'
import { defineCatalogue, type MessagesOf } from '../../../src/i18n'
import { signUpText } from '../../../src/subscribers/public/strings'
import { stateLabels } from '../../../src/workflow/states'

const vi = { title: 'Nhận tin', hours: (n: number) => `${n} giờ`, kinds: { daily: 'Hằng ngày', weekly: 'Hằng tuần' } }
const en: MessagesOf<typeof vi> = { title: 'Email releases', hours: (n) => `${n} ${n === 1 ? 'hour' : 'hours'}`, kinds: { daily: 'Daily', weekly: 'Weekly' } }
const lo: MessagesOf<typeof vi> = { title: 'ຮັບຂ່າວ', hours: (n) => `${n} ຊົ່ວໂມງ`, kinds: { daily: 'ປະຈຳວັນ', weekly: 'ປະຈຳອາທິດ' } }
const sample = defineCatalogue(['vi', 'en', 'lo'], { vi, en, lo })

test('a reader gets the messages of their language, with arguments interpolated per language', () => {
  expect(sample.in('en').title).toBe('Email releases')
  expect(sample.in('en').hours(1)).toBe('1 hour')
  expect(sample.in('lo').hours(48)).toBe('48 ຊົ່ວໂມງ')
  expect(sample.in('vi').kinds.weekly).toBe('Hằng tuần')
})

test('an unknown or missing language falls back to the first language of the catalogue', () => {
  expect(sample.in('fr').title).toBe('Nhận tin')
  expect(sample.in(undefined).hours(2)).toBe('2 giờ')
})

test('labels give one message in every language, as Payload takes a label', () => {
  expect(sample.label((m) => m.title)).toEqual({ vi: 'Nhận tin', en: 'Email releases', lo: 'ຮັບຂ່າວ' })
  expect(sample.labels()).toEqual({ title: { vi: 'Nhận tin', en: 'Email releases', lo: 'ຮັບຂ່າວ' } })
  expect(sample.labelsOf((m) => m.kinds)).toEqual({ daily: { vi: 'Hằng ngày', en: 'Daily', lo: 'ປະຈຳວັນ' }, weekly: { vi: 'Hằng tuần', en: 'Weekly', lo: 'ປະຈຳອາທິດ' } })
})

test('the namespaces in use: email, sign-up pages and admin labels come from the same mechanism', () => {
  expect(emailText.languages).toEqual(['vi', 'en', 'lo'])
  expect(emailText.in('en').footer.unsubscribe).toBe('Unsubscribe')
  expect(signUpText.in('lo').submit).toBe('ລົງທະບຽນ')
  expect(stateLabels.inReview).toEqual({ vi: 'Chờ duyệt', en: 'In review' })
})
