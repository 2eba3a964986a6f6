import type { Locale } from '../../domain'
import { escapeHtml, linesToHtml, safeUrl, styles } from './html'

/**
 * The one email layout. A message is a list of blocks; each block renders to inline-styled HTML
 * (a 640px single-column table, for Gmail, Outlook and Apple Mail) and to plain text, so the two
 * parts always say the same thing.
 */
export type Block =
  | { kind: 'heading'; text: string; lang?: Locale; url?: string }
  | { kind: 'paragraph'; text: string; lang?: Locale; muted?: boolean; strong?: boolean }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'notice'; tone: 'warning' | 'info' | 'danger'; title: string; text?: string; lang?: Locale }
  /** Rendered rich text (the Lexical body): `html` must already be safe and inline-styled. */
  | { kind: 'rich'; html: string; text: string; lang?: Locale }
  | { kind: 'facts'; rows: { label: string; value: string; lang?: Locale }[] }
  | { kind: 'image'; src: string; alt: string; caption?: string; lang?: Locale; width?: number }
  /** A titled list; items with a URL are links (spelled out in the text part). */
  | { kind: 'list'; title: string; items: { label: string; url?: string; detail?: string; lang?: Locale }[] }
  | { kind: 'entry'; title: string; lang?: Locale; url?: string; meta: string; summary?: string; summaryLang?: Locale; linkLabel: string }
  | { kind: 'divider' }

export type Footer = {
  organization: string
  address?: string
  contactEmail?: string
  /** Why this person receives this email. */
  reason: string
  links: { label: string; url: string }[]
}

export type Layout = {
  lang: Locale
  /** The <title> (the subject). */
  title: string
  /** Shown by mail clients next to the subject; hidden in the body. */
  preheader?: string
  header: { organization: string; logoUrl?: string }
  blocks: Block[]
  footer: Footer
}

const CONTENT_WIDTH = 592 // 640 minus the side padding

/** ` lang="vi"` when a piece of text is not in the document's language. */
const langAttr = (lang: Locale | undefined, docLang: Locale) => (lang && lang !== docLang ? ` lang="${lang}"` : '')

function anchor(url: string, label: string, style: string = styles.link): string {
  const href = safeUrl(url)
  return href ? `<a href="${escapeHtml(href)}" style="${style}">${label}</a>` : label
}

const row = (inner: string, padding = '0 24px 16px') => `<tr><td style="padding:${padding};${styles.font}${styles.text}">${inner}</td></tr>`

const tones = {
  warning: { background: '#fff4e5', border: '#d97706' },
  info: { background: '#e8f1fb', border: '#0b4f8a' },
  danger: { background: '#fdecec', border: '#b91c1c' },
} as const

