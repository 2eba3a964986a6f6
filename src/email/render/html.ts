import { escapeHtml } from '../../lib/html'

export { escapeHtml, safeUrl } from '../../lib/html'

/** Multi-line text (an address) as escaped HTML lines. */
export const linesToHtml = (value: string): string =>
  value
    .split(/\r?\n/)
    .map((line) => escapeHtml(line.trim()))
    .filter((line) => line !== '')
    .join('<br>')

/** The shared inline styles: every rule lives on the element (mail clients drop <style> blocks). */
export const styles = {
  font: "font-family:Arial,Helvetica,'Noto Sans','Noto Sans Lao','Phetsarath OT',sans-serif;",
  text: 'color:#1f2933;font-size:16px;line-height:1.6;',
  muted: 'color:#52606d;font-size:13px;line-height:1.5;',
  link: 'color:#0b4f8a;text-decoration:underline;',
  accent: '#0b4f8a',
  page: '#f3f4f6',
} as const
