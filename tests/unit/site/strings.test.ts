import { siteText } from '../../../src/site/strings'

/** Every leaf text of a dictionary, messages with arguments called with sample ones. */
function texts(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[`${prefix}${key}`, value]]
    // A message with arguments: numbers or names; a sample of each kind makes the text.
    if (typeof value === 'function') return [[`${prefix}${key}`, (value as (...args: unknown[]) => string)('2', '3')]]
    return texts(value as object, `${prefix}${key}.`)
  })
}

describe('the website’s texts', () => {
  test('every Lao text is written in Lao script', () => {
    const notLao = texts(siteText.in('lo')).filter(([, text]) => !/[\u0E80-\u0EFF]/u.test(text))
    expect(notLao).toEqual([])
  })

  test('Vietnamese texts carry their diacritics, and none is left in English', () => {
    const vi = new Map(texts(siteText.in('vi')))
    const sameAsEnglish = texts(siteText.in('en')).filter(([key, text]) => vi.get(key) === text && !['email'].includes(key))
    expect(sameAsEnglish).toEqual([])
    expect([...vi.values()].filter((t) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(t)).length).toBeGreaterThan(vi.size * 0.8)
  })
})
