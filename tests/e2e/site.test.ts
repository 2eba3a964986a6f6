/**
 * The public website as its readers meet it, in a real browser (Debian's Chromium) against the
 * production server on a fresh SQLite database with the demo content:
 * - in each language: home → list → item → download, through the links a reader clicks;
 * - switching language on an item; a page read with JavaScript disabled; keyboard focus visible;
 *   the print style (no navigation, black text);
 * - search through the form: Vietnamese without diacritics, Lao by a substring;
 * - an embargoed release absent before its time and present after; a withdrawn item's 410 page;
 * - axe-core finds no violation on any page template in any language, no page asks any other
 *   host for anything, and an item page's HTML, CSS and fonts stay under 150 KB transferred.
 * The website does not need Next (the server renders it), so the server runs with SERVE_ADMIN=false.
 * Screenshots of every template in Vietnamese go to /tmp/site-<template>-vi.png (kept for review).
 */
import fs from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { AxeResults, RunOptions } from 'axe-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { browserTestsMode, launchChromium, screenshot, startProductionServer, type ProductionServer } from '../helpers/browser'
import { pdf } from '../int/media-visibility/fixtures'

const mode = browserTestsMode()
const describeBrowser = mode === 'skip' ? describe.skip : describe

const langs = ['vi', 'en', 'lo'] as const
type Lang = (typeof langs)[number]
const admin = { email: 'admin@e2e-site.test', password: 'e2e site password' }
const password = 'e2e site password'
const titles = { vi: 'Quảng Trị công bố tài liệu hợp tác', en: 'Quang Tri releases its cooperation paper', lo: 'ກວາງຈິ ເຜີຍແຜ່ເອກະສານການຮ່ວມມື' }
const EMBARGO_MS = 25_000
/**
 * axe-core's own script, evaluated in each page and run there. @axe-core/playwright's analyze() took
 * three times as long per page (it injects itself into every frame and finishes each run in a blank
 * page of its own): 48 s against 15 s for the 44 pages here.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

describeBrowser('the public website in a browser (Chromium, production server)', () => {
  let server: ProductionServer | undefined
  let url: string
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  const foreign: string[] = []
  const slugs: Record<'release' | 'withdrawn' | 'embargoed' | 'viOnly', Partial<Record<Lang, string>>> = { release: {}, withdrawn: {}, embargoed: {}, viOnly: {} }
  let embargoUntil = 0

  async function rest(method: string, pathname: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
    const res = await fetch(`${url}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    const json = (await res.json().catch(() => null)) as Record<string, unknown>
    if (!res.ok) throw new Error(`${method} ${pathname} answered ${res.status}: ${JSON.stringify(json)}`)
    return json
  }

  /** A press release in every language given, through the workflow; answers its id and slugs. */
  async function release(t: Record<string, string>, texts: Partial<Record<Lang, string>>, extra: Record<string, unknown> = {}) {
    const [first, ...rest_] = Object.entries(texts) as [Lang, string][]
    const created = (await rest('POST', `/api/press-releases?locale=${first[0]}&draft=true`, { headline: first[1], summary: `${first[1]}.`, ...extra }, t.contributor)).doc as { id: number }
    for (const [l, headline] of rest_) await rest('PATCH', `/api/press-releases/${created.id}?locale=${l}&draft=true`, { headline, summary: `${headline}.` }, t.contributor)
    const act = (token: string, body: Record<string, unknown>) => rest('POST', `/api/press-releases/${created.id}/workflow`, body, token)
    const locales = Object.keys(texts)
    await act(t.contributor, { action: 'submit' })
    await act(t.editor, { action: 'approve', locales })
    await act(t.publisher, { action: 'publish', locales })
    const all = (await rest('GET', `/api/press-releases/${created.id}?locale=all&draft=true&depth=0`, undefined, t.admin)) as { slug: Partial<Record<Lang, string>> }
    return { id: created.id, slugs: all.slug, act }
  }

  beforeAll(async () => {
    if (mode === 'fail') return
    server = await startProductionServer('e2e-site', {
      SERVE_ADMIN: 'false',
      AUTO_SEED: 'true',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      JOBS_AUTORUN: 'false',
    })
    url = server.url
    const login = async (email: string) => ((await rest('POST', '/api/users/login', { email, password })) as { token: string }).token
    const t: Record<string, string> = { admin: await login(admin.email) }
    for (const role of ['contributor', 'editor', 'publisher']) {
      await rest('POST', '/api/users', { email: `${role}@e2e-site.test`, password, name: role, roles: [role] }, t.admin)
      t[role] = await login(`${role}@e2e-site.test`)
    }
    // A PDF to download, attached to a release in all three languages.
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf('Tai lieu hop tac'))], { type: 'application/pdf' }), 'tai-lieu-hop-tac.pdf')
    form.append('_payload', JSON.stringify({ alt: 'Tài liệu hợp tác (PDF)' }))
    const upload = await fetch(`${url}/api/media?locale=vi`, { method: 'POST', headers: { authorization: `JWT ${t.editor}` }, body: form })
    expect(upload.status).toBe(201)
    const media = ((await upload.json()) as { doc: { id: number } }).doc
    slugs.release = (await release(t, titles, { attachments: [media.id] })).slugs
    const withdrawn = await release(t, { vi: 'Thông cáo sẽ bị thu hồi', en: 'A release to be withdrawn' })
    await withdrawn.act(t.publisher, { action: 'withdraw', note: 'Sự kiện bị hoãn' })
    slugs.withdrawn = withdrawn.slugs
    slugs.viOnly = (await release(t, { vi: 'Thông cáo chỉ có tiếng Việt' })).slugs
    embargoUntil = Date.now() + EMBARGO_MS
    slugs.embargoed = (await release(t, { vi: 'Thông cáo cấm đăng', en: 'Embargoed until the minister speaks' }, { embargoUntil: new Date(embargoUntil).toISOString() })).slugs
    browser = await launchChromium()
  }, 10 * 60_000)

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close().catch(() => undefined)
    await server?.stop()
  }, 60_000)

  async function newPage(options: { lang?: Lang; javaScriptEnabled?: boolean } = {}): Promise<Page> {
    if (!browser) throw new Error(mode === 'fail' ? `No Chromium: browser tests cannot run in CI` : 'no browser')
    const context = await browser.newContext({ locale: options.lang ?? 'vi', javaScriptEnabled: options.javaScriptEnabled ?? true, acceptDownloads: true })
    contexts.push(context)
    const page = await context.newPage()
    page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:')) foreign.push(r.url())
    })
    return page
  }

  /** axe's violations on the page, and a screenshot of every template in Vietnamese. */
  async function axe(page: Page, name: string): Promise<string[]> {
    if (name.endsWith('-vi')) await page.screenshot({ path: `/tmp/site-${name}.png`, fullPage: true })
    const options: RunOptions = { resultTypes: ['violations'] }
    const results = await page.evaluate(
      async ([source, runOptions]) => {
        const w = window as { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } }
        if (!w.axe) (0, eval)(source)
        return w.axe!.run(document, runOptions)
      },
      [axeSource, options] as const,
    )
    return results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)
  }

  test('an embargoed release is absent before its time, from its page, the lists and search', async () => {
    expect(Date.now()).toBeLessThan(embargoUntil - 2000)
    const page = await newPage({ lang: 'en' })
    expect((await page.goto(`${url}/en/press-releases/${slugs.embargoed.en}`))?.status()).toBe(404)
    await page.goto(`${url}/en/press-releases`)
    expect(await page.locator('main').textContent()).not.toContain('Embargoed until the minister speaks')
    await page.goto(`${url}/en`)
    expect(await page.locator('main').textContent()).not.toContain('Embargoed until the minister speaks')
    await page.goto(`${url}/en/search?q=${encodeURIComponent('minister speaks')}`)
    expect(await page.locator('main').textContent()).not.toContain('Embargoed until the minister speaks')
  })

  test.each(langs)('%s: home → list → item → download, following the links', async (lang) => {
    const page = await newPage({ lang })
    try {
      await page.goto(`${url}/`)
      expect(new URL(page.url()).pathname).toBe(`/${lang}`)
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      await page.locator('nav.nav a[href$="/press-releases"]').click()
      expect(new URL(page.url()).pathname).toBe(`/${lang}/press-releases`)
      await page.getByRole('link', { name: titles[lang] }).first().click()
      expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/${lang}/press-releases/${slugs.release[lang]}`)
      expect(await page.locator('h1').textContent()).toBe(titles[lang])
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('ul.files a').first().click()])
      expect(download.suggestedFilename()).toBe('tai-lieu-hop-tac.pdf')
      const file = await download.path()
      expect((await fs.readFile(file)).subarray(0, 5).toString()).toBe('%PDF-')
    } catch (error) {
      await screenshot(page, `site-journey-${lang}`)
      throw error
    }
  })

  test('switching language on an item keeps the item', async () => {
    const page = await newPage({ lang: 'vi' })
    await page.goto(`${url}/vi/press-releases/${slugs.release.vi}`)
    await page.locator('nav.langs a[hreflang="en"]').click()
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/en/press-releases/${slugs.release.en}`)
    expect(await page.locator('h1').textContent()).toBe(titles.en)
    await page.locator('nav.langs a[hreflang="lo"]').click()
    expect(await page.getAttribute('html', 'lang')).toBe('lo')
    expect(await page.locator('h1').textContent()).toBe(titles.lo)
  })

  test('everything reads with JavaScript disabled, and the keyboard shows where it is', async () => {
    const page = await newPage({ lang: 'en', javaScriptEnabled: false })
    await page.goto(`${url}/en/press-releases/${slugs.release.en}`)
    expect(await page.locator('h1').textContent()).toBe(titles.en)
    expect(await page.locator('ul.files a').count()).toBe(1)
    await page.keyboard.press('Tab')
    const skip = page.locator('a.skip')
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    const box = await skip.boundingBox()
    expect(box && box.x >= 0 && box.y >= 0).toBe(true)
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe('/en')
  })

  test('printed, an item page keeps its title and text and leaves out the navigation and the footer links', async () => {
    const page = await newPage({ lang: 'en' })
    await page.goto(`${url}/en/press-releases/${slugs.release.en}`)
    expect([await page.locator('nav.nav').isVisible(), await page.locator('.site-footer ul').first().isVisible()]).toEqual([true, true])
    await page.emulateMedia({ media: 'print' })
    expect([await page.locator('nav.nav').isVisible(), await page.locator('.site-footer ul').first().isVisible()]).toEqual([false, false])
    expect(await page.locator('h1').isVisible()).toBe(true)
    expect(await page.locator('h1').textContent()).toBe(titles.en)
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).color)).toBe('rgb(0, 0, 0)')
  })

  test('a withdrawn item answers 410 with its notice', async () => {
    const page = await newPage({ lang: 'en' })
    const res = await page.goto(`${url}/en/press-releases/${slugs.withdrawn.en}`)
    expect(res?.status()).toBe(410)
    expect(await page.locator('h1').textContent()).toBe('This item has been withdrawn')
    expect(await page.locator('main').textContent()).toContain('Reason: Sự kiện bị hoãn')
  })

  test('search finds Vietnamese without diacritics and Lao by a substring, through the form', async () => {
    const page = await newPage({ lang: 'vi', javaScriptEnabled: false })
    await page.goto(`${url}/vi/search`)
    await page.locator('input#q').fill('quang tri cong bo tai lieu')
    await page.locator('form[role="search"] button[type="submit"]').click()
    expect(new URL(page.url()).searchParams.get('q')).toBe('quang tri cong bo tai lieu')
    expect(await page.locator('main li.card :is(h2, h3) a').allTextContents()).toContain(titles.vi)
    await page.goto(`${url}/lo/search`)
    // Two syllables from the middle of the Lao title, which has no spaces between its words.
    await page.locator('input#q').fill('ເອກະສານ')
    await page.locator('form[role="search"] button[type="submit"]').click()
    expect(await page.getAttribute('html', 'lang')).toBe('lo')
    expect(await page.locator('main li.card :is(h2, h3) a').allTextContents()).toContain(titles.lo)
  })

  /** Every page template in each of the three languages: 14 in Vietnamese, 15 in English and Lao (one more: "not in your language"). */
  test('axe finds no violation on any template in any language; no other host is asked for anything', async () => {
    const violations: string[] = []
    for (const lang of langs) {
      const page = await newPage({ lang })
      const visit = async (pathname: string, name: string, status = 200) => {
        const res = await page.goto(`${url}${pathname}`)
        expect([pathname, res?.status()]).toEqual([pathname, status])
        violations.push(...(await axe(page, `${name}-${lang}`)))
      }
      await visit(`/${lang}`, 'home')
      await visit(`/${lang}/press-releases`, 'list')
      const illustrated = (await page.locator('li.card:has(img) h2 a').first().getAttribute('href')) as string
      await visit(`/${lang}/press-releases/${slugs.release[lang]}`, 'item-files')
      // A demo release with images, caption, credit and body.
      await visit(illustrated, 'item')
      expect(await page.locator('article figure img').count()).toBeGreaterThan(0)
      await visit(`/${lang}/topics`, 'topics')
      await visit((await page.locator('main ul.tags a').first().getAttribute('href')) as string, 'topic')
      await visit(`/${lang}/partners`, 'partners')
      await visit((await page.locator('main ul.rows a').first().getAttribute('href')) as string, 'partner')
      await visit(`/${lang}/partner-media`, 'partner-media')
      await visit(`/${lang}/publications`, 'publications')
      await visit(`/${lang}/press`, 'press')
      await visit(`/${lang}/search?q=quang`, 'search')
      await visit(`/${lang}/khong-co`, 'not-found', 404)
      await visit(`/${lang}/press-releases/${slugs.withdrawn.vi}`, 'withdrawn', 410)
      if (lang !== 'vi') await visit(`/${lang}/press-releases/${slugs.viOnly.vi}`, 'other-language', 404)
    }
    // The check can fail: an image without a text alternative, added to a page, is reported.
    const control = await newPage()
    await control.goto(`${url}/vi`)
    await control.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('afterbegin', '<img src="/vi">'))
    expect((await axe(control, 'control')).map((v) => v.split(' ')[1])).toEqual(['image-alt'])
    expect(violations).toEqual([])
    expect(foreign).toEqual([])
  }, 10 * 60_000)

  test('an item page weighs under 150 KB (HTML, CSS and fonts, as transferred)', async () => {
    for (const lang of langs) {
      const page = await newPage({ lang })
      const sizes: { type: string; bytes: number }[] = []
      // Each size is read asynchronously: all of them are awaited before adding up (counting when
      // the page was idle missed the fonts whose sizes were still on their way, on a loaded machine).
      const reading: Promise<void>[] = []
      page.on('requestfinished', (request) => {
        const type = request.resourceType()
        if (type !== 'document' && type !== 'stylesheet' && type !== 'font') return
        reading.push(request.sizes().then((s) => void sizes.push({ type, bytes: s.responseBodySize + s.responseHeadersSize })))
      })
      await page.goto(`${url}/${lang}/press-releases/${slugs.release[lang]}`, { waitUntil: 'networkidle' })
      await Promise.all(reading)
      const total = sizes.reduce((sum, s) => sum + s.bytes, 0)
      console.log(`item page (${lang}): ${(total / 1024).toFixed(1)} KB in ${sizes.length} responses (${sizes.map((s) => `${s.type} ${(s.bytes / 1024).toFixed(1)}`).join(', ')})`)
      expect(total).toBeLessThan(150 * 1024)
      expect(sizes.filter((s) => s.type === 'font').length).toBeGreaterThan(0)
    }
  })

  test('an embargoed release is present once its time has come, and found by search', async () => {
    const page = await newPage({ lang: 'en' })
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, embargoUntil - Date.now() + 1500)))
    expect((await page.goto(`${url}/en/press-releases/${slugs.embargoed.en}`))?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Embargoed until the minister speaks')
    await page.goto(`${url}/en`)
    expect(await page.locator('main').textContent()).toContain('Embargoed until the minister speaks')
    await page.goto(`${url}/en/search?q=${encodeURIComponent('minister speaks')}`)
    expect(await page.locator('main li.card :is(h2, h3) a').allTextContents()).toContain('Embargoed until the minister speaks')
  }, 120_000)
})
