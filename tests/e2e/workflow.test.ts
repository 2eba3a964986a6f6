/**
 * The editorial workflow through the real admin, in a real browser (Debian's Chromium), against the
 * production server (dist/server.mjs + the Next build) on an empty SQLite database: a contributor
 * writes and submits, an editor approves from "Chờ tôi duyệt", a publisher publishes, and the public
 * API then serves the item. Runs once, in the SQLite project.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { browserTestsMode, CHROMIUM_PATH, ensureNextBuild, launchChromium, screenshot, startProductionServer, type ProductionServer } from '../helpers/browser'

const mode = browserTestsMode()
const describeBrowser = mode === 'skip' ? describe.skip : describe

type Account = { email: string; password: string; name: string; roles: string[] }

const password = 'e2e workflow password'
const accounts = {
  admin: { email: 'admin@e2e.test', password, name: 'Quản trị E2E', roles: ['admin'] },
  contributor: { email: 'ctv@e2e.test', password, name: 'Cộng tác viên E2E', roles: ['contributor'] },
  editor: { email: 'bientap@e2e.test', password, name: 'Biên tập viên E2E', roles: ['editor'] },
  publisher: { email: 'xuatban@e2e.test', password, name: 'Người xuất bản E2E', roles: ['publisher'] },
} satisfies Record<string, Account>

describeBrowser('editorial workflow in the admin (Chromium, production build)', () => {
  let server: ProductionServer | undefined
  let url: string
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    if (mode === 'fail') return
    await ensureNextBuild()
    server = await startProductionServer('e2e-workflow', {
      AUTO_SEED: 'false',
    })
    url = server.url
    await createAccounts(url)
    browser = await launchChromium()
  }, 15 * 60_000)

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close().catch(() => undefined)
    await server?.stop()
  }, 60_000)

  /** Sign in through the login form, in a browser context of its own (its own cookies), in Vietnamese. */
  async function signIn(account: Account): Promise<Page> {
    if (!browser) throw new Error('no browser')
    const context = await browser.newContext({ baseURL: url, locale: 'vi-VN', viewport: { width: 1600, height: 1000 } })
    contexts.push(context)
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    page.setDefaultNavigationTimeout(60_000)
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(account.email)
    await page.locator('#field-password').fill(account.password)
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await page.waitForURL((u) => u.pathname.startsWith('/admin') && !u.pathname.startsWith('/admin/login'))
    return page
  }

  /** Run one part of the walk; on failure keep a screenshot and the server's last words. */
  async function step<T>(name: string, page: () => Page | undefined, body: () => Promise<T>): Promise<T> {
    try {
      return await body()
    } catch (error) {
      const shot = await screenshot(page(), `workflow-${name}`)
      const detail = [
        `step "${name}" failed: ${error instanceof Error ? error.message : String(error)}`,
        shot ? `screenshot: ${shot}` : 'no screenshot',
        `server output (tail):\n${server?.process.output().slice(-4000)}`,
      ]
      throw new Error(detail.join('\n'), { cause: error })
    }
  }

  // The state is shown once, in the header's status (WorkflowStatus); the buttons are in the workflow bar.
  const badge = (page: Page, label: string) => page.getByTestId('workflow-status').locator('.qt-wf-badge', { hasText: label })
  const exactButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

  test('contributor submits, editor approves from the review queue, publisher publishes', async () => {
    if (mode === 'fail') {
      throw new Error(`Chromium is required in CI (CI is set): none at ${CHROMIUM_PATH}; .ci/run installs Debian's chromium package`)
    }
    const headline = `Thông cáo thử nghiệm quy trình ${Date.now()}`
    let page: Page | undefined
    const current = () => page

    // Contributor: write, save a draft, submit for review. No publish button for them, ever.
    const contributorSawPublish: string[] = []
    const id = await step('contributor', current, async () => {
      page = await signIn(accounts.contributor)
      await page.goto('/admin/collections/press-releases/create')
      await page.locator('#field-headline').fill(headline)
      await exactButton(page, 'Lưu bản nháp').click()
      await page.waitForURL(/\/admin\/collections\/press-releases\/\d+/)
      const saved = new URL(page.url()).pathname.split('/').pop() as string
      await badge(page, 'Bản nháp').waitFor()
      await exactButton(page, 'Gửi duyệt').waitFor()
      if (await exactButton(page, 'Xuất bản').count()) contributorSawPublish.push('draft')
      // A note of their own in the review thread (the sidebar).
      const notes = page.getByTestId('review-notes')
      await notes.getByLabel('Ghi chú mới').fill('Nhờ anh chị xem giúp số liệu đoạn hai.')
      await notes.getByRole('button', { name: 'Gửi ghi chú', exact: true }).click()
      await notes.locator('.qt-wf-note', { hasText: 'Nhờ anh chị xem giúp số liệu đoạn hai.' }).waitFor()
      await exactButton(page, 'Gửi duyệt').click()
      await badge(page, 'Chờ duyệt').waitFor()
      if (await exactButton(page, 'Xuất bản').count()) contributorSawPublish.push('inReview')
      // Leave the document as a person would, so it is not held open (locked) by the contributor.
      await page.goto('/admin')
      return saved
    })
    expect(contributorSawPublish).toEqual([])

    // Editor: find it under "Chờ tôi duyệt", open it, approve.
    await step('editor', current, async () => {
      page = await signIn(accounts.editor)
      // The navigation may start collapsed: open it like a person would.
      const navLink = page.locator('#nav-review-queue')
      await navLink.waitFor({ state: 'attached' })
      if (await navLink.evaluate((el) => el.closest('[inert]') !== null)) await page.locator('.nav-toggler').first().click()
      await navLink.click()
      await page.waitForURL(/\/admin\/review/)
      await page.getByTestId('review-queue').getByRole('link', { name: headline }).click()
      await page.waitForURL(new RegExp(`/admin/collections/press-releases/${id}$`))
      await badge(page, 'Chờ duyệt').waitFor()
      await exactButton(page, 'Duyệt').click()
      const dialog = page.getByRole('dialog', { name: 'Duyệt' })
      await dialog.waitFor()
      await dialog.getByLabel('Ghi chú').fill('Đã kiểm tra số liệu.')
      await dialog.getByRole('button', { name: 'Duyệt', exact: true }).click()
      await badge(page, 'Đã duyệt').waitFor()
      // The approval's note joins the thread, after the contributor's.
      await page.getByTestId('review-notes').locator('.qt-wf-note', { hasText: 'Đã kiểm tra số liệu.' }).waitFor()
      await page.goto('/admin')
    })

    // Publisher: open it from the queue, publish.
    await step('publisher', current, async () => {
      page = await signIn(accounts.publisher)
      await page.goto('/admin/review')
      await page.getByTestId('review-queue').getByRole('link', { name: headline }).click()
      await page.waitForURL(new RegExp(`/admin/collections/press-releases/${id}$`))
      await badge(page, 'Đã duyệt').waitFor()
      await exactButton(page, 'Xuất bản').click()
      const dialog = page.getByRole('dialog', { name: 'Xuất bản' })
      await dialog.waitFor()
      await dialog.getByRole('button', { name: 'Xuất bản', exact: true }).click()
      await badge(page, 'Đã xuất bản').waitFor()
    })

    // The public sees it, anonymously.
    const res = await fetch(`${url}/api/press-releases/${id}`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ id: Number(id), headline, state: 'published', _status: 'published' })
  }, 5 * 60_000)
})

/** An administrator through first-register, then the three staff accounts through REST as that administrator. */
async function createAccounts(url: string): Promise<void> {
  const post = async (pathname: string, body: unknown, token?: string) => {
    const res = await fetch(`${url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null
    if (!res.ok) throw new Error(`POST ${pathname} answered ${res.status}: ${JSON.stringify(json)}`)
    return json ?? {}
  }
  await post('/api/users/first-register', accounts.admin)
  const { token } = (await post('/api/users/login', { email: accounts.admin.email, password: accounts.admin.password })) as { token?: string }
  if (!token) throw new Error('the administrator got no token')
  for (const account of [accounts.contributor, accounts.editor, accounts.publisher]) await post('/api/users', account, token)
}
