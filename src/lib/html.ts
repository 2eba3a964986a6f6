/** Text into HTML (element content or a quoted attribute): nothing from content can open a tag. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

/** Only web and mail links are ever written into an href or src; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim()
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined
}
