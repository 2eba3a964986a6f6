/** Admin labels: Vietnamese first, English second (the admin UI speaks both). */
export type Label = { vi: string; en: string }

export const label = (vi: string, en: string): Label => ({ vi, en })
