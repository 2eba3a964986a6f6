import { validOperators } from 'payload/shared'

/** mulberry32: a tiny seeded PRNG, so the same seed sends the same requests on every run and engine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Who = 'anonymous' | 'admin' | 'contributor'
export type FuzzRequest = { method: string; path: string; who: Who; key?: 'valid' | 'invalid'; body?: string; contentType?: string }

/** What the generator knows of the system: slugs, field paths, ids that exist, the content collections' title fields. */
export type Surface = {
  collections: { slug: string; fields: string[] }[]
  globals: { slug: string; fields: string[] }[]
  content: { slug: string; title: string; existingId: number | string }[]
}

const NASTY = [
  '', '-1', '0', '1', '1.5', '1e12', '99999999999999999999', '-99999999999', 'NaN', 'Infinity', 'abc', 'true', 'maybe', 'null',
  'undefined', '[]', '{}', '1,2', '1,abc', ',', '%00', '%', '%E0%A4%A', '%27%20OR%201%3D1--', "'", '"', '\\', '../../etc/passwd',
  '2026-13-45', '2026-05-01', '2026-05-01T08:00:00Z', '10000-01-01', 'published', 'draft', 'vi', 'xx', 'all', '*',
  'Quảng%20Trị', '%F0%9F%98%80', 'a'.repeat(600), '<script>', '%0A', '0x10', '-', '.', 'id', 'createdAt',
]
const OPERATORS = [...validOperators, 'bogus', 'EQUALS', '', '0']
const PARAMS = ['limit', 'page', 'depth', 'draft', 'locale', 'fallback-locale', 'fallbackLocale', 'sort', 'trash', 'pagination', 'select', 'populate', 'joins', 'autosave', 'where']
const SUFFIXES = ['', '', '', '/count', '/versions', '/versions/%ID', '/%ID', '/%ID', '/%ID', '/%ID/workflow', '/me', '/access', '/init']

