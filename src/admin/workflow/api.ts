/** The browser's side of the workflow HTTP contract (GET/POST /api/{collection}/{id}/workflow). */
import type { Action, ContentLocale, State } from './labels'

export type WorkflowView = {
  collection: string
  id: number | string
  state: State
  live: boolean
  actions: Action[]
  readyLocales: ContentLocale[]
  publishedLocales: ContentLocale[]
  localesWithContent: ContentLocale[]
  submittedBy: number | string | null
  owner: number | string | null
  forcePublished: boolean
  publishedVersion: number
  scheduledFor: string | null
  embargoUntil: string | null
}

export type TransitionRequest = { action: Action; note?: string; locales?: ContentLocale[]; at?: string }

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** The server's own words for a refusal (`{ errors: [{ message }] }`), else the status. */
function messageOf(body: unknown, status: number): string {
  const errors = (body as { errors?: { message?: unknown }[] } | null)?.errors
  const message = Array.isArray(errors) ? errors[0]?.message : undefined
  return typeof message === 'string' && message ? message : `HTTP ${status}`
}

/** JSON over the signed-in session (the admin's cookie); throws ApiError with the server's message. */
export async function requestJson<T>(url: string, init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: { accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  })
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) throw new ApiError(res.status, messageOf(body, res.status))
  return body as T
}

export const formatDateTime = (value: string | null | undefined, language: string | undefined): string => {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' }).format(date)
}
