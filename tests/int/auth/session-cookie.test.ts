import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser } from '../../helpers/users'
import { signIn } from './helpers'

/** The session cookie a real sign-in through the app sets, with the server's PUBLIC_URL. */
async function sessionCookieWith(publicUrl: string): Promise<string> {
  let ctx: TestContext | undefined
  let server: TestServer | undefined
  try {
    ctx = await bootPayload({ PUBLIC_URL: publicUrl })
    server = await startServer(ctx)
    const user = await createUser(ctx.payload, ['contributor'])
    const res = await signIn(server, user.email, user.password)
    expect(res.status).toBe(200)
    const cookies = res.headers.getSetCookie().filter((c) => c.startsWith('payload-token='))
    expect(cookies).toHaveLength(1)
    return cookies[0]
  } finally {
    await server?.close()
    await ctx?.destroy()
  }
}

const attributes = (cookie: string) =>
  cookie
    .split(';')
    .slice(1)
    .map((a) => a.trim().split('=')[0].toLowerCase())
    .sort()

describe('the session cookie', () => {
  it('is Secure exactly when PUBLIC_URL is https', async () => {
    expect(attributes(await sessionCookieWith('https://news.quangtri.gov.vn'))).toEqual(['expires', 'httponly', 'path', 'samesite', 'secure'])
    // Development on http://localhost keeps working.
    expect(attributes(await sessionCookieWith('http://localhost:3999'))).toEqual(['expires', 'httponly', 'path', 'samesite'])
  })
})
