import { escapeHtml } from '../lib/html'
import { isOpenAt, nextOpeningAfter, noticeActiveAt } from './schedule'
import type { Playlist, SlideLine } from './playlist'

/** The display page's own asset addresses (content-addressed, so cached for good). */
export type DisplayAssets = { script: string; styleSheet: string; fonts: string[] }

const e = escapeHtml

const lineHtml = (l: SlideLine) =>
  `<div class="line" lang="${l.lang}">${l.title ? `<h2 class="line-title">${e(l.title)}</h2>` : ''}${l.text ? `<p class="line-text">${e(l.text)}</p>` : ''}</div>`

/** What the screen shows at `now`: the notice while active, the closed slide outside the hours, else the slides. */
export function modeAt(playlist: Playlist, now: Date): 'notice' | 'closed' | 'slides' {
  if (playlist.notice && noticeActiveAt(playlist.notice, now)) return 'notice'
  return isOpenAt(playlist.hours.windows, now) ? 'slides' : 'closed'
}

function stageHtml(playlist: Playlist, now: Date): string {
  const mode = modeAt(playlist, now)
  if (mode === 'notice' && playlist.notice) {
    const lines = playlist.notice.lines.map((l) => {
      const heading = playlist.strings.find((s) => s.lang === l.lang)?.notice
      return lineHtml({ lang: l.lang, title: heading, text: l.text })
    })
    return `<section class="notice is-active" role="alert">${lines.join('')}</section>`
  }
  if (mode === 'closed') {
    const next = nextOpeningAfter(playlist.hours.windows, now)
    const opensAt = next && playlist.hours.windows?.find((w) => Date.parse(w.from) === next.getTime())?.opensAt
    const lines = playlist.strings.map((s) => lineHtml({ lang: s.lang, title: s.closed, ...(opensAt ? { text: `${s.opensAt} ${opensAt}` } : {}) }))
    return `<section class="closed is-active">${lines.join('')}</section>`
  }
  return playlist.slides
    .map(
      (s, i) =>
        `<section class="slide${i === 0 ? ' is-active' : ''}" data-key="${e(s.key)}">` +
        (s.image ? `<div class="slide-media"><img src="${e(s.image.src)}" alt="${e(s.image.alt ?? '')}"></div>` : '') +
        `<div class="slide-lines">${s.lines.map(lineHtml).join('')}</div></section>`,
    )
    .join('')
}

/**
 * The display page, server-rendered: what the screen shows now (the first slide, the notice or the
 * closed slide) is readable without script; the script (src/displays/browser/display.js) then
 * cycles, polls and works offline from the same playlist.
 */
export function displayPageHtml(playlist: Playlist, now: Date, assets: DisplayAssets): string {
  const lang = playlist.point.languages[0]
  const title = playlist.point.name.map((n) => n.title).join(' · ')
  const mode = modeAt(playlist, now)
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${e(title)}</title>` +
    assets.fonts.map((f) => `<link rel="preload" href="${f}" as="font" type="font/woff2" crossorigin>`).join('') +
    `<link rel="stylesheet" href="${assets.styleSheet}"><script src="${assets.script}" defer></script></head>` +
    `<body data-slug="${e(playlist.point.slug)}" data-version="${e(playlist.version)}" data-mode="${mode}" data-interval="${playlist.point.intervalSeconds}">` +
    `<main id="stage" class="stage">${stageHtml(playlist, now)}</main>` +
    `<footer class="bar"><div class="bar-name">${playlist.point.name.map((n) => `<span lang="${n.lang}">${e(n.title ?? '')}</span>`).join('')}</div><div class="bar-dots" id="dots"></div></footer>` +
    `</body></html>`
  )
}
