import { itemPath, itemUrl, listPath, slugIn, withQuery } from '../../../src/site/urls'
import { sitePath } from '../../../src/site/media'

describe('the website’s addresses', () => {
  test('an item’s slug in a language: its own, else Vietnamese’s, else any', () => {
    expect(slugIn({ vi: 'thong-cao', en: 'release' }, 'en')).toBe('release')
    expect(slugIn({ vi: 'thong-cao', en: null }, 'lo')).toBe('thong-cao')
    expect(slugIn({ lo: 'ຖະແຫຼງການ' }, 'en')).toBe('ຖະແຫຼງການ')
    expect(slugIn('one-for-all', 'lo')).toBe('one-for-all')
    expect(slugIn({}, 'vi')).toBeUndefined()
    expect(slugIn('  ', 'vi')).toBeUndefined()
  })

  test('item addresses are absolute, per language, with the slug encoded', () => {
    expect(itemUrl('https://news.example.gov.vn/', 'press-releases', { slug: { vi: 'thong-cao', en: 'release' } }, 'en')).toBe(
      'https://news.example.gov.vn/en/press-releases/release',
    )
    expect(itemPath('lo', 'publications', 'ສິ່ງພິມ')).toBe('/lo/publications/%E0%BA%AA%E0%BA%B4%E0%BB%88%E0%BA%87%E0%BA%9E%E0%BA%B4%E0%BA%A1')
    // No slug at all: the list of its type, never a broken address.
    expect(itemUrl('https://news.example.gov.vn', 'partner-media', {}, 'vi')).toBe('https://news.example.gov.vn/vi/partner-media')
  })

  test('query strings leave out empty values', () => {
    expect(listPath('vi', 'publications', { topic: 'bien-dao', year: 2026, page: undefined, partner: '' })).toBe('/vi/publications?topic=bien-dao&year=2026')
    expect(withQuery('/vi/search', { q: 'quảng trị' })).toBe('/vi/search?q=qu%E1%BA%A3ng+tr%E1%BB%8B')
  })

  test('media addresses become site paths; others are left alone', () => {
    expect(sitePath('http://localhost:3000/api/media/file/anh-1600x900.jpg')).toBe('/api/media/file/anh-1600x900.jpg')
    expect(sitePath('https://example.org/picture.jpg')).toBe('https://example.org/picture.jpg')
  })
})
