/**
 * URL slug from a title in any of the platform's languages. Vietnamese loses its diacritics
 * ("Quảng Trị" → "quang-tri"); Lao keeps its script, whose vowel and tone marks are letters of
 * their own and must not be stripped.
 */
export function slugify(input: string, maxLength = 96): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Latin combining diacritics only (Lao marks live at U+0EB1…)
    .replace(/[đĐ]/g, 'd')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
}
