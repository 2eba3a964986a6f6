/**
 * The fonts the platform ships (no other host is ever asked for one): Noto Sans for Latin and
 * Vietnamese, as the `latin`, `latin-ext` and `vietnamese` subsets of @fontsource/noto-sans, and
 * Noto Sans Lao (its `lao` subset), regular and bold. The website serves them as WOFF2 with each
 * face's `unicode-range` (src/site/assets.ts); the press report's PDF embeds the WOFF files and
 * picks the subset per character by the same ranges (src/monitoring/report/pdf.ts).
 */
import path from 'node:path'

import { projectRoot } from '../config/paths'

export const fontRanges = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  lao: 'U+0E81-0EDF,U+200C-200D,U+25CC',
} as const

export type FontSubset = keyof typeof fontRanges
export type FontWeight = 400 | 700

const packages: Record<FontSubset, { pkg: string; prefix: string }> = {
  latin: { pkg: '@fontsource/noto-sans', prefix: 'noto-sans-latin' },
  'latin-ext': { pkg: '@fontsource/noto-sans', prefix: 'noto-sans-latin-ext' },
  vietnamese: { pkg: '@fontsource/noto-sans', prefix: 'noto-sans-vietnamese' },
  lao: { pkg: '@fontsource/noto-sans-lao', prefix: 'noto-sans-lao-lao' },
}

export const fontFamilyOf = (subset: FontSubset): string => (subset === 'lao' ? 'Noto Sans Lao' : 'Noto Sans')

/** A face's file name, e.g. `noto-sans-vietnamese-700-normal.woff2`. */
export const fontFileName = (subset: FontSubset, weight: FontWeight, format: 'woff' | 'woff2'): string => `${packages[subset].prefix}-${weight}-normal.${format}`

/** Where a face's file is on disk. */
export const fontFilePath = (subset: FontSubset, weight: FontWeight, format: 'woff' | 'woff2'): string =>
  path.join(projectRoot, 'node_modules', packages[subset].pkg, 'files', fontFileName(subset, weight, format))

const parsed = Object.fromEntries(
  Object.entries(fontRanges).map(([subset, range]) => [
    subset,
    range.split(',').map((part) => {
      const [lo, hi = lo] = part.replace('U+', '').split('-')
      return [parseInt(lo, 16), parseInt(hi, 16)] as const
    }),
  ]),
) as Record<FontSubset, (readonly [number, number])[]>

/** Whether a subset's range holds a code point. */
export const subsetHas = (subset: FontSubset, codePoint: number): boolean => parsed[subset].some(([lo, hi]) => codePoint >= lo && codePoint <= hi)
