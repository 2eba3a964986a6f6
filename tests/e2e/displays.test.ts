/**
 * A border-gate display in a real browser (Debian's Chromium, 1920×1080), against the in-process
 * server (tests/helpers/boot.ts startServer: the display routes are Express, no Next build needed)
 * on a fresh SQLite database with the demo content:
 * - it cycles the playlist (the slide changes after the interval), shows Vietnamese above Lao,
 *   and reports a heartbeat that is recorded (re-read through the Local API);
 * - offline, a reload is served by the service worker and keeps cycling the last good playlist
 *   (a change made meanwhile is not there: it came from the cache); back online, the change shows;
 * - the urgent notice takes over the screen, and ends by itself at its end time while offline.
 * Screenshots: /tmp/display-vi-lo.png (a slide) and /tmp/display-notice.png (the notice), 1920×1080.
 */
import fs from 'node:fs/promises'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { slugs } from '../../src/domain'
import { seed } from '../../src/seed'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/boot'
import { browserTestsMode, launchChromium, screenshot } from '../helpers/browser'

const mode = browserTestsMode()
const describeBrowser = mode === 'skip' ? describe.skip : describe

const SLUG = 'e2e-cua-khau'
const INTERVAL_S = 5

describeBrowser('a border-gate display in a browser (Chromium, 1920×1080)', () => {
  let ctx: TestContext
  let server: TestServer
  let browser: Browser | undefined
  let context: BrowserContext
  let page: Page
  let pointId: number
  let screen: { id: number; key: string }
  const errors: string[] = []
  /** Measured here, written to /tmp/display-e2e-figures.json for the review. */
  const figures: Record<string, number> = {}

  const point = () => ctx.payload.findByID({ collection: slugs.infoPoints, id: pointId, locale: 'vi', depth: 0 })
  const attr = (name: string) => page.evaluate((n) => document.body.getAttribute(n), name)
  const slideTitles = () => page.$$eval('.slide .line-title', (nodes) => nodes.map((n) => n.textContent))

  async function addFreeSlide(vi: string, lo: string) {
    const doc = await point()
    const updated = await ctx.payload.update({ collection: slugs.infoPoints, id: pointId, locale: 'vi', data: { playlist: [...(doc.playlist ?? []), { blockType: 'playlist-slide', title: vi }] } })
    await ctx.payload.update({
      collection: slugs.infoPoints,
      id: pointId,
      locale: 'lo',
      data: { playlist: (updated.playlist ?? []).map((b) => (b.blockType === 'playlist-slide' && b.title === vi ? { ...b, title: lo } : b)) },
    })
  }

  beforeAll(async () => {
    if (mode === 'fail') return
    ctx = await bootPayload()
    await seed(ctx.payload, { adminEmail: 'admin@e2e-displays.test', adminPassword: 'a long enough password', logger: { info: () => undefined, warn: () => undefined } })
    server = await startServer(ctx)
    const seeded = (await ctx.payload.find({ collection: slugs.infoPoints, where: { slug: { equals: 'lao-bao' } }, locale: 'all', depth: 0 })).docs[0]
    // The seeded point's playlist, with no opening hours (always open, whenever the test runs) and a short interval.
    const created = await ctx.payload.create({
      collection: slugs.infoPoints,
      locale: 'vi',
      data: {
        name: 'Điểm thông tin đối ngoại Cửa khẩu quốc tế Lao Bảo',
        slug: SLUG,
        languages: ['vi', 'lo'],
        intervalSeconds: INTERVAL_S,
        playlist: (await ctx.payload.findByID({ collection: slugs.infoPoints, id: seeded.id, locale: 'vi', depth: 0 })).playlist!.map(({ id: _id, ...b }) => b).reverse(),
      },
    })
    pointId = created.id
    const lo = await ctx.payload.findByID({ collection: slugs.infoPoints, id: seeded.id, locale: 'lo', depth: 0 })
    const loSlide = lo.playlist!.find((b) => b.blockType === 'playlist-slide')!
    await ctx.payload.update({
      collection: slugs.infoPoints,
      id: pointId,
      locale: 'lo',
      data: {
        name: 'ຈຸດຖະແຫຼງຂ່າວຕ່າງປະເທດ ດ່ານສາກົນລາວບາວ',
        playlist: created.playlist!.map((b) => (b.blockType === 'playlist-slide' && loSlide.blockType === 'playlist-slide' ? { ...b, title: loSlide.title, text: loSlide.text } : b)),
      },
    })
    const made = (await ctx.payload.create({ collection: slugs.displayScreens, data: { name: 'Màn hình sảnh nhập cảnh', infoPoint: pointId } })) as { id: number; key?: string }
    screen = { id: made.id, key: made.key! }
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi' })
    page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())) errors.push(m.text())
    })
  }, 5 * 60_000)

  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await browser?.close().catch(() => undefined)
    await server?.close()
    await ctx?.destroy()
    await fs.writeFile('/tmp/display-e2e-figures.json', JSON.stringify(figures, null, 2))
  }, 60_000)

  afterEach(async () => {
    if (expect.getState().assertionCalls > 0 && errors.length) console.log('browser errors:', errors)
  })

  test('the display shows Vietnamese above Lao, cycles its slides after the interval and reports a recorded heartbeat', async () => {
    try {
      await page.goto(`${server.url}/displays/${SLUG}#screen=${screen.id}&token=${screen.key}`)
      const first = page.locator('.slide.is-active')
      await first.waitFor()
      expect(await first.locator('.line').evaluateAll((lines) => lines.map((l) => l.getAttribute('lang')))).toEqual(['vi', 'lo'])
      expect(await first.locator('.line-title').allTextContents()).toEqual(['Chào mừng quý khách đến Quảng Trị', 'ຍິນດີຕ້ອນຮັບສູ່ແຂວງກວາງຈິ'])
      // The fonts the site serves: Noto Sans for Vietnamese, Noto Sans Lao for Lao.
      await page.evaluate(() => document.fonts.ready)
      expect(await page.evaluate(() => [document.fonts.check("16px 'Noto Sans'", 'Quảng Trị'), document.fonts.check("16px 'Noto Sans Lao'", 'ກວາງຈິ')])).toEqual([true, true])
      await page.screenshot({ path: '/tmp/display-vi-lo.png' })
      // The address bar no longer shows the token.
      expect(page.url()).toBe(`${server.url}/displays/${SLUG}`)

      const started = Date.now()
      await page.waitForFunction(() => document.body.getAttribute('data-slide') === '1', undefined, { timeout: (INTERVAL_S + 3) * 1000 })
      const took = Date.now() - started
      figures.firstSlideChangeMs = took
      expect(took).toBeLessThan((INTERVAL_S + 2) * 1000)
      expect(await page.locator('.slide.is-active .line[lang="vi"] .line-title').textContent()).toBe('Cà phê Khe Sanh vào vụ thu hoạch, hướng tới sản xuất bền vững và thị trường khu vực')

      let seen: { lastSeenAt?: string | null; lastPlaylistVersion?: string | null; status?: string | null } = {}
      for (let i = 0; i < 50 && !seen.lastSeenAt; i++) {
        seen = await ctx.payload.findByID({ collection: slugs.displayScreens, id: screen.id, depth: 0 })
        if (!seen.lastSeenAt) await new Promise((r) => setTimeout(r, 100))
      }
      expect(seen).toMatchObject({ lastPlaylistVersion: await attr('data-version'), status: 'online' })
      expect(Date.now() - Date.parse(seen.lastSeenAt!)).toBeLessThan(30_000)
    } catch (error) {
      console.log('screenshot:', await screenshot(page, 'display-cycle'))
      throw error
    }
  })

  test('offline, a reload is served by the service worker and keeps cycling the last good playlist; back online, a change made meanwhile shows', async () => {
    try {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })
      // What the page put into the cache: the page, the playlist, its script, style sheet, fonts and images.
      let cached: string[] = []
      for (let i = 0; i < 50; i++) {
        cached = await page.evaluate(async () => (await (await caches.open('displays-v1')).keys()).map((r) => new URL(r.url).pathname))
        if (cached.some((p) => p.includes('noto-sans-lao')) && cached.some((p) => p.includes('/media/'))) break
        await new Promise((r) => setTimeout(r, 200))
      }
      expect(cached).toEqual(expect.arrayContaining([`/displays/${SLUG}`, `/displays/${SLUG}/playlist.json`, expect.stringMatching(/^\/displays\/_\/display\.\w+\.js$/), expect.stringMatching(/^\/displays\/_\/display\.\w+\.css$/), expect.stringMatching(/noto-sans-lao-lao-400/)]))

      const version = await attr('data-version')
      const before = await slideTitles()
      await context.setOffline(true)
      await addFreeSlide('Trang mới khi màn hình mất mạng', 'ໜ້າໃໝ່ ຂະນະທີ່ບໍ່ມີເນັດ')
      const reloaded = await page.reload()
      expect(reloaded?.fromServiceWorker()).toBe(true)
      expect(await attr('data-version')).toBe(version)
      expect(await slideTitles()).toEqual(before)
      const at = await attr('data-slide')
      await page.waitForFunction((s) => document.body.getAttribute('data-slide') !== s, at, { timeout: (INTERVAL_S + 3) * 1000 })
      // Still cycling with the fonts from the cache.
      expect(await page.evaluate(() => document.fonts.check("16px 'Noto Sans Lao'", 'ກວາງຈິ'))).toBe(true)

      const back = Date.now()
      await context.setOffline(false)
      await page.waitForFunction(() => [...document.querySelectorAll('.slide .line-title')].some((n) => n.textContent === 'Trang mới khi màn hình mất mạng'), undefined, { timeout: 60_000 })
      figures.changePickedUpAfterReconnectMs = Date.now() - back
      expect(figures.changePickedUpAfterReconnectMs).toBeLessThan(60_000)
      expect(await attr('data-version')).not.toBe(version)
      expect((await slideTitles()).slice(-2)).toEqual(['Trang mới khi màn hình mất mạng', 'ໜ້າໃໝ່ ຂະນະທີ່ບໍ່ມີເນັດ'])
    } catch (error) {
      console.log('screenshot:', await screenshot(page, 'display-offline'))
      throw error
    }
  })

  test('the urgent notice takes over the whole screen, and ends by itself at its end time even offline', async () => {
    try {
      const until = new Date(Date.now() + 12_000)
      await ctx.payload.update({ collection: slugs.infoPoints, id: pointId, locale: 'vi', data: { urgentNotice: { text: 'Cửa khẩu tạm dừng thông quan do mưa lũ.', from: new Date(Date.now() - 60_000).toISOString(), until: until.toISOString() } } })
      await ctx.payload.update({ collection: slugs.infoPoints, id: pointId, locale: 'lo', data: { urgentNotice: { text: 'ດ່ານປິດຊົ່ວຄາວ ຍ້ອນນ້ຳຖ້ວມ.' } } })
      await page.reload()
      expect(await attr('data-mode')).toBe('notice')
      expect(await page.locator('.notice.is-active .line').evaluateAll((lines) => lines.map((l) => [l.getAttribute('lang'), l.textContent]))).toEqual([
        ['vi', 'Thông báo khẩnCửa khẩu tạm dừng thông quan do mưa lũ.'],
        ['lo', 'ແຈ້ງການດ່ວນດ່ານປິດຊົ່ວຄາວ ຍ້ອນນ້ຳຖ້ວມ.'],
      ])
      expect(await page.locator('.slide').count()).toBe(0)
      await page.screenshot({ path: '/tmp/display-notice.png' })
      await context.setOffline(true)
      await page.waitForFunction(() => document.body.getAttribute('data-mode') === 'slides', undefined, { timeout: 20_000 })
      figures.noticeEndedLateByMs = Date.now() - until.getTime()
      expect(figures.noticeEndedLateByMs).toBeGreaterThanOrEqual(0)
      expect(await page.locator('.slide.is-active').count()).toBe(1)
      await context.setOffline(false)
    } catch (error) {
      console.log('screenshot:', await screenshot(page, 'display-notice'))
      throw error
    }
  })

  test('the page broke no rule of its Content-Security-Policy and threw nothing', () => {
    expect(errors).toEqual([])
  })
})
