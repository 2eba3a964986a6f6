import { graphQLAttempts, graphQLOutcomes, restAttempt } from '../../../src/auth/attempts'
import { HttpError } from '../../../src/server/errors'

const mutations = { login: 'loginUser', forgotPassword: 'forgotPasswordUser' }
const body = (value: unknown) => Buffer.from(JSON.stringify(value))

describe('sign-in attempts in a GraphQL request', () => {
  it('finds every loginUser and forgotPasswordUser: aliases, several operations, fragments', () => {
    const query = `
      mutation A { one: loginUser(email: " Ann@Example.org ", password: "x") { token } loginUser(email: "bob@example.org", password: "y") { token } }
      mutation B { forgotPasswordUser(email: "carol@example.org") ...More }
      fragment More on Mutation { again: loginUser(email: "dan@example.org", password: "z") { token } }
      query C { Users { docs { id } } }`
    expect(graphQLAttempts(body({ query, operationName: 'A' }), mutations)).toEqual([
      { kind: 'login', email: 'ann@example.org', responseKey: 'one' },
      { kind: 'login', email: 'bob@example.org', responseKey: 'loginUser' },
      { kind: 'forgotPassword', email: 'carol@example.org', responseKey: 'forgotPasswordUser' },
      { kind: 'login', email: 'dan@example.org', responseKey: 'again' },
    ])
  })

  it('resolves the email from variables, or from the variable’s default', () => {
    const query = 'mutation ($e: String! = "default@example.org", $f: String!) { a: loginUser(email: $e) { token } b: loginUser(email: $f) { token } c: loginUser(password: "p") { token } }'
    expect(graphQLAttempts(body({ query, variables: { f: 'Given@Example.org' } }), mutations)).toEqual([
      { kind: 'login', email: 'default@example.org', responseKey: 'a' },
      { kind: 'login', email: 'given@example.org', responseKey: 'b' },
      { kind: 'login', email: null, responseKey: 'c' },
    ])
  })

  it('finds none in a body GraphQL would not run (not JSON, no query) or without sign-in fields', () => {
    expect(graphQLAttempts(Buffer.from('mutation { loginUser(email: "a@b.c") { token } }'), mutations)).toEqual([])
    expect(graphQLAttempts(body({ variables: {} }), mutations)).toEqual([])
    expect(graphQLAttempts(body([{ query: 'mutation { loginUser(email: "a@b.c") { token } }' }]), mutations)).toEqual([])
    expect(graphQLAttempts(body({ query: '{ Users { docs { email } } }' }), mutations)).toEqual([])
  })

  it('refuses with 400 a query it cannot parse, so nothing unread is run', () => {
    expect(() => graphQLAttempts(body({ query: 'mutation { loginUser(' }), mutations)).toThrow(HttpError)
    try {
      graphQLAttempts(body({ query: 'mutation { loginUser(' }), mutations)
    } catch (error) {
      expect((error as HttpError).status).toBe(400)
      expect((error as HttpError).message).toMatch(/^The GraphQL query could not be parsed: Syntax Error/)
    }
  })

  it('tells successes from the answer: a value under the key and no error naming it', () => {
    const attempts = [
      { kind: 'login' as const, email: 'a@x.org', responseKey: 'a' },
      { kind: 'login' as const, email: 'b@x.org', responseKey: 'b' },
      { kind: 'login' as const, email: 'c@x.org', responseKey: 'c' },
      { kind: 'forgotPassword' as const, email: 'd@x.org', responseKey: 'd' },
    ]
    const answer = { data: { a: { token: 't' }, b: null, c: { token: null }, d: true }, errors: [{ message: 'no', path: ['b'] }, { message: 'partly', path: ['c', 'user'] }] }
    expect(graphQLOutcomes(answer, attempts)).toEqual([true, false, false, false])
    expect(graphQLOutcomes(undefined, attempts)).toEqual([false, false, false, false])
  })
})

describe('the sign-in attempt in a REST body', () => {
  it('reads JSON, and the admin’s multipart form with its _payload field', async () => {
    expect(await restAttempt('login', body({ email: ' Eve@Example.org', password: 'x' }), 'application/json; charset=utf-8')).toEqual({ kind: 'login', email: 'eve@example.org' })
    const form = new FormData()
    form.set('_payload', JSON.stringify({ email: 'Fay@Example.org', password: 'x' }))
    const request = new Request('http://x/', { method: 'POST', body: form })
    const bytes = Buffer.from(await request.arrayBuffer())
    expect(await restAttempt('forgotPassword', bytes, request.headers.get('content-type') ?? undefined)).toEqual({ kind: 'forgotPassword', email: 'fay@example.org' })
  })

  it('names no account when the body cannot be read (it still counts against the address)', async () => {
    expect(await restAttempt('login', Buffer.from('{not json'), 'application/json')).toEqual({ kind: 'login', email: null })
    expect(await restAttempt('login', Buffer.from('email=a@b.c'), 'application/x-www-form-urlencoded')).toEqual({ kind: 'login', email: null })
    expect(await restAttempt('login', body({ email: 42 }), 'application/json')).toEqual({ kind: 'login', email: null })
  })
})
