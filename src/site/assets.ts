import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { Router } from 'express'

import { projectRoot } from '../config/paths'
import type { Locale } from '../domain'
import { siteStyles } from './styles'

/**
 * The website's style sheet and fonts, served by us (no other host is ever asked): Noto Sans for
 * Latin and Vietnamese (the `latin`, `latin-ext` and `vietnamese` subsets of @fontsource/noto-sans)
 * and Noto Sans Lao (its `lao` subset), regular and bold, WOFF2 only. Each face declares its
 * `unicode-range`, so a browser fetches only the subsets a page's text uses; the page preloads the
 * one its language needs first. Content-addressed names: cached for a year, immutable.
 */

type Face = { family: string; pkg: string; file: string; range: string }

const RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  lao: 'U+0E81-0EDF,U+200C-200D,U+25CC',
}

const faces: (Face & { weight: 400 | 700 })[] = ([400, 700] as const).flatMap((weight) => [
  // Where ranges overlap (Đ, Ơ, Ư are in both vietnamese and latin-ext), a browser tries the face
  // declared last first: vietnamese after latin-ext, so Vietnamese text never needs latin-ext (55 KB).
  ...(['latin-ext', 'vietnamese', 'latin'] as const).map((subset) => ({
    family: 'Noto Sans',
    pkg: '@fontsource/noto-sans',
    file: `noto-sans-${subset}-${weight}-normal.woff2`,
    range: RANGES[subset],
    weight,
  })),
  { family: 'Noto Sans Lao', pkg: '@fontsource/noto-sans-lao', file: `noto-sans-lao-lao-${weight}-normal.woff2`, range: RANGES.lao, weight },
])

const fontFiles = new Map(faces.map((f) => [f.file, path.join(projectRoot, 'node_modules', f.pkg, 'files', f.file)]))

export const ASSET_PREFIX = '/_site'
const fontUrl = (file: string) => `${ASSET_PREFIX}/fonts/${file}`

/** The @font-face rules of every face (other pages served by us, such as the border-gate displays, use them too). */
export const fontFaces = faces
  .map((f) => `@font-face{font-family:'${f.family}';font-style:normal;font-display:swap;font-weight:${f.weight};src:url(${fontUrl(f.file)}) format('woff2');unicode-range:${f.range}}`)
  .join('')

const css = `${fontFaces}${siteStyles}`
const cssHash = createHash('sha256').update(css).digest('hex').slice(0, 12)

/** The style sheet's address (changes with its content). */
export const styleSheetPath = `${ASSET_PREFIX}/site.${cssHash}.css`

/**
 * The fonts every page in `lang` uses, regular first: Lao for Lao pages, Latin for the others,
 * Vietnamese's own subset for Vietnamese pages, each with its bold (headings). Preloaded, they
 * arrive with the style sheet instead of after the first layout, so text is not laid out again in
 * another font once shown (Lighthouse measured a layout shift of 0.26 on the Vietnamese home page
 * with only the regular Latin face preloaded).
 */
export const preloadFonts = (lang: Locale): string[] => {
  const subsets = lang === 'lo' ? ['noto-sans-lao-lao'] : lang === 'vi' ? ['noto-sans-latin', 'noto-sans-vietnamese'] : ['noto-sans-latin']
  return [400, 700].flatMap((weight) => subsets.map((subset) => fontUrl(`${subset}-${weight}-normal.woff2`)))
}

const IMMUTABLE = 'public, max-age=31536000, immutable'

export function siteAssets(): Router {
  const router = Router()
  router.get(styleSheetPath, (_req, res) => {
    res.set({ 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': IMMUTABLE, 'X-Content-Type-Options': 'nosniff' }).send(css)
  })
  router.get(`${ASSET_PREFIX}/fonts/:file`, (req, res, next) => {
    const file = fontFiles.get(req.params.file)
    if (!file) return next()
    res.set({ 'Cache-Control': IMMUTABLE, 'Content-Type': 'font/woff2', 'X-Content-Type-Options': 'nosniff' })
    fs.createReadStream(file).on('error', next).pipe(res)
  })
  return router
}
