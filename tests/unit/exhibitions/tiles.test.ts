import { deepestLevel, tilesAtLevel, TILES_KEY } from '../../../src/exhibitions/tiles'
import { exhibitionText } from '../../../src/site/exhibitions/strings'
import { SITE_CSP } from '../../../src/site/router'
import { zoomPageCsp } from '../../../src/site/exhibitions/zoomAssets'

describe('Deep Zoom levels', () => {
  test('the deepest level is the picture at full size: ceil(log2 of its longer side)', () => {
    expect(deepestLevel(6000, 4000)).toBe(13)
    expect(deepestLevel(4096, 10)).toBe(12)
    expect(deepestLevel(4097, 10)).toBe(13)
    expect(deepestLevel(1, 1)).toBe(0)
  })

  test('tiles per level: the level’s size in tiles, halving per level up', () => {
    expect(tilesAtLevel(6000, 4000, 13)).toEqual({ columns: 12, rows: 8, width: 6000, height: 4000 })
    expect(tilesAtLevel(6000, 4000, 12)).toEqual({ columns: 6, rows: 4, width: 3000, height: 2000 })
    expect(tilesAtLevel(6000, 4000, 11)).toEqual({ columns: 3, rows: 2, width: 1500, height: 1000 })
    expect(tilesAtLevel(6000, 4000, 0)).toEqual({ columns: 1, rows: 1, width: 1, height: 1 })
  })

  test('a tiles folder is named by a media id and 16 hex digits; nothing else passes', () => {
    expect(TILES_KEY.test('12-0123456789abcdef')).toBe(true)
    expect(TILES_KEY.test('64f1c2-0123456789abcdef')).toBe(true)
    for (const bad of ['12-0123456789ABCDEF', '12-0123', '../12-0123456789abcdef', '12-0123456789abcdef/..', '.work-12-0123456789abcdef-x']) {
      expect(TILES_KEY.test(bad)).toBe(false)
    }
  })
})

describe('the exhibit page', () => {
  test('its policy adds scripts and requests to this origin only, and nothing from elsewhere', () => {
    const csp = zoomPageCsp(SITE_CSP)
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toMatch(/unsafe|https?:|\*/)
  })

  test('every Lao label is written in Lao script', () => {
    const lo = exhibitionText.in('lo')
    const texts = [...Object.values(lo).map((v) => (typeof v === 'function' ? v(2, 3) : typeof v === 'string' ? v : Object.values(v).join(' ')))]
    expect(texts.filter((t) => !/[\u0E80-\u0EFF]/u.test(t))).toEqual([])
  })
})
