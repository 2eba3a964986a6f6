import type { TestServer } from '../../helpers/boot'
import { authHeader, type TestUser } from '../../helpers/users'

export type Res = { status: number; headers: Headers; text: string; json: () => Record<string, unknown> }

/** One request to the real server; `path` is sent exactly as written (no re-encoding). */
export async function call(server: Pick<TestServer, 'url'>, path: string, init: { method?: string; user?: TestUser; body?: string; headers?: Record<string, string> } = {}): Promise<Res> {
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.user ? authHeader(init.user) : {}), ...init.headers },
    body: init.body,
    redirect: 'manual',
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

/** The one error message of an `{ errors: [{ message }] }` body. */
export const messageOf = (res: Res): unknown => (res.json().errors as { message: unknown }[] | undefined)?.map((e) => e.message).join(' | ')
