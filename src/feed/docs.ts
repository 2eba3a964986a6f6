import { Router, type Request, type Response } from 'express'

import { locales } from '../domain'
import { feedTypes, type FeedDeps } from './types'

/**
 * The human-readable API page for agency developers, at /feed/v1/docs (and /feed/v1/). Server-
 * rendered HTML with inline styles: no script, no external resource.
 */

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const code = (text: string) => `<pre><code>${esc(text.trim())}</code></pre>`

export function renderDocsPage(publicUrl: string): string {
  const api = `${publicUrl.replace(/\/$/, '')}/feed/v1`
  const types = Object.keys(feedTypes)
    .map((t) => `<code>${t}</code>`)
    .join(', ')
  const langs = locales.map((l) => `<code>${l}</code>`).join(', ')
  const verify = `
import { createHmac, timingSafeEqual } from 'node:crypto'
import express from 'express'

const secret = process.env.NEWSROOM_WEBHOOK_SECRET // shown once when the endpoint was registered
const app = express()

// Keep the raw body: the signature covers the exact bytes received.
app.post('/newsroom-hook', express.raw({ type: 'application/json' }), (req, res) => {
  const header = req.get('X-Newsroom-Signature') ?? ''
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2)))
  const t = Number(parts.t)
  const expected = createHmac('sha256', secret).update(\`\${parts.t}.\${req.body.toString('utf8')}\`).digest('hex')
  const given = Buffer.from(parts.v1 ?? '', 'hex')
  const fresh = Math.abs(Date.now() / 1000 - t) < 300
  if (!fresh || given.length !== 32 || !timingSafeEqual(given, Buffer.from(expected, 'hex'))) {
    return res.status(400).send('bad signature')
  }
  // { deliveryId, event, seq, occurredAt, items: [ninjs, one per language] }
  const { deliveryId, event, items } = JSON.parse(req.body.toString('utf8'))
  queueForImport(deliveryId, event, items) // deliveryId is the same on every retry: drop duplicates
  res.sendStatus(204)                               // answer fast; do the work afterwards
})`
  const follow = `
# First run: no "since" starts at the beginning of the change feed.
curl -s -H "Authorization: Bearer $KEY" "${api}/changes"
# → { "changes": [ { "seq": 41, "type": "published", "id": "press-release:12", "version": 1,
#                    "languages": ["vi", "en"], "items": [ …ninjs… ], … }, … ],
#     "next": "WyJjMSIsNDJd", "cursor": "WyJjMSIsNDJd" }

# Ask again with "next" until it is null: you are then up to date.
curl -s -H "Authorization: Bearer $KEY" "${api}/changes?since=WyJjMSIsNDJd"
# Store the last page's "cursor" and poll later with it.
curl -s -H "Authorization: Bearer $KEY" "${api}/changes?since=<cursor>"`

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agency content API – Quang Tri Foreign Information</title>
<style>
  body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 52rem; margin: 0 auto; padding: 1.5rem; color: #1b1f24; }
  h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d8dde3; padding-bottom: .2rem; } h3 { margin-top: 1.4rem; }
  code { font: .9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f2f4f7; padding: .05rem .25rem; border-radius: 3px; }
  pre { background: #f2f4f7; padding: .8rem 1rem; overflow-x: auto; border-radius: 4px; } pre code { background: none; padding: 0; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; border-bottom: 1px solid #e3e7eb; padding: .35rem .5rem; vertical-align: top; }
  .vi { background: #f7f9fb; border-left: 4px solid #b22222; padding: .6rem 1rem; } nav a { margin-right: .8rem; }
</style>
</head>
<body>
<h1>Agency content API</h1>
<p>Quang Tri Foreign Information · version 1 · base URL <code>${esc(api)}</code></p>

<div class="vi" lang="vi">
<p><strong>Giới thiệu.</strong> Đây là giao diện lập trình (API) để các cơ quan báo chí, đài phát thanh – truyền hình và đối tác
nhận thông cáo báo chí, ấn phẩm, tài liệu tập huấn và sản phẩm hợp tác truyền thông của tỉnh Quảng Trị bằng tiếng Việt, tiếng Anh
và tiếng Lào, theo chuẩn IPTC ninjs, kèm nguồn tin RSS/Atom/JSON Feed công khai và webhook. Để được cấp khóa API, vui lòng liên hệ
Sở phụ trách thông tin đối ngoại. Tài liệu chi tiết bên dưới bằng tiếng Anh.</p>
</div>

<nav><a href="#keys">Keys</a><a href="#endpoints">Endpoints</a><a href="#changes">Change feed</a><a href="#embargo">Embargo</a><a href="#briefings">Argument briefs</a><a href="#webhooks">Webhooks</a><a href="#limits">Limits</a><a href="#conditional">Conditional GET</a><a href="#feeds">Public feeds</a><a href="${esc(api)}/openapi.json">OpenAPI</a></nav>

<h2 id="keys">Getting a key</h2>
<p>Keys are issued by the office to press agencies, broadcasters and partners: ask your contact at the office. An administrator
creates an <em>API client</em> for your organisation with its scope (content types, languages), whether it receives embargoed items,
and its rate limit. The key is shown <strong>once</strong>, when it is created; the office stores only a hash of it. Keep it secret,
on your servers only.</p>
<p>Keys can be revoked and rotated. After a rotation the old key keeps working for a grace period (24 hours by default), so you
can deploy the new one without downtime.</p>

<h2 id="auth">Authentication</h2>
<p>Send the key as a bearer token on every key-protected request:</p>
${code(`curl -H "Authorization: Bearer $KEY" "${api}/me"`)}
<p>No key, or an unknown, revoked or expired key: <code>401</code>. A request outside your scope (another content type or language)
answers <code>404</code> and reveals nothing. Every error is JSON:</p>
${code(`{ "errors": [ { "message": "Invalid parameter \\"limit\\": must be a whole number from 1 to 100", "data": { "parameter": "limit" } } ] }`)}

<h2 id="endpoints">Endpoints</h2>
<table>
<tr><th>Request</th><th>Key</th><th>Answer</th></tr>
<tr><td><code>GET /items</code></td><td>yes</td><td>Published items you may see, newest first: <code>{ "items": [ninjs…], "next": "&lt;cursor&gt;" | null }</code></td></tr>
<tr><td><code>GET /items/{id}</code></td><td>yes</td><td>One item (<code>?lang=</code>, <code>?version=N</code> for an earlier published version)</td></tr>
<tr><td><code>GET /changes?since=&lt;cursor&gt;</code></td><td>yes</td><td>Every change after the cursor, in order</td></tr>
<tr><td><code>GET /me</code></td><td>yes</td><td>Your client: name, allowed types and languages, embargo privilege, whether it reads restricted argument briefs, rate limit</td></tr>
<tr><td><code>GET /{lang}/rss.xml</code>, <code>/{lang}/atom.xml</code>, <code>/{lang}/feed.json</code></td><td>no</td><td>Public feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1)</td></tr>
<tr><td><code>GET /openapi.json</code></td><td>no</td><td>The contract as OpenAPI 3.1</td></tr>
<tr><td><code>GET /docs</code></td><td>no</td><td>This page</td></tr>
</table>

<h3>Listing items</h3>
<p>Parameters of <code>/items</code>: <code>type</code> (${types}, or several separated by commas), <code>lang</code> (${langs}),
<code>topic</code> (a topic slug), <code>updatedSince</code> (ISO 8601 with a time zone), <code>limit</code> (1–100, default 20),
<code>cursor</code> (the <code>next</code> of the previous page). A malformed or out-of-range parameter answers <code>400</code> naming it.</p>
${code(`curl -s -H "Authorization: Bearer $KEY" "${api}/items?type=press-release&lang=en&limit=50"
curl -s -H "Authorization: Bearer $KEY" "${api}/items?type=press-release&lang=en&limit=50&cursor=<next>"`)}
<p>Item ids have the form <code>{type}:{id}</code>, for example <code>press-release:12</code>:</p>
${code(`curl -s -H "Authorization: Bearer $KEY" "${api}/items/press-release:12?lang=vi"
curl -s -H "Authorization: Bearer $KEY" "${api}/items/press-release:12?lang=vi&version=1"`)}
<p>Items are <a href="https://www.iptc.org/std/ninjs/">IPTC ninjs 3.1</a>, one object per language version, with a stable
<code>uri</code>, <code>version</code>, <code>versionCreated</code>, <code>firstCreated</code>, <code>pubStatus</code>,
<code>headlines</code>, <code>descriptions</code>, <code>bodies</code> (HTML and plain text), <code>subjects</code> (topics),
<code>renditions</code> and <code>associations</code> (images and files, absolute URLs), <code>language</code>, <code>by</code>,
<code>located</code>, <code>copyrightHolder</code> and <code>usageTerms</code>.</p>

<h2 id="changes">Cursors and the change feed</h2>
<p>Cursors are opaque strings: store them, never build them. <code>/changes</code> lists every change in the order it was committed:
<code>published</code>, <code>updated</code>, <code>corrected</code>, <code>withdrawn</code> (the item comes as a tombstone with
<code>pubStatus: "canceled"</code>: take it down) and <code>embargoLifted</code>. Without <code>since</code> it starts at the beginning.</p>
${code(follow)}
<p>A client that follows <code>next</code> until it is null has seen every change exactly once, also while editors are publishing.
When <code>next</code> is null you are up to date: keep that page's <code>cursor</code> and poll again later with
<code>since=&lt;cursor&gt;</code>. Pages hold up to 50 changes (<code>limit</code> up to 100). A change of version 2 or later is
<code>updated</code> (or <code>corrected</code>, with its public note). Changes outside your scope are skipped; without the embargo
privilege you receive an embargoed item with its <code>embargoLifted</code> change, when it becomes available.</p>

<h2 id="embargo">Embargo</h2>
<p>A press release may carry an embargo: it must not be published before that time. Until the embargo passes it appears on no
public channel (public feeds, website, REST). Clients with the <em>embargo privilege</em> receive it earlier, always marked with
<code>embargoedUntil</code>; honour that time. Clients without the privilege see the item exactly when the embargo passes, and their
webhooks then receive it as <code>published</code>.</p>

<h2 id="briefings">Argument briefs</h2>
<p>Argument briefs (type <code>briefing</code>, <em>tài liệu lập luận</em>) give the facts that explain, clarify or refute false
information. A <em>public</em> brief is like any other item: on the website, in the public feeds, and in the API for every client whose
types include <code>briefing</code> (a client with no types listed reads every type). A <em>restricted</em> brief is for accredited
journalists and authorized press agencies only: it is never on a public channel, and in the API only a client whose types
<strong>name</strong> <code>briefing</code> (the <em>briefings scope</em>, granted by the office; <code>GET /me</code> says
<code>"restrictedBriefings": true</code>) receives it in <code>/items</code>, <code>/items/{id}</code>, <code>/changes</code> and
webhooks. For every other client a restricted brief does not exist: <code>404</code> by id, absent from lists and changes, no
webhook. Every brief carries <code>"genres": [{ "literal": "argument-brief" }]</code>; a restricted one carries restricted
<code>usageTerms</code> and an <code>edNote</code>, and no <code>web</code> rendition (it has no public page). Do not republish a
restricted brief as it stands.</p>

<h2 id="webhooks">Webhooks</h2>
<p>The office registers your HTTPS endpoints and the event types you want (<code>published</code>, <code>corrected</code>,
<code>withdrawn</code>, <code>embargoLifted</code>). On each event your endpoint receives a <code>POST</code> with a JSON body
<code>{ "deliveryId", "event", "seq", "occurredAt", "items": [ninjs…] }</code> (the item once per language in your scope;
tombstones for <code>withdrawn</code>) and these headers:</p>
<table>
<tr><td><code>X-Newsroom-Signature</code></td><td><code>t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>: HMAC-SHA256 with your endpoint's secret over <code>&lt;t&gt;.&lt;raw body&gt;</code></td></tr>
<tr><td><code>X-Newsroom-Event</code></td><td>The event type</td></tr>
<tr><td><code>X-Newsroom-Delivery</code></td><td>Unique id of the delivery, the same on every retry: use it to discard duplicates</td></tr>
</table>
<p>Answer with a 2xx quickly. Anything else is retried with exponential backoff for at least 24 hours, also across restarts of our
servers; the office can also redeliver by hand. Verify every request before trusting it (Node.js):</p>
${code(verify)}

<h2 id="limits">Rate limits</h2>
<p>Each key has a limit of requests per minute (120 unless agreed otherwise). Over it, the API answers <code>429</code> with a
<code>Retry-After</code> header in seconds: wait that long. Conditional requests answered with <code>304</code> are the cheapest way
to poll. An address that sends many invalid keys (20 within 15 minutes, by default) gets <code>429</code> for every request
that needs a key until that window ends: check the key before retrying.</p>

<h2 id="conditional">Conditional GET</h2>
<p>Every feed response carries <code>ETag</code> and <code>Last-Modified</code>. Send the ETag back in <code>If-None-Match</code>:
when nothing changed the answer is <code>304 Not Modified</code> with no body.</p>
${code(`curl -si -H "Authorization: Bearer $KEY" "${api}/items?lang=en" | grep -i etag
# ETag: "3f1c…"
curl -si -H "Authorization: Bearer $KEY" -H 'If-None-Match: "3f1c…"' "${api}/items?lang=en"
# HTTP/1.1 304 Not Modified`)}

<h2 id="feeds">Public feeds (no key)</h2>
<p>For feed readers and websites: the 50 newest released items in one language (${langs}), across all content types, never embargoed
items, drafts or withdrawn items.</p>
${code(`curl -s "${api}/en/rss.xml"     # RSS 2.0   (application/rss+xml)
curl -s "${api}/en/atom.xml"    # Atom 1.0  (application/atom+xml)
curl -s "${api}/en/feed.json"   # JSON Feed 1.1 (application/feed+json)`)}
<p>Each entry links to the item's page on the website in the feed's language,
<code>${esc(publicUrl.replace(/\/$/, ''))}/{lang}/{collection}/{slug}</code> (after a withdrawal it answers 410 with the withdrawal
notice); its id is the item's public REST URL, <code>${esc(publicUrl.replace(/\/$/, ''))}/api/{collection}/{id}?locale={lang}</code>,
which stays the same for the item's life. In the agency API, the same page is the item's <code>web</code> rendition
(<code>text/html</code>). A publication, correction, withdrawal or lifted embargo shows in the feeds at
once; other edits (a renamed topic) within a minute. Feeds carry <code>ETag</code> and <code>Last-Modified</code> too: poll them
with <code>If-None-Match</code>.</p>

<h2>Contract</h2>
<p>The machine-readable contract is <a href="${esc(api)}/openapi.json">openapi.json</a> (OpenAPI 3.1). Version 1 is stable: changes that
could break clients come as <code>/feed/v2</code>.</p>
</body>
</html>
`
}

/** GET /docs and GET / (the API page): no key. */
export function docsRoutes({ env }: FeedDeps): Router {
  const router = Router()
  const html = renderDocsPage(env.publicUrl)
  const page = (_req: Request, res: Response) => {
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.type('text/html; charset=utf-8').send(html)
  }
  router.get('/docs', page)
  router.get('/', page)
  return router
}
