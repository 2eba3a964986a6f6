import { Kind, parse, valueFromASTUntyped, visit, type DocumentNode } from 'graphql'

import { normalizeEmailAddress } from '../email/addresses'
import { HttpError } from '../server/errors'

/** What one request asks of the sign-in: a password check, or a password-reset email. */
export type SignInKind = 'login' | 'forgotPassword'

/**
 * One sign-in attempt found in a request: its kind, the account it names (normalized the way
 * Payload looks it up: trimmed, lower-case; null when the request names none we can read), and for
 * GraphQL the key of its answer in `data` (the alias, or the field name).
 */
export type Attempt = { kind: SignInKind; email: string | null; responseKey?: string }

/** The GraphQL mutations of the users collection that check a password or send a reset email. */
export type SignInMutations = { login: string; forgotPassword: string }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const emailOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? normalizeEmailAddress(value) : null)

/**
 * The attempt in a REST `POST /api/users/login` or `/forgot-password` body, read as Payload reads
 * it: JSON, or multipart form data whose `_payload` field holds the JSON (the admin's own form).
 */
export async function restAttempt(kind: SignInKind, body: Buffer, contentType: string | undefined): Promise<Attempt> {
  const type = (contentType ?? '').split(';', 1)[0].trim().toLowerCase()
  let data: unknown
  try {
    if (type === 'application/json') {
      data = JSON.parse(body.toString('utf8'))
    } else if (type.includes('multipart/') && contentType) {
      const form = await new Request('http://body.local/', { method: 'POST', headers: { 'content-type': contentType }, body: new Blob([new Uint8Array(body)]) }).formData()
      const payloadField = form.get('_payload')
      data = typeof payloadField === 'string' ? JSON.parse(payloadField) : undefined
    }
  } catch {
    // Payload refuses what it cannot read (400); the attempt still counts against the address.
    data = undefined
  }
  return { kind, email: isObject(data) ? emailOf(data.email) : null }
}

/** Tokens a GraphQL document may hold (the body is at most 1 MB anyway): far above any real query. */
const MAX_TOKENS = 100_000

/**
 * Every sign-in attempt in a GraphQL request body: each `loginUser` / `forgotPasswordUser` field
 * of every operation and fragment of the document, aliases included, with the `email` argument
 * resolved from a literal, the request's variables or the variable's default. Several fields, or
 * several operations in one document, are several attempts (counted even if only one operation
 * runs: a request cannot make more attempts than it is charged for).
 *
 * A body that is not a JSON object with a string `query` holds no attempt (GraphQL refuses it
 * without running anything). A query that does not parse is refused here with 400, so that no
 * document is executed that this reading could not see into.
 */
export function graphQLAttempts(body: Buffer, mutations: SignInMutations): Attempt[] {
  let request: unknown
  try {
    request = JSON.parse(body.toString('utf8'))
  } catch {
    return []
  }
  if (!isObject(request) || typeof request.query !== 'string') return []
  let document: DocumentNode
  try {
    document = parse(request.query, { noLocation: true, maxTokens: MAX_TOKENS })
  } catch (error) {
    throw new HttpError(400, `The GraphQL query could not be parsed: ${(error as Error).message}`)
  }
  const variables: Record<string, unknown> = {}
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    for (const v of definition.variableDefinitions ?? []) {
      if (v.defaultValue) variables[v.variable.name.value] = valueFromASTUntyped(v.defaultValue)
    }
  }
  if (isObject(request.variables)) Object.assign(variables, request.variables)

  const attempts: Attempt[] = []
  visit(document, {
    Field(node) {
      const kind: SignInKind | undefined = node.name.value === mutations.login ? 'login' : node.name.value === mutations.forgotPassword ? 'forgotPassword' : undefined
      if (!kind) return
      const argument = node.arguments?.find((a) => a.name.value === 'email')
      let email: string | null = null
      try {
        email = argument ? emailOf(valueFromASTUntyped(argument.value, variables)) : null
      } catch {
        email = null
      }
      attempts.push({ kind, email, responseKey: node.alias?.value ?? node.name.value })
    },
  })
  return attempts
}

/**
 * Which GraphQL attempts succeeded, from the answer: a login succeeded when its key in `data` holds
 * a value and no error names it. Password-reset requests never count as successes (they are
 * charged whatever the answer).
 */
export function graphQLOutcomes(result: unknown, attempts: readonly Attempt[]): boolean[] {
  const data = isObject(result) && isObject(result.data) ? result.data : {}
  const errors = isObject(result) && Array.isArray(result.errors) ? result.errors : []
  const failed = new Set(errors.map((e: unknown) => (isObject(e) && Array.isArray(e.path) ? String(e.path[0]) : undefined)))
  return attempts.map((a) => a.kind === 'login' && a.responseKey !== undefined && data[a.responseKey] != null && !failed.has(a.responseKey))
}
