import express, { type Request, type Response } from 'express'

/**
 * The largest JSON body Payload's REST operations take: a long item's rich text with its versions'
 * metadata stays well below it. (Payload itself reads JSON bodies whole, with no limit.)
 */
export const JSON_BODY_LIMIT = '10mb'

const readRaw = express.raw({ type: 'application/json', limit: JSON_BODY_LIMIT })

/** Read the body once and hand the bytes to Payload as read (`req.payloadBody`, src/server/webAdapter.ts). */
function readBody(req: Request, res: Response): Promise<Buffer> {
  if (req.payloadBody) return Promise.resolve(req.payloadBody)
  return new Promise((resolve, reject) => {
    readRaw(req, res, (error?: unknown) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)))
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
      req.payloadBody = body
      resolve(body)
    })
  })
}

/**
 * Why a JSON body cannot be a document's data, or undefined. Payload parses any JSON and hands it on
 * as the data: `null`, a number or a list then fail deep in the operation (500). Syntax errors it
 * answers itself (400 "Invalid JSON").
 */
export async function jsonBodyProblem(req: Request, res: Response): Promise<string | undefined> {
  if (!['POST', 'PATCH', 'PUT'].includes(req.method) || !req.is('application/json')) return undefined
  const text = (await readBody(req, res)).toString('utf8')
  if (text.trim() === '') return undefined
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) return undefined
  const kind = data === null ? 'null' : Array.isArray(data) ? 'a list' : `a ${typeof data}`
  return `The body must be a JSON object (the document's fields), not ${kind}`
}