function blockHtml(block: Block, docLang: Locale): string {
  switch (block.kind) {
    case 'heading': {
      const text = escapeHtml(block.text)
      const inner = block.url ? anchor(block.url, text, 'color:#102a43;text-decoration:none;') : text
      return row(`<h1${langAttr(block.lang, docLang)} style="margin:0;${styles.font}font-size:24px;line-height:1.3;color:#102a43;font-weight:bold;">${inner}</h1>`)
    }
    case 'paragraph':
      return row(
        `<p${langAttr(block.lang, docLang)} style="margin:0;${block.muted ? styles.muted : styles.text}${block.strong ? 'font-weight:bold;' : ''}">${linesToHtml(block.text)}</p>`,
      )
    case 'button': {
      const href = safeUrl(block.url)
      if (!href) return ''
      return row(
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background-color:${styles.accent};border-radius:4px;">` +
          `<a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 24px;${styles.font}font-size:16px;color:#ffffff;text-decoration:none;font-weight:bold;">${escapeHtml(block.label)}</a>` +
          `</td></tr></table>` +
          `<p style="margin:8px 0 0;${styles.muted}word-break:break-all;">${anchor(href, escapeHtml(href))}</p>`,
      )
    }
    case 'notice': {
      const tone = tones[block.tone]
      const text = block.text ? `<p${langAttr(block.lang, docLang)} style="margin:6px 0 0;${styles.text}">${linesToHtml(block.text)}</p>` : ''
      return row(
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>` +
          `<td style="background-color:${tone.background};border-left:4px solid ${tone.border};padding:12px 16px;${styles.font}${styles.text}">` +
          `<p style="margin:0;font-weight:bold;color:#102a43;">${escapeHtml(block.title)}</p>${text}</td></tr></table>`,
      )
    }
    case 'rich':
      return row(`<div${langAttr(block.lang, docLang)}>${block.html}</div>`)
    case 'facts':
      if (block.rows.length === 0) return ''
      return row(
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0">` +
          block.rows
            .map(
              (r) =>
                `<tr><td style="padding:2px 12px 2px 0;vertical-align:top;${styles.font}${styles.muted}white-space:nowrap;">${escapeHtml(r.label)}</td>` +
                `<td${langAttr(r.lang, docLang)} style="padding:2px 0;vertical-align:top;${styles.font}font-size:14px;line-height:1.5;color:#1f2933;">${linesToHtml(r.value)}</td></tr>`,
            )
            .join('') +
          `</table>`,
      )
    case 'image': {
      const src = safeUrl(block.src)
      if (!src) return ''
      const width = block.width ? Math.min(block.width, CONTENT_WIDTH) : CONTENT_WIDTH
      const caption = block.caption ? `<p${langAttr(block.lang, docLang)} style="margin:6px 0 0;${styles.muted}">${escapeHtml(block.caption)}</p>` : ''
      return row(
        `<img src="${escapeHtml(src)}" alt="${escapeHtml(block.alt)}" width="${width}" style="display:block;width:100%;max-width:${width}px;height:auto;border:0;outline:none;text-decoration:none;">${caption}`,
      )
    }
    case 'list':
      if (block.items.length === 0) return ''
      return row(
        `<p style="margin:0 0 6px;font-weight:bold;color:#102a43;">${escapeHtml(block.title)}</p><ul style="margin:0;padding:0 0 0 20px;">` +
          block.items
            .map((i) => {
              const detail = i.detail ? ` <span style="${styles.muted}">(${escapeHtml(i.detail)})</span>` : ''
              const label = i.url ? anchor(i.url, escapeHtml(i.label)) : escapeHtml(i.label)
              return `<li${langAttr(i.lang, docLang)} style="margin:0 0 4px;${styles.text}">${label}${detail}</li>`
            })
            .join('') +
          `</ul>`,
      )
    case 'entry': {
      const title = escapeHtml(block.title)
      const summary = block.summary
        ? `<p${langAttr(block.summaryLang, docLang)} style="margin:6px 0 0;${styles.text}">${linesToHtml(block.summary)}</p>`
        : ''
      const more = block.url ? `<p style="margin:6px 0 0;font-size:14px;">${anchor(block.url, escapeHtml(block.linkLabel))}</p>` : ''
      return row(
        `<h2${langAttr(block.lang, docLang)} style="margin:0;${styles.font}font-size:19px;line-height:1.35;color:#102a43;">${block.url ? anchor(block.url, title, 'color:#102a43;text-decoration:none;') : title}</h2>` +
          `<p style="margin:4px 0 0;${styles.muted}">${escapeHtml(block.meta)}</p>${summary}${more}`,
        '0 24px 20px',
      )
    }
    case 'divider':
      return row('<hr style="border:0;border-top:1px solid #d9e2ec;margin:0;">')
  }
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.url ? `${block.text}\n${block.url}` : block.text
    case 'paragraph':
      return block.text
    case 'button':
      return `${block.label}:\n${block.url}`
    case 'notice':
      return [`*** ${block.title} ***`, block.text].filter(Boolean).join('\n')
    case 'rich':
      return block.text
    case 'facts':
      return block.rows.map((r) => `${r.label}: ${r.value.replace(/\s*\r?\n\s*/g, ', ')}`).join('\n')
    case 'image':
      return `[${block.alt}] ${block.src}${block.caption ? `\n${block.caption}` : ''}`
    case 'list':
      if (block.items.length === 0) return ''
      return [`${block.title}:`, ...block.items.map((i) => `- ${i.label}${i.detail ? ` (${i.detail})` : ''}${i.url ? `: ${i.url}` : ''}`)].join('\n')
    case 'entry':
      return [`* ${block.title}`, `  ${block.meta}`, block.summary ? `  ${block.summary.replace(/\r?\n/g, '\n  ')}` : '', block.url ? `  ${block.linkLabel}: ${block.url}` : '']
        .filter(Boolean)
        .join('\n')
    case 'divider':
      return '----------------------------------------'
  }
}

