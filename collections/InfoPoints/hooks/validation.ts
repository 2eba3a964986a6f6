import type { ArrayField, DateField } from 'payload'

import { openingProblem } from '../../../src/displays/schedule'

type Row = { from?: string | null; to?: string | null }

/** A row of opening hours: "HH:MM" times, closing after opening (no overnight rows: split them at midnight). */
export const validateOpeningRows: ArrayField['validate'] = (rows) => {
  if (!Array.isArray(rows)) return true
  for (const [i, row] of (rows as Row[]).entries()) {
    const problem = openingProblem(row)
    if (problem === 'from' || problem === 'to') return `Giờ mở cửa, dòng ${i + 1}: "${problem}" phải có dạng HH:MM (00:00–24:00) / Opening hours, row ${i + 1}: "${problem}" must be HH:MM`
    if (problem === 'order') return `Giờ mở cửa, dòng ${i + 1}: giờ đóng phải sau giờ mở / Opening hours, row ${i + 1}: "to" must be after "from"`
  }
  return true
}

/** At least one language is shown. */
export const validateLanguages = (value: string[] | null | undefined): true | string =>
  Array.isArray(value) && value.length > 0 ? true : 'Chọn ít nhất một ngôn ngữ / Choose at least one language'

/** The notice ends after it starts. */
export const validateNoticeUntil: DateField['validate'] = (value, { siblingData }) => {
  const from = (siblingData as { from?: string | null }).from
  if (!value || !from) return true
  return Date.parse(String(value)) > Date.parse(from) ? true : 'Thông báo phải kết thúc sau khi bắt đầu / The notice must end after it starts'
}
