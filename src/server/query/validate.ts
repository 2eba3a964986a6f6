import type { RequestHandler } from 'express'
import { match } from 'path-to-regexp'
import { buildVersionCollectionFields, buildVersionGlobalFields, type Endpoint, type FlattenedField, type SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

import { HttpError } from '../errors'
import { jsonBodyProblem } from './body'
import { idTarget } from './fieldPaths'
import { MAX_ID } from './operators'
import { paramProblems } from './params'
import { sortProblems, whereProblems } from './where'

type Route = { endpoints: Endpoint[] | false; fields: readonly FlattenedField[]; versions: boolean; versionFields: () => FlattenedField[]; name: string }

/** The collection or global a REST path addresses, and the rest of the path as Payload matches it. */
function routeOf(config: SanitizedConfig, pathname: string): { route: Route; rest: string } | undefined {
  const globals = /^\/globals\/([^/]+)(\/.*)?$/.exec(pathname)
  if (globals) {
    const global = config.globals.find((g) => g.slug === globals[1])
    if (!global) return undefined
    const route = { endpoints: global.endpoints, fields: global.flattenedFields, versions: Boolean(global.versions), versionFields: () => buildVersionGlobalFields(config, global, true), name: global.slug }
    return { route, rest: globals[2] ?? '/' }
  }
  const collection = /^\/([^/]+)(\/.*)?$/.exec(pathname)
  const config_ = collection ? config.collections.find((c) => c.slug === collection[1]) : undefined
  if (!collection || !config_) return undefined
  const route = { endpoints: config_.endpoints, fields: config_.flattenedFields, versions: Boolean(config_.versions), versionFields: () => buildVersionCollectionFields(config, config_, true), name: config_.slug }
  return { route, rest: collection[2] ?? '/' }
}

/** The endpoint Payload will run for this method and path: the first that matches, as in handleEndpoints. */
function endpointOf(endpoints: Endpoint[], method: string, rest: string) {
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    const result = match<Record<string, string>>(endpoint.path, { decode: (s) => s })(rest)
    if (result) return { endpoint, params: result.params }
  }
  return undefined
}

function idProblem(route: Route, raw: string, versions: boolean): HttpError | undefined {
  const target = versions ? { kind: 'id', text: false } : idTarget(route.fields)
  if (target.kind === 'id' && target.text) return undefined
  if (!/^\d+$/.test(raw)) return new HttpError(400, `Invalid id '${safe(raw)}' for ${route.name}: ids are whole numbers`)
  if (Number(raw) < 1 || Number(raw) > MAX_ID) return new HttpError(404, `${route.name} has no document with id ${raw}: ids run from 1 to ${MAX_ID}`)
  return undefined
}

/** A path segment as it may be quoted back: decoded (Express has checked it decodes), control characters escaped. */
const safe = (raw: string) => JSON.stringify(decodeURIComponent(raw)).slice(1, -1).slice(0, 100)

/**
 * In front of Payload's REST handler: checks the id in the path and the query (paging, depth,
 * languages, draft, `where` and `sort` against the collection's fields) the way Payload will read
 * them, and refuses what would otherwise reach the database as an SQL error (a 500) with a 400 naming
 * the problem. Requests that pass are untouched; Payload still does its own checks after.
 */
export function validateRestQuery(config: Promise<SanitizedConfig>): RequestHandler {
  return async (req, res, next) => {
    try {
      const resolved = await config
      const base = resolved.routes.api
      const url = new URL(req.originalUrl, 'http://local')
      if (!url.pathname.startsWith(`${base}/`)) return next()
      // PostgreSQL text cannot hold a NUL character: any that reaches a query is an SQL error.
      if (/%00/.test(req.originalUrl)) throw new HttpError(400, 'The request contains a NUL character (%00), which no id, field or value may hold')
      const found = routeOf(resolved, url.pathname.slice(base.length))
      if (!found) return next()
      const { route, rest } = found
      if (route.endpoints === false) throw new HttpError(404, `Not found: ${req.method} ${url.pathname}`)
      const matched = endpointOf(route.endpoints, req.method, rest)
      // A path no endpoint answers is Payload's to refuse (404); custom endpoints are checked like its own.
      if (!matched) return next()
      const versions = matched.endpoint.path.startsWith('/versions')
      // Payload mounts the version routes on every collection; without versions they fail in SQL.
      if (versions && !route.versions) throw new HttpError(404, `${route.name} keeps no versions`)
      if (matched.params.id !== undefined) {
        const problem = idProblem(route, matched.params.id, versions)
        if (problem) throw problem
      }
      const query = qs.parse(url.search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
      const fields = versions ? route.versionFields() : route.fields
      const problems = [
        ...paramProblems(resolved, query),
        ...(query.where !== undefined ? whereProblems(resolved, fields, query.where) : []),
        ...(query.sort !== undefined ? sortProblems(resolved, fields, query.sort) : []),
      ]
      if (problems.length > 0) throw new HttpError(400, problems.join('; '))
      // Only Payload's document writes take the body as a document; custom endpoints (the workflow,
      // erasure, imports) read their own bodies and name their own shapes.
      const documentWrite = matched.endpoint.path === '/' || matched.endpoint.path === '/:id'
      const bodyProblem = documentWrite ? await jsonBodyProblem(req, res) : undefined
      if (bodyProblem) throw new HttpError(400, bodyProblem)
      next()
    } catch (error) {
      next(error)
    }
  }
}
