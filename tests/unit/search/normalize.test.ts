import { fold, normalizeText, queryTerms } from '../../../src/search/normalize'

/**
 * The normalization every search engine indexes and queries with (src/search/normalize.ts): the
 * engines only ever compare these strings, so what matches what is decided here.
 */

describe('Vietnamese: case and diacritics are ignored both ways', () => {
  it.each([
    ['Quảng Trị', 'quang tri'],
    ['QUẢNG TRỊ', 'quang tri'],
    ['Quang Tri', 'quang tri'],
    ['quang tri', 'quang tri'],
    // Decomposed input (NFD, as some keyboards and PDFs give it) folds the same as composed.
    ['Qua\u0309ng Tri\u0323', 'quang tri'],
  ])('"%s" becomes "%s"', (input, expected) => {
    expect(normalizeText('vi', input)).toBe(expected)
  })

  it('turns đ and Đ into d', () => {
    expect(normalizeText('vi', 'Đông Hà đón đoàn')).toBe('dong ha don doan')
    expect(fold('Đ')).toBe('d')
  })

  it('keeps one space between words and drops punctuation', () => {
    expect(normalizeText('vi', '  Cầu Hiền Lương – Bến Hải, (Vĩnh Linh)! ')).toBe('cau hien luong ben hai vinh linh')
  })

  it('folds the old and the new tone placement alike (hoà / hòa)', () => {
    expect(normalizeText('vi', 'Hoà bình')).toBe(normalizeText('vi', 'Hòa bình'))
  })

  it('keeps digits', () => {
    expect(normalizeText('vi', 'Thông cáo số 12/2026')).toBe('thong cao so 12 2026')
  })

  it('gives the query the same words as the text, in order', () => {
    expect(queryTerms('vi', 'QUẢNG TRỊ')).toEqual({ kind: 'words', terms: ['quang', 'tri'] })
    expect(queryTerms('vi', 'đông hà')).toEqual({ kind: 'words', terms: ['dong', 'ha'] })
  })
})

describe('English: word forms meet at their stem', () => {
  it('reduces invest, investing, invested and investment to one stem', () => {
    const stems = ['invest', 'Investing', 'invested', 'INVESTMENT'].map((w) => normalizeText('en', w))
    expect(stems).toEqual(['invest', 'invest', 'invest', 'invest'])
  })

  it('stems plurals and drops the possessive', () => {
    expect(normalizeText('en', "The province's festivals")).toBe('the provinc festiv')
    expect(normalizeText('en', 'the province’s festival')).toBe('the provinc festiv')
  })

  it('folds Vietnamese names inside English text', () => {
    expect(normalizeText('en', 'Quảng Trị welcomes investors')).toBe('quang tri welcom investor')
  })

  it('leaves numbers alone', () => {
    expect(normalizeText('en', 'In 2026, 12 projects')).toBe('in 2026 12 project')
  })
})

describe('Lao: one run of characters, found by any substring', () => {
  it('drops spaces, zero-width spaces and punctuation, keeping vowel signs and tone marks', () => {
    expect(normalizeText('lo', 'ແຂວງ ກວາງຈິ\u200Bສປປ ລາວ.')).toBe('ແຂວງກວາງຈິສປປລາວ')
  })

  it('unifies the two spellings of ຳ and of ໜ', () => {
    expect(normalizeText('lo', 'ນ\u0ECD\u0EB2')).toBe(normalizeText('lo', 'ນ\u0EB3'))
    expect(normalizeText('lo', '\u0EDC\u0EC9\u0EB2')).toBe(normalizeText('lo', '\u0EAB\u0E99\u0EC9\u0EB2'))
  })

  it('makes each space-separated part of a query a substring to find', () => {
    expect(queryTerms('lo', 'ກວາງຈິ  ລາວ')).toEqual({ kind: 'substrings', terms: ['ກວາງຈິ', 'ລາວ'] })
    expect(queryTerms('lo', 'ເທດສະການ')).toEqual({ kind: 'substrings', terms: ['ເທດສະການ'] })
  })

  it('folds Latin words in Lao text like the other languages', () => {
    expect(normalizeText('lo', 'ASEAN Quảng Trị')).toBe('aseanquangtri')
  })
})

describe('queries with nothing searchable', () => {
  it.each(['vi', 'en', 'lo'] as const)('give no terms in %s', (language) => {
    expect(queryTerms(language, ' ,.!? ').terms).toEqual([])
  })
})
