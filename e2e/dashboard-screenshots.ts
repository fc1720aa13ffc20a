// Screenshots of the minister's dashboard, in Lao, with approved data from every province but three, for a person to
// look at: desktop 1366×768, a 390-px phone, the map, a drill-down, the print view (and a PDF of it), and English.
// Boots its own server on a fresh embedded database with the real plan (about a minute to seed).
//   npx tsx e2e/dashboard-screenshots.ts [shot names]   OUT=/tmp/dashboard-shots  WEB_DIR=dist/web  KEEP=1 (leave it running)
//   DATA_DIR=/tmp/dashboard-db keeps the seeded database between runs (seeded on the first).
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from '../server/boot.js'
import { createApp } from '../server/platform/http/create-app.js'
import { loadPlanPackage } from '../server/features/plan-data/load-plan.js'
import { makeUser, PASSWORD } from '../server/test-support/auth-helpers.js'
import { openTestDatabase, REAL_PLAN } from '../server/test-support/test-database.js'
import { openDatabase } from '../server/platform/db/open-database.js'
import { migrateToLatest } from '../server/platform/db/migrate.js'
import { launchChromium } from './browser.js'
import { assignProvinces, seedDashboardData, seedProgress } from './dashboard-seed.js'

const PLAN = 'MTC-2021-2025'
const out = process.env.OUT ?? '/tmp/dashboard-shots'
const webDir = path.resolve(process.env.WEB_DIR ?? path.join(ROOT, 'dist', 'web'))

type Shot = { name: string; width: number; height: number; url?: string; full?: boolean; english?: boolean; print?: boolean; noScript?: boolean; then?: (p: Page) => Promise<void> }
const dash = `/plans/${PLAN}/dashboard`
const shots: Shot[] = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'desktop-full', width: 1366, height: 768, full: true },
  { name: 'desktop-map', width: 1366, height: 768, then: async (p) => { await p.locator('#dashboard-map').scrollIntoViewIfNeeded(); await p.getByTestId('province-map').locator('svg').waitFor(); await hoverProvince(p) } },
  { name: 'desktop-drill', width: 1366, height: 768, then: async (p) => { await p.locator('[data-testid^="drill-"]').first().click(); await p.getByTestId('drill-down-items').waitFor() } },
  { name: 'desktop-quarter', width: 1366, height: 768, url: `${dash}?period=2024Q2&focusPlan=FP3`, full: true },
  { name: 'phone', width: 390, height: 844 },
  { name: 'phone-full', width: 390, height: 844, full: true },
  { name: 'phone-map', width: 390, height: 844, then: async (p) => { await p.locator('#dashboard-map').scrollIntoViewIfNeeded(); await p.getByTestId('province-map').locator('svg').waitFor() } },
  // The server's first paint alone, as a reader on a slow line sees it before the app's code arrives.
  { name: 'first-paint-map', width: 1366, height: 768, noScript: true, then: async (p) => { await p.locator('.fp-map').scrollIntoViewIfNeeded() } },
  { name: 'print', width: 1366, height: 768, full: true, print: true },
  { name: 'desktop-en', width: 1366, height: 768, full: true, english: true },
]

async function scrollThrough(p: Page) {
  const height = await p.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0; y < height; y += 500) {
    await p.evaluate((top) => window.scrollTo(0, top), y)
    await p.waitForTimeout(60)
  }
  await p.evaluate(() => window.scrollTo(0, 0))
}

async function hoverProvince(p: Page) {
  const area = p.getByTestId('province-map').locator('svg path[fill]').nth(5)
  const box = await area.boundingBox()
  if (box) {
    await p.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2 - 3)
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 })
  }
  await p.waitForTimeout(400)
}

async function main() {
  fs.mkdirSync(out, { recursive: true })
  const database = process.env.DATA_DIR ? await openDatabase({ dataDir: process.env.DATA_DIR }) : await openTestDatabase()
  await migrateToLatest(database.db)
  if (!(await database.db.selectFrom('users').select('id').where('username', '=', 'minister').executeTakeFirst())) {
    await loadPlanPackage(database.db, REAL_PLAN)
    await assignProvinces(database.db, PLAN, 'FP1')
    const seeded = await seedDashboardData(database.db, { plan: PLAN, years: [2021, 2022, 2023, 2024, 2025], skipProvinces: 3 })
    await seedProgress(database.db, { plan: PLAN, period: '2025' })
    console.log(`seeded ${seeded.reports + 1} approved reports from ${seeded.provinces.length} provinces and the ministry`)
    await makeUser(database.db, 'minister', [{ role: 'viewer', unit: null }])
  }
  const app = await createApp({ db: database.db, dbKind: database.kind, webDir, logLevel: 'silent' })
  const base = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
  console.log(`server: ${base}${dash}  (minister / ${PASSWORD})`)
  const cookie = await signInCookie(base)
  const browser = await launchChromium()
  try {
    for (const s of shots.filter((x) => process.argv.length <= 2 || process.argv.slice(2).includes(x.name))) {
      const context = await browser.newContext({ viewport: { width: s.width, height: s.height }, locale: 'lo-LA', javaScriptEnabled: !s.noScript })
      await context.addCookies([{ name: 'tidtam_session', value: cookie, url: base }])
      await context.addInitScript((en) => { localStorage.setItem('tidtam.session', '1'); if (en) localStorage.setItem('tidtam.lang', 'en') }, !!s.english)
      const page = await context.newPage()
      const problems: string[] = []
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`) })
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
      await page.goto(base + (s.url ?? dash))
      await page.getByTestId('overall-targets').waitFor({ timeout: 30_000 })
      await page.evaluate(() => document.fonts.ready)
      if (s.print) {
        // As the browser does: "beforeprint" while the screen layout is still there, then the print layout.
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
        await page.emulateMedia({ media: 'print' })
      }
      // Charts are drawn as they come near the screen: pass over the page once for a full-page picture.
      if (s.full && !s.print) await scrollThrough(page)
      if (s.then) await s.then(page)
      await page.waitForTimeout(800)
      const file = path.join(out, `${s.name}.png`)
      await page.screenshot({ path: file, fullPage: s.full ?? false })
      if (s.print) await page.pdf({ path: path.join(out, 'print.pdf'), format: 'A4', printBackground: true })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      console.log(`${file}${overflow > 0 ? `  (horizontal overflow ${overflow}px)` : ''}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`)
      await context.close()
    }
  } finally {
    await browser.close()
    if (!process.env.KEEP) {
      await app.close()
      await database.close()
    }
  }
}

async function signInCookie(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/v1/auth/csrf`)
  const pre = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const { csrfToken } = await csrf.json() as { csrfToken: string }
  const res = await fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: pre }, body: JSON.stringify({ username: 'minister', password: PASSWORD }) })
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`)
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('tidtam_session='))
  if (!session) throw new Error('no session cookie')
  return session.slice('tidtam_session='.length)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
