import type { Locale } from '../../domain'
import { richTextToHtml, richTextToText } from '../../richtext'
import { emailImage } from './media'
import { styles } from './html'

/** Inline styles for what the converters emit (mail clients ignore <style> blocks). */
const tagStyles: Record<string, string> = {
  p: `margin:0 0 16px;${styles.text}`,
  h1: 'margin:24px 0 8px;font-size:22px;line-height:1.3;color:#102a43;',
  h2: 'margin:24px 0 8px;font-size:20px;line-height:1.3;color:#102a43;',
  h3: 'margin:20px 0 8px;font-size:18px;line-height:1.35;color:#102a43;',
  h4: 'margin:16px 0 8px;font-size:16px;line-height:1.4;color:#102a43;',
  h5: 'margin:16px 0 8px;font-size:16px;line-height:1.4;color:#102a43;',
  h6: 'margin:16px 0 8px;font-size:16px;line-height:1.4;color:#102a43;',
  a: styles.link,
  ul: 'margin:0 0 16px;padding:0 0 0 24px;',
  ol: 'margin:0 0 16px;padding:0 0 0 24px;',
  li: `margin:0 0 6px;${styles.text}`,
  blockquote: 'margin:0 0 16px;padding:8px 16px;border-left:3px solid #bcccdc;color:#334e68;',
  hr: 'border:0;border-top:1px solid #d9e2ec;margin:24px 0;',
  figure: 'margin:0 0 16px;',
  img: 'display:block;width:100%;max-width:100%;height:auto;border:0;',
  table: 'border-collapse:collapse;width:100%;margin:0 0 16px;',
  code: 'font-family:Consolas,Menlo,monospace;font-size:14px;background-color:#f0f4f8;',
}

const OPENING_TAG = new RegExp(`<(${Object.keys(tagStyles).join('|')})(?=[\\s/>])([^>]*)>`, 'g')

/**
 * Puts the styles on each element, before any style it already carries (alignment, indentation).
 * Safe on the converters' output: text and attribute values there are escaped, so `<`, `>` and `"`
 * appear only as markup.
 */
function inlineStyles(html: string): string {
  return html.replace(OPENING_TAG, (_match, tag: string, attrs: string) => {
    const style = tagStyles[tag]
    const withStyle = /\sstyle="/.test(attrs) ? attrs.replace(/\sstyle="([^"]*)"/, (_m, own: string) => ` style="${style}${own}"`) : ` style="${style}"${attrs}`
    return `<${tag}${withStyle.replace(/\s+/g, ' ').replace(/ (?=\/?$)/, '')}>`
  })
}

/**
 * A rich-text body rendered for email, without the inline styles: HTML (absolute URLs, images at the
 * rendition and width the 640px layout shows) and plain text with links spelled out. The read model
 * stores this per language (src/readModel/record.ts); `styleEmailHtml` adds the styles when a
 * message is rendered, so a change of styles needs no reindex.
 */
export function emailBodyParts(value: unknown, ctx: { publicUrl: string; order: readonly Locale[] }): { html: string; text: string } {
  const options = { ...ctx, image: (media: Parameters<typeof emailImage>[0]) => emailImage(media, ctx.publicUrl) }
  return { html: richTextToHtml(value, options), text: richTextToText(value, { ...options, spellOutLinks: true }) }
}

/** The email's inline styles on HTML that emailBodyParts rendered. */
export const styleEmailHtml = (html: string): string => (html ? inlineStyles(html) : '')
