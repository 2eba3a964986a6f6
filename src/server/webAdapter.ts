import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

declare module 'express-serve-static-core' {
  interface Request {
    /** The body, when a middleware in front of Payload's routes had to read it first (src/auth/routes.ts). */
    payloadBody?: Buffer
    /** Shown Payload's answer before it is sent (src/auth/routes.ts learns which sign-ins succeeded). */
    onPayloadResponse?: (response: globalThis.Response) => Promise<void>
  }
}

/** An Express request as a Fetch API Request, body streamed, for Payload's Web-standard handlers. */
export function toWebRequest(req: ExpressRequest): Request {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else headers.set(name, value)
  }
  // The client address as Express resolved it (TRUST_PROXY decides whose X-Forwarded-For counts):
  // what Payload handlers read (consent records, logs) cannot be set by the client itself.
  if (req.ip) headers.set('x-forwarded-for', req.ip)
  else headers.delete('x-forwarded-for')
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  // A body an earlier middleware already read (the sign-in limits) is handed over as read: as bytes,
  // already decoded, so the length and encoding of the wire no longer apply.
  const read = hasBody ? req.payloadBody : undefined
  if (read) {
    headers.delete('content-length')
    headers.delete('content-encoding')
  }
  const controller = new AbortController()
  req.once('close', () => {
    if (!req.complete) controller.abort()
  })
  return new Request(url, {
    method: req.method,
    headers,
    body: read ?? (hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined),
    duplex: hasBody ? 'half' : undefined,
    signal: controller.signal,
  } as RequestInit)
}

/** Copy a Fetch API Response onto an Express response, streaming the body. */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  const setCookies = response.headers.getSetCookie()
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return
    res.setHeader(name, value)
  })
  if (setCookies.length > 0) res.setHeader('set-cookie', setCookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    // The DOM's ReadableStream and node:stream/web's are the same object at run time; their
    // TypeScript declarations differ (lib.dom vs @types/node), so one must be named as the other.
    Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('close', resolve)
  })
}
