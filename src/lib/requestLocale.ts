import type { PayloadRequest } from 'payload'

/**
 * Run a Local API read in every language without changing the request's own language: the Local
 * API writes `locale` into the `req` it is given, and later writes in the same request would then
 * validate against all languages at once.
 */
export async function keepingRequestLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
