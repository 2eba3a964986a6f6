import { defaultKeywordRules, type KeywordRule } from '../../../src/domain'
import { canonicalUrl, storyKey } from '../../../src/monitoring/canonical'
import { matchableText, matchRules } from '../../../src/monitoring/match'
import { plainText } from '../../../src/monitoring/parse'

/** Which entries the poller keeps (src/monitoring/match.ts) and how it recognises one article twice (canonical.ts). */

const rules: KeywordRule[] = [
  { keyword: 'Quảng Trị', language: 'vi' },
  { keyword: 'Lao Bao', language: 'en' },
  { keyword: 'ກວາງຕີ', language: 'lo' },
]
const keywords = (...texts: string[]) => matchRules(rules, matchableText(...texts)).map((m) => m.keyword)

describe('Vietnamese rules match without diacritics and case, on whole words', () => {
  it.each([
    ['Tin tức QUẢNG TRỊ hôm nay'],
    ['Du lịch quang tri mùa hè'],
    ['Quảng Trị: the province'],
    ['Đến (Quảng-Trị) hôm nay'],
  ])('"%s" mentions Quảng Trị', (text) => {
    expect(keywords(text)).toEqual(['Quảng Trị'])
  })

  it.each([['Ông Quang Trinh phát biểu'], ['Quangtri'], ['Quảng Trạch']])('"%s" does not', (text) => {
    expect(keywords(text)).toEqual([])
  })
})

describe('English rules match case-insensitively on whole words', () => {
  it('finds "LAO BAO" and "Lao Bảo" but not "Laobao" or "Lao Baos"', () => {
    expect(keywords('Trade through the LAO BAO border gate')).toEqual(['Lao Bao'])
    expect(keywords('Crossing at Lao Bảo')).toEqual(['Lao Bao'])
    expect(keywords('Laobao market')).toEqual([])
    expect(keywords('Lao Baos')).toEqual([])
  })
})

describe('Lao rules match as a substring (Lao has no spaces between words)', () => {
  it('finds ກວາງຕີ inside a run of Lao text, and across a zero-width space', () => {
    expect(keywords('ແຂວງກວາງຕີຂອງຫວຽດນາມ')).toEqual(['ກວາງຕີ'])
    expect(keywords('ແຂວງ ກວາງ\u200bຕີ')).toEqual(['ກວາງຕີ'])
    expect(keywords('ແຂວງສະຫວັນນະເຂດ')).toEqual([])
  })
})

describe('every rule is tried on every entry, whatever its language', () => {
  it('an English text naming Quảng Trị in Vietnamese and a Lao text quoting it match the Vietnamese rule', () => {
    expect(keywords('Investors visit Quảng Trị province')).toEqual(['Quảng Trị'])
    expect(keywords('ຄະນະຜູ້ແທນ Quảng Trị')).toEqual(['Quảng Trị'])
  })

  it('reports each rule once, in the order of the rules, from title, excerpt and article together', () => {
    expect(keywords('ກວາງຕີ', 'quảng trị and Quang Tri', 'lao bao')).toEqual(['Quảng Trị', 'Lao Bao', 'ກວາງຕີ'])
  })
})

describe('the default rules', () => {
  it('find the province in all three languages and the border gate in Vietnamese without diacritics', () => {
    const found = (text: string) => matchRules(defaultKeywordRules, matchableText(text)).map((m) => `${m.language}:${m.keyword}`)
    expect(found('Cửa khẩu la lay đón khách')).toEqual(['vi:La Lay', 'en:La Lay'])
    expect(found('ແຂວງກວາງຕີ')).toEqual(['lo:ແຂວງກວາງຕີ', 'lo:ກວາງຕີ'])
    expect(found('Dong Ha city')).toEqual(['vi:Đông Hà', 'en:Dong Ha'])
  })
})

describe('canonical URLs', () => {
  it.each([
    ['HTTPS://Example.COM:443/News/Item/?utm_source=x&id=5&fbclid=abc#top', 'https://example.com/News/Item?id=5'],
    ['http://example.com:80/a/', 'http://example.com/a'],
    ['http://example.com/?gclid=1&utm_medium=rss', 'http://example.com/'],
    ['http://example.com:8080/a?b=1', 'http://example.com:8080/a?b=1'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected)
  })

  it('resolves a relative link against the feed and refuses what is not http(s)', () => {
    expect(canonicalUrl('/tin/1', 'https://bao.vn/rss')).toBe('https://bao.vn/tin/1')
    expect(canonicalUrl('javascript:alert(1)')).toBeNull()
    expect(canonicalUrl('not a url')).toBeNull()
  })
})

describe('story keys', () => {
  it('are the same for one title printed with other case, diacritics and punctuation', () => {
    expect(storyKey('Quảng Trị đón 1 triệu khách du lịch!')).toBe(storyKey('QUANG TRI DON 1 TRIEU KHACH DU LICH'))
    expect(storyKey('Quảng Trị đón 1 triệu khách du lịch')).not.toBe(storyKey('Quảng Trị đón 2 triệu khách du lịch'))
  })

  it('are none for a title too short to tell stories apart', () => {
    expect(storyKey('Tin vắn')).toBeNull()
  })
})

describe('excerpts are plain text', () => {
  it('drops tags and scripts, decodes entities and cuts long text', () => {
    expect(plainText('<p>Quảng&nbsp;Trị <b>&amp;</b> Lào</p><script>alert(1)</script>', 100)).toBe('Quảng Trị & Lào')
    expect(plainText('a'.repeat(50), 10)).toBe('aaaaaaaaa…')
  })
})
