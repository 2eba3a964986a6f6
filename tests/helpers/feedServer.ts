import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** What one path of the fixture server answers. */
export type FeedRoute = {
  status?: number
  contentType?: string
  body?: string
  /** Answer 304 when the request carries this ETag in If-None-Match. */
  etag?: string
  /** Answer 304 when the request carries this date in If-Modified-Since. */
  lastModified?: string
  /** Wait this long before answering at all. */
  delayMs?: number
  /** 302 to this path or URL. */
  redirect?: string
  /** Stream this many bytes (no Content-Length), or until the client gives up. */
  streamBytes?: number
}

export type FeedRequest = { path: string; headers: http.IncomingHttpHeaders }

export type FeedItem = { title: string; url: string; description?: string; date?: string; id?: string }

/**
 * A real HTTP server in the test process serving fixture feeds by path. `set(path, route)` changes
 * what a path answers (a feed whose items change between polls); `requests` records every request
 * with its headers (conditional GETs).
 */
export async function startFeedServer() {
  const routes = new Map<string, FeedRoute>()
  const requests: FeedRequest[] = []
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    requests.push({ path, headers: req.headers })
    const route = routes.get(path)
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such feed')
    const answer = () => {
      if (route.redirect) return void res.writeHead(302, { location: route.redirect }).end()
      if ((route.etag && req.headers['if-none-match'] === route.etag) || (route.lastModified && req.headers['if-modified-since'] === route.lastModified)) {
        return void res.writeHead(304).end()
      }
      const headers: Record<string, string> = { 'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8' }
      if (route.etag) headers.etag = route.etag
      if (route.lastModified) headers['last-modified'] = route.lastModified
      if (route.streamBytes) {
        res.writeHead(route.status ?? 200, headers)
        const chunk = Buffer.alloc(16 * 1024, 'x')
        let sent = 0
        const pump = () => {
          while (sent < route.streamBytes! && !res.destroyed) {
            sent += chunk.length
            if (!res.write(chunk)) return void res.once('drain', pump)
          }
          res.end()
        }
        return pump()
      }
      res.writeHead(route.status ?? 200, headers).end(route.body ?? '')
    }
    if (route.delayMs) setTimeout(answer, route.delayMs).unref()
    else answer()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    port,
    requests,
    set(path: string, route: FeedRoute) {
      routes.set(path, route)
      return `${url}${path}`
    },
    /** The requests made to one path. */
    requestsTo: (path: string) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function rssFeed(items: FeedItem[], title = 'Fixture RSS'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${xml(title)}</title><link>https://example.org/</link><description>fixture</description>
${items
  .map(
    (i) =>
      `<item><title>${xml(i.title)}</title><link>${xml(i.url)}</link><guid>${xml(i.id ?? i.url)}</guid>${i.description ? `<description>${xml(i.description)}</description>` : ''}<pubDate>${new Date(i.date ?? '2026-12-07T08:00:00Z').toUTCString()}</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`
}

export function atomFeed(items: FeedItem[], title = 'Fixture Atom'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${xml(title)}</title><id>urn:fixture</id><updated>2026-12-07T08:00:00Z</updated>
${items
  .map(
    (i) =>
      `<entry><title>${xml(i.title)}</title><id>${xml(i.id ?? i.url)}</id><link rel="alternate" href="${xml(i.url)}"/><published>${i.date ?? '2026-12-07T08:00:00Z'}</published><updated>${i.date ?? '2026-12-07T08:00:00Z'}</updated>${i.description ? `<summary type="html">${xml(i.description)}</summary>` : ''}</entry>`,
  )
  .join('\n')}
</feed>`
}

export function jsonFeed(items: FeedItem[], title = 'Fixture JSON Feed'): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((i) => ({ id: i.id ?? i.url, url: i.url, title: i.title, content_html: i.description ?? '', date_published: i.date ?? '2026-12-07T08:00:00Z' })),
  })
}
