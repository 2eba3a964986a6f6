// What Payload endpoints read from a request: path and query values, the client's address, bodies.
import { APIError, type PayloadRequest } from 'payload'

/** A route parameter that must be there (`:id`), else 400. */
export function routeParam(req: PayloadRequest, name: string): string {
  const value = req.routeParams?.[name]
  if (typeof value !== 'string' || !value) throw new APIError(`Missing "${name}" in the path`, 400, null, true)
  return value
}

/** A single query-string value (`?name=value`), trimmed; undefined when absent or empty. */
export function queryValue(req: PayloadRequest, name: string): string | undefined {
  const value = req.searchParams?.get(name)
  return value && value.trim() ? value.trim() : undefined
}

/**
 * The client's address as the server in front of us saw it: the first `X-Forwarded-For` hop, else
 * `X-Real-IP`. Payload's request carries no socket address, so the Express layer must set the
 * header from its own `req.ip` (which honours TRUST_PROXY) for this to be trustworthy.
 */
export function clientIpOf(req: Pick<PayloadRequest, 'headers'>): string | null {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  if (forwarded) return forwarded
  return req.headers.get('x-real-ip')?.trim() || null
}

/** A JSON object body, or 400 naming the expected shape. */
export async function readJsonObject(req: PayloadRequest, shape: string): Promise<Record<string, unknown>> {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  try {
    const body = JSON.parse(text) as unknown
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // answered below
  }
  throw new APIError(`The body must be a JSON object: ${shape}`, 400, null, true)
}

/**
 * The raw body, refusing (413) once it passes `maxBytes`, without reading further. Read from the
 * stream so a chunked upload with no Content-Length is capped too.
 */
export async function readBodyLimited(req: PayloadRequest, maxBytes: number, tooLarge: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) throw new APIError(tooLarge, 413, null, true)
  const body = req.body
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new APIError(tooLarge, 413, null, true)
    }
    chunks.push(value)
  }
  const all = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.byteLength
  }
  return all
}

/** A download: the body with its type and `Content-Disposition: attachment`. */
export function attachment(body: string | Uint8Array<ArrayBuffer>, contentType: string, filename: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  })
}