function headerHtml(layout: Layout): string {
  const org = escapeHtml(layout.header.organization)
  const logo = layout.header.logoUrl && safeUrl(layout.header.logoUrl)
  const image = logo
    ? `<td style="padding-right:12px;vertical-align:middle;"><img src="${escapeHtml(logo)}" alt="" height="48" style="display:block;height:48px;width:auto;border:0;"></td>`
    : ''
  return (
    `<tr><td style="padding:20px 24px;border-bottom:3px solid ${styles.accent};">` +
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>${image}` +
    `<td style="vertical-align:middle;${styles.font}font-size:15px;line-height:1.4;font-weight:bold;color:${styles.accent};">${org}</td></tr></table></td></tr>` +
    `<tr><td style="height:20px;line-height:20px;font-size:0;">&nbsp;</td></tr>`
  )
}

function footerHtml(footer: Footer): string {
  const lines = [
    `<p style="margin:0 0 4px;font-weight:bold;color:#334e68;">${escapeHtml(footer.organization)}</p>`,
    footer.address ? `<p style="margin:0 0 4px;">${linesToHtml(footer.address)}</p>` : '',
    footer.contactEmail ? `<p style="margin:0 0 12px;">${anchor(`mailto:${footer.contactEmail}`, escapeHtml(footer.contactEmail))}</p>` : '',
    `<p style="margin:12px 0 8px;">${escapeHtml(footer.reason)}</p>`,
    footer.links.length
      ? `<p style="margin:0;">${footer.links.map((l) => anchor(l.url, escapeHtml(l.label))).join(' &nbsp;|&nbsp; ')}</p>`
      : '',
  ]
  return `<tr><td style="padding:20px 24px;border-top:1px solid #d9e2ec;background-color:#f8fafc;${styles.font}${styles.muted}">${lines.join('')}</td></tr>`
}

function footerText(footer: Footer): string {
  return [
    '--',
    footer.organization,
    footer.address,
    footer.contactEmail,
    '',
    footer.reason,
    ...footer.links.map((l) => `${l.label}: ${l.url}`),
  ]
    .filter((line) => line !== undefined)
    .join('\n')
}

/** The whole message: a complete HTML document (all styles inline, no scripts) and its plain-text twin. */
export function renderLayout(layout: Layout): { html: string; text: string } {
  const lang = layout.lang
  const preheader = layout.preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:${styles.page};opacity:0;">${escapeHtml(layout.preheader)}</div>`
    : ''
  const html =
    `<!DOCTYPE html>\n<html lang="${lang}" dir="ltr">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="x-apple-disable-message-reformatting">\n` +
    `<title>${escapeHtml(layout.title)}</title>\n</head>\n` +
    `<body style="margin:0;padding:0;width:100%;background-color:${styles.page};">\n${preheader}` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${styles.page};"><tr><td align="center" style="padding:24px 8px;">\n` +
    `<!--[if mso]><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->\n` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:640px;background-color:#ffffff;border-collapse:collapse;">\n` +
    headerHtml(layout) +
    '\n' +
    layout.blocks.map((b) => blockHtml(b, lang)).filter(Boolean).join('\n') +
    '\n' +
    footerHtml(layout.footer) +
    `\n</table>\n<!--[if mso]></td></tr></table><![endif]-->\n</td></tr></table>\n</body>\n</html>\n`
  const text = [...layout.blocks.map(blockText).filter((t) => t.trim() !== ''), footerText(layout.footer)].join('\n\n') + '\n'
  return { html, text }
}