export function generator(seed: number, surface: Surface) {
  const random = mulberry32(seed)
  const int = (n: number) => Math.floor(random() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]
  const chance = (p: number) => random() < p
  const who = (): Who => pick(['anonymous', 'admin', 'contributor'] as const)
  const id = (existing?: number | string) => (existing !== undefined && chance(0.2) ? String(existing) : pick(NASTY))

  function where(fields: string[], prefix = 'where', depth = 0): string {
    if (depth < 2 && chance(0.15)) return where(fields, `${prefix}[${pick(['and', 'or'])}][${pick(['0', '1', 'x', ''])}]`, depth + 1)
    const field = chance(0.85) ? pick(fields) : pick(['nope', 'nope.deeper', 'id', '_status', 'version.state', 'topics.slug', 'related.value', 'related.relationTo', 'headline.vi', ''])
    if (chance(0.1)) return `${prefix}[${field}]=${pick(NASTY)}`
    const operator = pick(OPERATORS)
    const value = chance(0.1) ? `[${pick(['a', '0', ''])}]=${pick(NASTY)}` : `=${pick(NASTY)}`
    return `${prefix}[${field}][${operator}]${value}`
  }

  function query(fields: string[]): string {
    const parts: string[] = []
    for (let i = 0, n = 1 + int(3); i < n; i += 1) {
      const name = pick(PARAMS)
      if (name === 'where') parts.push(chance(0.1) ? `where=${pick(NASTY)}` : where(fields))
      else if (name === 'sort') parts.push(chance(0.3) ? `sort[]=${pick(fields)}` : `sort=${pick(['', '-'])}${chance(0.7) ? pick(fields) : pick(NASTY)}`)
      else parts.push(`${name}${chance(0.1) ? '[]' : ''}=${pick(NASTY)}`)
    }
    return parts.join('&')
  }

  function restGet(): FuzzRequest {
    if (chance(0.15)) {
      const global = pick(surface.globals)
      const suffix = pick(['', '', '/versions', `/versions/${pick(NASTY)}`])
      return { method: 'GET', path: `/api/globals/${global.slug}${suffix}?${query(global.fields)}`, who: who() }
    }
    const collection = pick(surface.collections)
    const existing = surface.content.find((c) => c.slug === collection.slug)?.existingId
    const suffix = pick(SUFFIXES).replace('%ID', id(existing))
    return { method: 'GET', path: `/api/${collection.slug}${suffix}?${query(collection.fields)}`, who: who() }
  }

  /** Bodies refused whatever the noise added: broken JSON, a missing title, a relationship to 'abc', an embargo of 'soon'. */
  function restWrite(): FuzzRequest {
    const item = pick(surface.content)
    const noise: Record<string, unknown> = {}
    for (let i = 0, n = int(4); i < n; i += 1) {
      noise[pick(['state', 'slug', 'summary', '_status', 'createdAt', 'owner', 'locale', 'id', 'readyLocales', 'embargoUntil', 'x'])] = pick<unknown>([...NASTY, 12, -1, 1e308, null, true, [], {}, { a: [1] }, ['abc']])
    }
    const broken = ['{', '{"a":', 'null', '[]', '"x"', '42', '', '{"headline": "\\ud800", "topics": "abc"}', '\u0000']
    const bodies: (() => string)[] = [
      () => pick(broken),
      () => JSON.stringify({ ...noise, [item.title]: pick(['', null, undefined]) }),
      () => JSON.stringify({ ...noise, [item.title]: 'Tin thử', topics: [pick(['abc', '', '1.5', '-1'])] }),
      () => JSON.stringify({ ...noise, [item.title]: 'Tin thử', topics: pick(['abc', { a: 1 }]) }),
    ]
    const body = pick(bodies)()
    const target = pick(['create', 'patchId', 'patchExisting', 'bulk', 'deleteId'] as const)
    const base = `/api/${item.slug}`
    const lang = chance(0.3) ? `?locale=${pick(NASTY)}` : ''
    switch (target) {
      case 'create':
        return { method: 'POST', path: `${base}${lang}`, who: 'contributor', body, contentType: 'application/json' }
      case 'patchId':
        return { method: 'PATCH', path: `${base}/${pick(NASTY)}${lang}`, who: 'contributor', body, contentType: 'application/json' }
      case 'patchExisting':
        // Only bodies that cannot pass: a PATCH merges, so a missing title is no refusal there.
        return { method: 'PATCH', path: `${base}/${item.existingId}`, who: 'contributor', body: pick([bodies[0], bodies[2], bodies[3]])(), contentType: 'application/json' }
      case 'bulk':
        return { method: pick(['PATCH', 'DELETE']), path: `${base}?${pick(['where=x', 'where[id][in]=abc', 'where[createdAt][like]=x', `where[${item.title}][near]=1,2`, 'where[or]=x'])}`, who: 'contributor', body, contentType: 'application/json' }
      case 'deleteId':
        return { method: 'DELETE', path: `${base}/${pick(NASTY)}`, who: 'contributor' }
    }
  }

  function feed(): FuzzRequest {
    const path = pick([
      `/feed/v1/items?${pick(['lang', 'type', 'limit', 'cursor', 'since', 'topic', 'q', 'embargoed'])}=${pick(NASTY)}&${pick(['lang', 'limit', 'page'])}=${pick(NASTY)}`,
      `/feed/v1/items/${pick(['press-release', 'publication', 'nope', ''])}:${pick(NASTY)}`,
      `/feed/v1/items/${pick(NASTY)}`,
      `/feed/v1/changes?${pick(['cursor', 'since', 'limit', 'after'])}=${pick(NASTY)}`,
      `/feed/v1/me?${pick(NASTY)}`,
      `/feed/v1/webhooks/${pick(NASTY)}`,
      `/feed/v1/${pick(['vi', 'en', 'lo', 'xx', ''])}/${pick(['rss.xml', 'atom.xml', 'feed.json', 'nope'])}?${pick(['type', 'topic', 'lang'])}=${pick(NASTY)}`,
      `/feed/v1/openapi.json?${pick(NASTY)}`,
    ])
    if (chance(0.1)) {
      // A registration that cannot pass: broken JSON or no https address.
      const body = pick(['{', '[]', 'null', JSON.stringify({ url: pick(['', 'http://example.com/hook', 'ftp://x', 'abc', 1]) })])
      return { method: 'POST', path: '/feed/v1/webhooks', who: 'anonymous', key: pick(['valid', 'invalid'] as const), body, contentType: 'application/json' }
    }
    return { method: pick(['GET', 'GET', 'GET', 'HEAD', 'DELETE']), path, who: 'anonymous', key: pick(['valid', 'invalid'] as const) }
  }

  function subscribe(): FuzzRequest {
    const kind = int(6)
    if (kind === 0) return { method: 'GET', path: `/subscribe?lang=${pick(NASTY)}`, who: 'anonymous' }
    if (kind === 1) return { method: 'GET', path: `/subscribe/${pick(['confirm', 'preferences', 'unsubscribe'])}?token=${pick(NASTY)}&lang=${pick(NASTY)}`, who: 'anonymous' }
    if (kind === 2) {
      return { method: 'POST', path: `/subscribe/${pick(['preferences', 'unsubscribe'])}`, who: 'anonymous', body: `token=${pick(NASTY)}&language=${pick(NASTY)}`, contentType: 'application/x-www-form-urlencoded' }
    }
    // A sign-up that cannot pass: no valid address, or no consent.
    const invalidEmail = pick(['', 'not-an-email', 'a@', '@b.c', 'a b@c.d', 'a@@b.c'])
    const fields: Record<string, string> = chance(0.5)
      ? { email: invalidEmail, consent: pick(['on', 'true', '1']), language: pick(NASTY), topics: pick(NASTY) }
      : { email: `fuzz-${int(1000)}@press.example`, language: pick(NASTY), frequency: pick(NASTY), contentTypes: pick(NASTY) }
    if (kind === 3) return { method: 'POST', path: '/subscribe', who: 'anonymous', body: JSON.stringify(fields), contentType: 'application/json' }
    if (kind === 4) return { method: 'POST', path: '/subscribe', who: 'anonymous', body: pick(['{', 'null', '[]', '"x"']), contentType: 'application/json' }
    return { method: 'POST', path: `/subscribe?lang=${pick(NASTY)}`, who: 'anonymous', body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' }
  }

  return (): FuzzRequest => {
    const r = random()
    return r < 0.6 ? restGet() : r < 0.75 ? restWrite() : r < 0.9 ? feed() : subscribe()
  }
}
