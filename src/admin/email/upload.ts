/** The browser's side of `POST /api/subscribers/import` (multipart), with the server's own words for a refusal. */
export type ImportProblem = { row: number; field: string | null; message: string }
export type ImportOutcome =
  | { ok: true; result: { created: number; updated: number; skipped: { row: number; email: string; reason: string }[] } }
  | { ok: false; message: string; problems: ImportProblem[]; total: number }

type ErrorBody = { errors?: { message?: string; data?: { problems?: ImportProblem[]; total?: number } }[] }

export async function postForm(url: string, form: FormData): Promise<ImportOutcome> {
  try {
    const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { accept: 'application/json' }, body: form })
    const body: unknown = await res.json().catch(() => null)
    if (res.ok) return { ok: true, result: body as Extract<ImportOutcome, { ok: true }>['result'] }
    const error = (body as ErrorBody | null)?.errors?.[0]
    const problems = error?.data?.problems ?? []
    return { ok: false, message: error?.message ?? `HTTP ${res.status}`, problems, total: error?.data?.total ?? problems.length }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), problems: [], total: 0 }
  }
}
