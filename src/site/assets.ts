import { createHash } from 'node:crypto'
import fs from 'node:fs'

import { Router } from 'express'

import type { Locale } from '../domain'
import { fontFamilyOf, fontFileName, fontFilePath, fontRanges, type FontSubset, type FontWeight } from '../lib/fonts'
import { siteStyles } from './styles'

/**
 * The website's style sheet and fonts, served by us (no other host is ever asked): Noto Sans for
 * Latin and Vietnamese (the `latin`, `latin-ext` and `vietnamese` subsets of @fontsource/noto-sans)
 * and Noto Sans Lao (its `lao` subset), regular and bold, WOFF2 only. Each face declares its
 * `unicode-range`, so a browser fetches only the subsets a page's text uses; the page preloads the
 * one its language needs first. Content-addressed names: cached for a year, immutable.
 */

type Face = { family: string; file: string; range: string; weight: FontWeight }

const faces: Face[] = ([400, 700] as const).flatMap((weight) =>
  // Where ranges overlap (Đ, Ơ, Ư are in both vietnamese and latin-ext), a browser tries the face
  // declared last first: vietnamese after latin-ext, so Vietnamese text never needs latin-ext (55 KB).
  (['latin-ext', 'vietnamese', 'latin', 'lao'] as const).map((subset) => ({
    family: fontFamilyOf(subset),
    file: fontFileName(subset, weight, 'woff2'),
    range: fontRanges[subset],
    weight,
  })),
)

const fontFiles = new Map(
  ([400, 700] as const).flatMap((weight) => (Object.keys(fontRanges) as FontSubset[]).map((subset) => [fontFileName(subset, weight, 'woff2'), fontFilePath(subset, weight, 'woff2')] as const)),
)

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
