import { Router } from 'express'

import { locales } from '../domain'
import { feedTypes, type FeedDeps } from './types'

/**
 * The agency API contract, version 1, as an OpenAPI 3.1 document served at /feed/v1/openapi.json.
 * Written by hand from the contract in the issue: keep it in step with the routes. The tests check
 * that every route of createFeedRouter (router.ts) is here and the other way round, and call every
 * documented GET, validating each answer against the schema documented for its status
 * (tests/int/feed-public/contract.test.ts).
 *
 * `x-public: true` marks operations that need no key.
 */

const typeNames = Object.keys(feedTypes)
const json = (schema: object, example?: unknown) => ({ 'application/json': { schema, ...(example === undefined ? {} : { example }) } })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const resp = (name: string) => ({ $ref: `#/components/responses/${name}` })
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` })

const conditionalHeaders = {
  ETag: { $ref: '#/components/headers/ETag' },
  'Last-Modified': { $ref: '#/components/headers/LastModified' },
}
const keyed = {
  '304': resp('NotModified'),
  '400': resp('BadRequest'),
  '401': resp('Unauthorized'),
  '429': resp('TooManyRequests'),
}

/** The simplified ninjs 3.1 item the API and webhooks deliver (the full schema is IPTC's). */
const ninjsItem = {
  type: 'object',
  description:
    'One language version of an item, as IPTC ninjs 3.1 (simplified here; the normative schema is ' +
    'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json, against which every item validates).',
  externalDocs: { url: 'https://www.iptc.org/std/ninjs/', description: 'IPTC ninjs' },
  required: ['uri', 'version', 'versionCreated', 'pubStatus', 'language'],
  properties: {
    uri: { type: 'string', format: 'uri', description: 'Stable identifier of this item in this language; the same across versions.' },
    type: { type: 'string', description: 'ninjs type of the item, e.g. text or composite.' },
    profile: { type: 'string', description: `The newsroom content type: ${typeNames.join(', ')}.` },
    version: { type: 'string', description: 'The published version number (1 for the first publication; corrections add one).' },
    versionCreated: { type: 'string', format: 'date-time' },
    firstCreated: { type: 'string', format: 'date-time' },
    contentCreated: { type: 'string', format: 'date-time' },
    pubStatus: { type: 'string', enum: ['usable', 'withheld', 'canceled'], description: '`canceled` marks a withdrawn item (a tombstone).' },
    embargoedUntil: {
      type: 'string',
      format: 'date-time',
      description: 'Present only for clients with the embargo privilege, on items whose embargo has not passed. Do not publish before this time.',
    },
    language: { type: 'string', enum: [...locales] },
    headlines: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, role: { type: 'string' }, contentType: { type: 'string' } }, required: ['value'] } },
    descriptions: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, role: { type: 'string' }, contentType: { type: 'string' } }, required: ['value'] } },
    bodies: {
      type: 'array',
      description: 'The body as `text/html` and as `text/plain`.',
      items: { type: 'object', properties: { value: { type: 'string' }, role: { type: 'string' }, contentType: { type: 'string', enum: ['text/html', 'text/plain'] } }, required: ['value'] },
    },
    subjects: {
      type: 'array',
      description: 'Topics of the item.',
      items: { type: 'object', properties: { name: { type: 'string' }, uri: { type: 'string' }, rel: { type: 'string' } } },
    },
    renditions: {
      type: 'array',
      items: ref('Rendition'),
      description: 'The item in other forms: its files (a publication per language, training files, partner media) and, named `web` (text/html), its page on the public website in this language.',
    },
    associations: {
      type: 'array',
      description: 'Images and files attached to the item, each a small ninjs object with renditions.',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, uri: { type: 'string' }, type: { type: 'string' }, headlines: { type: 'array', items: { type: 'object' } }, renditions: { type: 'array', items: ref('Rendition') } },
      },
    },
    by: { type: 'string' },
    located: { type: 'string' },
    copyrightHolder: { type: 'string' },
    copyrightNotice: { type: 'string' },
    usageTerms: { type: 'string', description: 'The terms of use; on a restricted argument brief, who it is for (accredited journalists and authorized press agencies).' },
    edNote: { type: 'string', description: 'A note for the receiving desk, not for publication: set on restricted argument briefs.' },
    genres: {
      type: 'array',
      description: 'On argument briefs: `{ "literal": "argument-brief" }` with its name in the item\'s language.',
      items: { type: 'object', properties: { name: { type: 'string' }, literal: { type: 'string' }, uri: { type: 'string' } } },
    },
  },
  additionalProperties: true,
} as const

export function openApiDocument(publicUrl: string) {
  const base = publicUrl.replace(/\/$/, '')
  return {
    openapi: '3.1.0',
    info: {
      title: 'Quang Tri newsroom – agency content API',
      version: '1.0.0',
      summary: 'Press releases, publications, training materials and partner media for press agencies, as IPTC ninjs, feeds and webhooks.',
      description:
        'The content API of the Quảng Trị foreign-information office for central press agencies, broadcasters and partners.\n\n' +
        '- Key-protected endpoints take `Authorization: Bearer <key>`. Keys are issued by the office (see the API page at `/feed/v1/docs`).\n' +
        '- Items are IPTC ninjs 3.1, one object per language version.\n' +
        '- Every feed response carries `ETag` and `Last-Modified`; send `If-None-Match` to get `304 Not Modified`.\n' +
        '- Errors are JSON: `{ "errors": [{ "message": "…" }] }`; a bad parameter is a 400 that names it.\n' +
        '- Public syndication feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) need no key.\n' +
        '- The version is in the path: this contract stays stable within `/feed/v1`.',
      contact: { name: 'Quang Tri Foreign Information', url: `${base}/feed/v1/docs` },
      license: { name: 'Content: see usageTerms of each item', url: `${base}/feed/v1/docs` },
    },
    externalDocs: { description: 'Guide for agency developers', url: `${base}/feed/v1/docs` },
    servers: [{ url: `${base}/feed/v1`, description: 'This server' }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'items', description: 'Published items as IPTC ninjs (key required).' },
      { name: 'changes', description: 'The exact change feed (key required).' },
      { name: 'client', description: 'The calling client (key required).' },
      { name: 'webhooks', description: "The client's own webhook endpoints (key required)." },
      { name: 'syndication', description: 'Public RSS, Atom and JSON Feed (no key).' },
      { name: 'documentation', description: 'This document and the API page (no key).' },
    ],
    paths: {
      '/items': {
        get: {
          operationId: 'listItems',
          tags: ['items'],
          summary: 'Published items the client may see, newest first',
          description:
            'One entry per published language version, ordered by publication time (newest first). Follow `next` with `cursor` to page; ' +
            '`next` is null on the last page. Items out of the client\'s scope (types, languages) are never listed. ' +
            'Restricted argument briefs are listed only for clients whose types name `briefing` (the briefings scope); for any other client they do not exist (also by id, in /changes and webhooks). ' +
            'Embargoed press releases are listed only for clients with the embargo privilege, marked with `embargoedUntil`. ' +
            'With `q`, only the items matching that text, most relevant first (then newest): Vietnamese ignores case and diacritics ' +
            '("quang tri" finds "Quảng Trị", "d" finds "đ"), English matches word forms (invest, investing, investment), Lao matches any ' +
            'part of the text of two syllables or more. `q` pages with `cursor` like the list, and cannot be combined with `topic` or `updatedSince`.',
          parameters: [param('q'), param('type'), param('lang'), param('topic'), param('updatedSince'), param('limit'), param('cursor'), param('IfNoneMatch')],
          responses: {
            '200': {
              description: 'A page of items.',
              headers: conditionalHeaders,
              content: json(ref('ItemPage')),
            },
            ...keyed,
          },
        },
      },
      '/items/{id}': {
        get: {
          operationId: 'getItem',
          tags: ['items'],
          summary: 'One item in one language',
          description:
            'The current published version by default, or an earlier published version with `version`. A withdrawn item answers with a ' +
            'tombstone (`pubStatus: "canceled"`). An item out of the client\'s scope, unpublished or still embargoed for this client answers 404, revealing nothing.',
          parameters: [
            { name: 'id', in: 'path', required: true, description: 'The item id, `{type}:{id}`, e.g. `press-release:12`.', schema: { type: 'string', pattern: '^[a-z-]+:[A-Za-z0-9_-]{1,64}$' }, example: 'press-release:12' },
            param('lang'),
            { name: 'version', in: 'query', required: false, description: 'An earlier published version (1 or more).', schema: { type: 'integer', minimum: 1 } },
            param('IfNoneMatch'),
          ],
          responses: {
            '200': { description: 'The item.', headers: conditionalHeaders, content: json(ref('NinjsItem')) },
            ...keyed,
            '404': resp('NotFound'),
          },
        },
      },
      '/changes': {
        get: {
          operationId: 'listChanges',
          tags: ['changes'],
          summary: 'Every change after a cursor, in order',
          description:
            'Events in commit order: `published`, `updated`, `corrected`, `withdrawn` (the item is a tombstone with `pubStatus: "canceled"`) and ' +
            '`embargoLifted`. Without `since` the feed starts at the beginning. Keep the last `next` you received and pass it as `since`: a client ' +
            'that follows `next` until it is null has seen every change exactly once, also while editors publish concurrently. Then keep the ' +
            "page's `cursor` and poll later with `since=<cursor>`. Events outside the client's scope are skipped and do not move its cursor or ETag; " +
            'a client without the embargo privilege gets an embargoed item with its `embargoLifted` change, when it becomes available.',
          parameters: [
            { name: 'since', in: 'query', required: false, description: 'A cursor from a previous `next` or `cursor`.', schema: { type: 'string' } },
            { name: 'limit', in: 'query', required: false, description: 'Most changes per page.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
            param('IfNoneMatch'),
          ],
          responses: {
            '200': { description: 'A page of changes.', headers: conditionalHeaders, content: json(ref('ChangePage')) },
            ...keyed,
          },
        },
      },
      '/me': {
        get: {
          operationId: 'getClient',
          tags: ['client'],
          summary: 'The calling client and its scope',
          responses: {
            '200': { description: 'The client.', content: json(ref('Client')) },
            '401': resp('Unauthorized'),
            '429': resp('TooManyRequests'),
          },
        },
      },
      '/{lang}/rss.xml': syndicationPath('RSS 2.0', 'application/rss+xml', 'getRssFeed'),
      '/{lang}/atom.xml': syndicationPath('Atom 1.0', 'application/atom+xml', 'getAtomFeed'),
      '/{lang}/feed.json': syndicationPath('JSON Feed 1.1', 'application/feed+json', 'getJsonFeed', ref('JsonFeed')),
      '/webhooks': {
        get: {
          operationId: 'listWebhooks',
          tags: ['webhooks'],
          summary: "The client's webhook endpoints (at most 100)",
          responses: {
            '200': { description: 'The endpoints.', content: json(ref('WebhookList')) },
            '401': resp('Unauthorized'),
            '429': resp('TooManyRequests'),
          },
        },
        post: {
          operationId: 'registerWebhook',
          tags: ['webhooks'],
          summary: 'Register an HTTPS endpoint; the answer shows its signing secret, once',
          requestBody: {
            required: true,
            content: json({
              type: 'object',
              required: ['url'],
              additionalProperties: false,
              properties: {
                url: { type: 'string', format: 'uri', description: 'The HTTPS address to POST events to (public addresses only).' },
                events: { type: 'array', minItems: 1, items: ref('WebhookEventType'), description: 'The event types to receive; all when absent.' },
              },
            }),
          },
          responses: {
            '201': { description: 'Registered. Keep `secret`: it is not shown again.', content: json(ref('WebhookCreated')) },
            '400': resp('BadRequest'),
            '401': resp('Unauthorized'),
            '429': resp('TooManyRequests'),
          },
        },
      },
      '/webhooks/{id}': {
        delete: {
          operationId: 'deleteWebhook',
          tags: ['webhooks'],
          summary: 'Delete one of the client\'s webhook endpoints',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'The endpoint id (`id` in the list).', schema: { type: 'string' } }],
          responses: {
            '204': { description: 'Deleted.' },
            '401': resp('Unauthorized'),
            '404': { description: 'No such endpoint of this client.', content: json(ref('Error'), { errors: [{ message: 'No webhook 12' }] }) },
            '429': resp('TooManyRequests'),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          tags: ['documentation'],
          summary: 'This document (OpenAPI 3.1)',
          security: [],
          'x-public': true,
          responses: { '200': { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/': {
        get: {
          operationId: 'getDocsIndex',
          tags: ['documentation'],
          summary: 'The API page for agency developers (the same as /docs)',
          security: [],
          'x-public': true,
          responses: { '200': { description: 'The API page.', content: { 'text/html': { schema: { type: 'string' } } } } },
        },
      },
      '/docs': {
        get: {
          operationId: 'getDocs',
          tags: ['documentation'],
          summary: 'The API page for agency developers (HTML; also at /feed/v1/)',
          security: [],
          'x-public': true,
          responses: { '200': { description: 'The API page.', content: { 'text/html': { schema: { type: 'string' } } } } },
        },
      },
    },
    webhooks: {
      itemEvent: {
        post: {
          operationId: 'receiveItemEvent',
          summary: 'An item was published, corrected, withdrawn, or its embargo lifted',
          description:
            'Sent to each HTTPS endpoint a client registered, for the event types it chose. The body names the event and carries the item as ' +
            'ninjs, one object per language in the client\'s scope (for `withdrawn`, tombstones with `pubStatus: "canceled"`). A client without the ' +
            'embargo privilege does not receive an embargoed item early: it receives `published` when the embargo passes.\n\n' +
            'Verify every delivery: `X-Newsroom-Signature` is `t=<unix seconds>,v1=<hex>`, where `<hex>` is the HMAC-SHA256, keyed with the ' +
            "endpoint's signing secret, of the string `<t>.<raw body>`. Compare in constant time and refuse timestamps older than five minutes.\n\n" +
            'Answer with any 2xx within 10 seconds. Anything else (or no answer) is retried with exponential backoff for at least 24 hours, across ' +
            'server restarts; the `X-Newsroom-Delivery` id stays the same across retries of one delivery, so use it to discard duplicates.',
          security: [],
          parameters: [
            { name: 'X-Newsroom-Signature', in: 'header', required: true, description: '`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`', schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' }, example: 't=1764489600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd' },
            { name: 'X-Newsroom-Event', in: 'header', required: true, description: 'The event type (as `event` in the body).', schema: ref('WebhookEventType') },
            { name: 'X-Newsroom-Delivery', in: 'header', required: true, description: 'Unique id of this delivery, the same on every retry (as `deliveryId` in the body).', schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: json(ref('WebhookBody')) },
          responses: { '2XX': { description: 'Received. Any other answer is retried.' } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key issued by the office: `Authorization: Bearer <key>`. Unknown or revoked key: 401.',
        },
      },
      parameters: {
        type: {
          name: 'type',
          in: 'query',
          required: false,
          description: `Content type, or several separated by commas: ${typeNames.join(', ')}.`,
          schema: { type: 'string' },
          example: 'press-release',
        },
        lang: { name: 'lang', in: 'query', required: false, description: 'Language of the items.', schema: { type: 'string', enum: [...locales] } },
        q: {
          name: 'q',
          in: 'query',
          required: false,
          description: 'Text to search for in the titles and bodies, in the languages the client may read (1–200 characters, spaces at either end not counted).',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
          example: 'quang tri',
        },
        topic: { name: 'topic', in: 'query', required: false, description: 'A topic slug.', schema: { type: 'string' } },
        updatedSince: {
          name: 'updatedSince',
          in: 'query',
          required: false,
          description: 'Only items published or corrected at or after this time (ISO 8601 with a time zone).',
          schema: { type: 'string', format: 'date-time' },
          example: '2026-12-01T08:00:00+07:00',
        },
        limit: { name: 'limit', in: 'query', required: false, description: 'Page size.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        cursor: { name: 'cursor', in: 'query', required: false, description: 'The `next` of the previous page.', schema: { type: 'string' } },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The `ETag` of a response you hold: 304 when it is still current (answered without reading the database).',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'Validator of this response; send it back as `If-None-Match`.', schema: { type: 'string' } },
        LastModified: { description: 'Time of the newest change in this response (HTTP date).', schema: { type: 'string' } },
        RetryAfter: { description: 'Seconds to wait before the next request.', schema: { type: 'integer', minimum: 0 } },
      },
      responses: {
        NotModified: { description: 'Not modified: the `If-None-Match` ETag is current. No body.', headers: conditionalHeaders },
        BadRequest: { description: 'A malformed or out-of-range parameter; the message names it.', content: json(ref('Error'), { errors: [{ message: 'Invalid parameter "limit": must be a whole number from 1 to 100', data: { parameter: 'limit' } }] }) },
        Unauthorized: { description: 'No key, or an unknown, revoked or expired key.', content: json(ref('Error'), { errors: [{ message: 'An API key is required: Authorization: Bearer <key>' }] }) },
        NotFound: { description: 'No such item, or not one this client may see (nothing is revealed).', content: json(ref('Error'), { errors: [{ message: 'Item not found' }] }) },
        TooManyRequests: {
          description: "Over the key's rate limit (requests per minute), or too many invalid keys from this address. Wait `Retry-After` seconds.",
          headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
          content: json(ref('Error'), { errors: [{ message: 'Rate limit exceeded: 120 requests per minute for this key. Retry after 42 seconds.' }] }),
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['errors'],
          properties: {
            errors: {
              type: 'array',
              minItems: 1,
              items: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, data: { type: 'object' } } },
            },
          },
        },
        NinjsItem: ninjsItem,
        Rendition: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            href: { type: 'string', format: 'uri', description: 'Absolute URL.' },
            contentType: { type: 'string' },
            title: { type: 'string' },
            width: { type: 'integer' },
            height: { type: 'integer' },
            sizeInBytes: { type: 'integer' },
          },
        },
        ItemPage: {
          type: 'object',
          required: ['items', 'next'],
          properties: { items: { type: 'array', items: ref('NinjsItem') }, next: { type: ['string', 'null'], description: 'Cursor of the next page; null on the last.' } },
        },
        EventType: { type: 'string', enum: ['published', 'updated', 'corrected', 'withdrawn', 'embargoLifted'] },
        WebhookEventType: { type: 'string', enum: ['published', 'corrected', 'withdrawn', 'embargoLifted'] },
        WebhookBody: {
          type: 'object',
          required: ['deliveryId', 'event', 'seq', 'occurredAt', 'items'],
          properties: {
            deliveryId: { type: 'string', description: 'The same as the `X-Newsroom-Delivery` header.' },
            event: ref('WebhookEventType'),
            seq: { type: 'integer', description: 'Position of the event in the change feed.' },
            occurredAt: { type: 'string', format: 'date-time' },
            items: { type: 'array', description: 'The item as ninjs, one object per language.', items: ref('NinjsItem') },
          },
        },
        Change: {
          type: 'object',
          description: 'One change: the event and the item in each language it concerns.',
          required: ['seq', 'cursor', 'type', 'occurredAt', 'id', 'version', 'languages', 'items'],
          properties: {
            seq: { type: 'integer', description: 'Position in the change feed (commit order).' },
            cursor: { type: 'string', description: 'The cursor just after this change.' },
            type: ref('EventType'),
            occurredAt: { type: 'string', format: 'date-time' },
            id: { type: 'string', description: 'The item id, `{type}:{id}`.', example: 'press-release:12' },
            version: { type: 'integer', description: 'The published version the change is about.' },
            languages: { type: 'array', items: { type: 'string', enum: [...locales] } },
            items: { type: 'array', description: 'The ninjs item per language (tombstones for a withdrawn item).', items: ref('NinjsItem') },
          },
          additionalProperties: true,
        },
        ChangePage: {
          type: 'object',
          required: ['changes', 'next', 'cursor'],
          properties: {
            changes: { type: 'array', items: ref('Change') },
            next: { type: ['string', 'null'], description: 'Pass as `since` for the following page; null when you are up to date.' },
            cursor: { type: 'string', description: 'Your position after this page: keep it and poll later with `since=<cursor>`.' },
          },
          additionalProperties: true,
        },
        JsonFeed: {
          type: 'object',
          description: 'A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).',
          externalDocs: { url: 'https://www.jsonfeed.org/version/1.1/' },
          required: ['version', 'title', 'items'],
          properties: {
            version: { type: 'string', const: 'https://jsonfeed.org/version/1.1' },
            title: { type: 'string' },
            home_page_url: { type: 'string', format: 'uri' },
            feed_url: { type: 'string', format: 'uri' },
            description: { type: 'string' },
            language: { type: 'string', enum: [...locales] },
            authors: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } } } },
            items: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id'],
                properties: {
                  id: { type: 'string' },
                  url: { type: 'string', format: 'uri' },
                  title: { type: 'string' },
                  content_text: { type: 'string' },
                  summary: { type: 'string' },
                  image: { type: 'string', format: 'uri' },
                  attachments: {
                    type: 'array',
                    items: { type: 'object', required: ['url', 'mime_type'], properties: { url: { type: 'string', format: 'uri' }, mime_type: { type: 'string' }, size_in_bytes: { type: 'integer' } } },
                  },
                  date_published: { type: 'string', format: 'date-time' },
                  date_modified: { type: 'string', format: 'date-time' },
                  tags: { type: 'array', items: { type: 'string' } },
                  language: { type: 'string', enum: [...locales] },
                  _newsroom: {
                    type: 'object',
                    description: 'Extension: the item in this API (`GET /items/{type}:{id}`).',
                    properties: { type: { type: 'string', enum: typeNames }, id: { type: ['string', 'integer'] } },
                  },
                },
              },
            },
          },
        },
        Webhook: {
          type: 'object',
          required: ['id', 'url', 'events', 'active', 'createdAt'],
          properties: {
            id: { type: ['string', 'integer'] },
            url: { type: 'string', format: 'uri' },
            events: { type: 'array', items: ref('WebhookEventType') },
            active: { type: 'boolean' },
            lastSeq: { type: ['integer', 'null'], description: 'The last change-feed position delivered to it.' },
            failures: { type: ['integer', 'null'], description: 'Failed attempts in a row.' },
            nextAttemptAt: { type: ['string', 'null'], format: 'date-time' },
            createdAt: { type: 'string', format: 'date-time' },
          },
        },
        WebhookList: { type: 'object', required: ['webhooks'], properties: { webhooks: { type: 'array', items: ref('Webhook') } } },
        WebhookCreated: {
          allOf: [ref('Webhook'), { type: 'object', required: ['secret'], properties: { secret: { type: 'string', description: 'The signing secret (HMAC-SHA256), shown once.' } } }],
        },
        Client: {
          type: 'object',
          required: ['name'],
          properties: {
            id: { type: ['string', 'integer'] },
            name: { type: 'string' },
            types: { type: 'array', items: { type: 'string', enum: typeNames }, description: 'Content types this client may read.' },
            languages: { type: 'array', items: { type: 'string', enum: [...locales] }, description: 'Languages this client may read.' },
            embargoPrivilege: { type: 'boolean' },
            restrictedBriefings: { type: 'boolean', description: 'The briefings scope: the client reads restricted argument briefs (its types name `briefing`).' },
            rateLimitPerMinute: { type: 'integer' },
          },
          additionalProperties: true,
        },
      },
    },
  }
}

/** A public feed; `schema` is the document's shape when it is JSON (XML feeds are strings). */
function syndicationPath(format: string, contentType: string, operationId: string, schema: object = { type: 'string' }) {
  return {
    get: {
      operationId,
      tags: ['syndication'],
      summary: `Public ${format} feed of one language`,
      description:
        'The 50 newest released items in that language across all content types (published, not embargoed, never drafts or withdrawn), ' +
        'newest update first. Entries link to the item\'s page on the website (`/{lang}/{collection}/{slug}`); their id is its public REST URL `/api/{collection}/{id}?locale={lang}`. ' +
        'An unknown language answers 404 naming the allowed ones. No key needed.',
      security: [],
      'x-public': true,
      parameters: [
        { name: 'lang', in: 'path', required: true, schema: { type: 'string', enum: [...locales] }, example: 'vi' },
        param('IfNoneMatch'),
      ],
      responses: {
        '200': { description: `${format} document.`, headers: conditionalHeaders, content: { [contentType]: { schema } } },
        '304': resp('NotModified'),
        '404': { description: 'Unknown language.', content: json(ref('Error'), { errors: [{ message: 'No feed in language "fr": use one of vi, en, lo' }] }) },
      },
    },
  }
}

/** GET /openapi.json: no key. */
export function openApiRoutes({ env }: FeedDeps): Router {
  const router = Router()
  const body = JSON.stringify(openApiDocument(env.publicUrl), null, 2)
  router.get('/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.type('application/json; charset=utf-8').send(body)
  })
  return router
}
