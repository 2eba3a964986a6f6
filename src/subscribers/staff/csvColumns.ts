/** The subscriber CSV columns shared by import and export (header names, case-insensitive on import). */
export const importColumns = ['email', 'name', 'outlet', 'country', 'language', 'topics', 'contentTypes', 'frequency', 'accredited'] as const
export type ImportColumn = (typeof importColumns)[number]

/** Export adds what only the system writes. */
export const exportColumns = [
  ...importColumns,
  'status',
  'statusReason',
  'confirmedAt',
  'unsubscribedAt',
  'consentAt',
  'consentSource',
  'consentTextVersion',
  'consentIp',
  'createdAt',
] as const
export type ExportColumn = (typeof exportColumns)[number]

/** Topics and content types share one cell, separated by `;`. */
export const LIST_SEPARATOR = ';'
