// People, org units and access, end to end: the real app over a fresh test database (PGlite, or PostgreSQL when
// DATABASE_URL is set) with the fixture plan MINI-2021-2025, driven in Chromium. The steps build on each other.
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { ROOT } from '../server/boot.js'
import { createApp, type App } from '../server/platform/http/create-app.js'
import { loadPlanPackage } from '../server/features/plan-data/load-plan.js'
import { createAdmin } from '../server/features/users/index.js'
import { FIXTURE_PLAN, openTestDatabase } from '../server/test-support/test-database.js'
import { hasChromium, launchChromium } from './browser.js'
import { copyWebBuild } from './ensure-web-build.js'

const ADMIN = 'chanthavong'
const ADMIN_PASSWORD = 'Vientiane-Admin-2025'
const REPORTER = 'reporter.lp'
const REPORTER_PASSWORD = 'LuangPrabang-Report-25'
// The fixture has one province (LA-VT, Vientiane Capital); the reporter's province is created through the UI.
const OTHER_PROVINCE = 'LA-LP'

type Tab = { context: BrowserContext; page: Page; problems: string[] }

describe.skipIf(!hasChromium())('people, org units and access', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let app: App
  let base: string
  let webDir: string
  let browser: Browser
  let adminOneTimePassword: string
  let reporterOneTimePassword: string
  let admin: Tab

  async function openTab(): Promise<Tab> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`) })
    page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push(`external request: ${r.url()}`) })
    return { context, page, problems }
  }

  /** Fills a Mantine Select/MultiSelect by typing into it and clicking the option whose text contains `option`. */
  async function pick(page: Page, testId: string, typed: string, option: string | RegExp) {
    const input = page.getByTestId(testId)
    await input.click()
    await input.fill(typed)
    await page.getByRole('option', { name: option }).first().click()
  }

  async function signInThroughUi(page: Page, username: string, password: string) {
    const form = page.getByTestId('sign-in-form')
    await form.waitFor()
    await form.locator('input[name="username"]').fill(username)
    await form.locator('input[name="password"]').fill(password)
    await form.locator('input[name="password"]').press('Enter')
  }

  async function changeForcedPassword(page: Page, current: string, next: string) {
    await page.waitForURL(/\/change-password/)
    await page.getByTestId('forced-password-change').waitFor()
    const form = page.getByTestId('change-password-form')
    await form.locator('input[name="current-password"]').fill(current)
    await form.locator('input[name="new-password"]').fill(next)
    await form.locator('input[name="confirm-password"]').fill(next)
    await form.getByTestId('change-password-submit').click()
  }

  const apiStatus = (page: Page, url: string) => page.evaluate(async (u) => (await fetch(u)).status, url)
  const apiJson = <T>(page: Page, url: string) => page.evaluate(async (u) => (await fetch(u)).json(), url) as Promise<T>
  type Assignments = { items: { unit: { code: string }; item: { type: string; code: string } }[] }

  beforeAll(async () => {
    webDir = copyWebBuild(ROOT)
    database = await openTestDatabase()
    await loadPlanPackage(database.db, FIXTURE_PLAN)
    app = await createApp({ db: database.db, dbKind: database.kind, webDir, logLevel: 'silent' })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
    adminOneTimePassword = (await createAdmin(database.db, ADMIN)).password
    browser = await launchChromium()
    admin = await openTab()
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await database?.close()
    if (webDir) fs.rmSync(webDir, { recursive: true, force: true })
  })

  it('sends an anonymous visitor to sign in, and an administrator with a one-time password to change it first', async () => {
    const { page, problems } = admin
    await page.goto(`${base}/org-units/LA-VT`)
    await page.waitForURL(/\/sign-in\?returnTo=%2Forg-units%2FLA-VT/)
    await signInThroughUi(page, ADMIN, adminOneTimePassword)
    await changeForcedPassword(page, adminOneTimePassword, ADMIN_PASSWORD)
    await page.waitForURL(/\/org-units\/LA-VT$/)
    expect(await page.getByTestId('unit-title').innerText()).toBe('ນະຄອນຫຼວງວຽງຈັນ')
    expect(await page.getByTestId('user-menu').getAttribute('aria-label')).toContain(ADMIN)
    const nav = await page.getByTestId('management-nav').innerText()
    expect(nav).toContain('ຜູ້ໃຊ້')
    expect(nav).toContain('ບັນທຶກການກວດສອບ')
    expect(problems).toEqual([])
  })

  it('creates a second province under the country, and a reporter for it with a one-time password', async () => {
    const { page, problems } = admin
    await page.getByTestId('management-nav').getByText('ຫົວໜ່ວຍການຈັດຕັ້ງ').click()
    await page.waitForURL(/\/org-units$/)
    await page.locator('li[data-code="LAO"]').getByTestId('unit-actions').first().click()
    await page.getByRole('menuitem', { name: 'ເພີ່ມຫົວໜ່ວຍຍ່ອຍ' }).click()
    const form = page.getByTestId('unit-form')
    await form.locator('input[name="code"]').fill(OTHER_PROVINCE)
    expect(await form.locator('select[name="kind"]').inputValue()).toBe('province')
    await form.locator('input[name="name-lo"]').fill('ແຂວງຫຼວງພະບາງ')
    await form.locator('input[name="name-en"]').fill('Luang Prabang')
    await form.getByTestId('unit-form-submit').click()
    const row = page.locator(`li[data-code="${OTHER_PROVINCE}"]`)
    await row.waitFor()
    expect(await row.innerText()).toContain('ແຂວງຫຼວງພະບາງ')

    await page.getByTestId('management-nav').getByText('ຜູ້ໃຊ້').click()
    await page.waitForURL(/\/users/)
    await page.getByTestId('open-create-user').click()
    const create = page.getByTestId('create-user')
    await create.locator('input[name="username"]').fill(REPORTER)
    await create.locator('input[name="display-name"]').fill('ສົມພອນ ວົງສະຫວັນ')
    await create.getByTestId('grant-role').selectOption('reporter')
    await create.getByTestId('grant-scope-unit').check()
    await pick(page, 'grant-unit', OTHER_PROVINCE, new RegExp(`\\(${OTHER_PROVINCE}\\)`))
    await create.getByTestId('create-user-submit').click()
    const otp = page.getByTestId('one-time-password-value')
    await otp.waitFor()
    reporterOneTimePassword = (await otp.innerText()).trim()
    expect(reporterOneTimePassword.length).toBeGreaterThanOrEqual(12)
    await page.getByTestId('one-time-password').getByRole('button', { name: 'ປິດ', exact: true }).click()
    const reporterRow = page.locator(`tr[data-username="${REPORTER}"]`)
    await reporterRow.waitFor()
    expect(await reporterRow.locator('[data-testid="grant"]').getAttribute('data-unit')).toBe(OTHER_PROVINCE)
    expect(await reporterRow.innerText()).toContain('ຕ້ອງປ່ຽນລະຫັດຜ່ານ')
    expect(problems).toEqual([])
  })

  it('assigns a programme to Vientiane Capital on its unit page, and lists it there', async () => {
    const { page, problems } = admin
    await page.goto(`${base}/org-units/LA-VT`)
    expect(await page.getByTestId('unit-title').innerText()).toBe('ນະຄອນຫຼວງວຽງຈັນ')
    await page.getByTestId('no-responsibilities').waitFor()
    expect(await page.getByTestId('assign-type').inputValue()).toBe('node')
    await pick(page, 'assign-items', 'P01', /^P01 — /)
    await page.getByTestId('assign-submit').click()
    await page.getByTestId('assign-done').waitFor()
    const listed = page.getByTestId('unit-responsibilities').locator('[data-testid="assignment"][data-code="P01"]')
    await listed.waitFor()
    expect(await listed.innerText()).toContain('ລັດຖະບານເອເລັກໂຕຣນິກ')
    expect(await listed.innerText()).toContain('ຮັບຜິດຊອບຫຼັກ')
    // Still there after a reload: it came from the server, not from the form.
    await page.reload()
    await page.locator('[data-testid="assignment"][data-code="P01"]').waitFor()
    const mine = await apiJson<Assignments>(page, '/api/v1/responsibilities')
    expect(mine.items.map((a) => `${a.unit.code}:${a.item.type}:${a.item.code}`)).toContain('LA-VT:node:P01')
    expect(problems).toEqual([])
  })

  it('keeps Vientiane Capital’s page and its assignment from a reporter of another province', async () => {
    const reporter = await openTab()
    const { page, problems } = reporter
    try {
      await page.goto(`${base}/sign-in`)
      await signInThroughUi(page, REPORTER, 'not-the-password-1')
      const error = page.getByTestId('sign-in-error')
      await error.waitFor()
      expect(await error.innerText()).toContain('ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ')
      await signInThroughUi(page, REPORTER, reporterOneTimePassword)
      await changeForcedPassword(page, reporterOneTimePassword, REPORTER_PASSWORD)
      await page.waitForURL((u) => !u.pathname.startsWith('/change-password'))

      // Their own province opens; Vientiane Capital does not, in the UI or through the API.
      await page.goto(`${base}/org-units/${OTHER_PROVINCE}`)
      await page.getByTestId('no-responsibilities').waitFor()
      expect(await page.getByTestId('assign-form').count()).toBe(0)
      await page.goto(`${base}/org-units/LA-VT`)
      const refusal = page.getByTestId('not-allowed')
      await refusal.waitFor()
      expect(await refusal.innerText()).toContain('ບໍ່ມີສິດເຂົ້າເຖິງ')
      expect(await page.getByTestId('unit-responsibilities').count()).toBe(0)
      expect(await page.locator('main').innerText()).not.toContain('ລັດຖະບານເອເລັກໂຕຣນິກ')
      expect(await apiStatus(page, '/api/v1/org-units/LA-VT')).toBe(403)
      expect(await apiStatus(page, `/api/v1/org-units/${OTHER_PROVINCE}`)).toBe(200)
      const theirs = await apiJson<Assignments>(page, '/api/v1/responsibilities')
      expect(theirs.items.filter((a) => a.unit.code === 'LA-VT' || a.item.code === 'P01')).toEqual([])

      // Nor do the administrator's pages appear for them.
      const nav = await page.getByTestId('management-nav').innerText()
      expect(nav).toContain('ຫົວໜ່ວຍການຈັດຕັ້ງ')
      expect(nav).not.toContain('ບັນທຶກການກວດສອບ')
      await page.goto(`${base}/audit`)
      await page.getByTestId('not-allowed').waitFor()

      // The expected refusals (wrong password, the 403s asked for above) are the only errors in the console.
      const unexpected = problems.filter((p) => !/status of (401|403)/.test(p))
      expect(unexpected).toEqual([])
      expect(problems.filter((p) => /status of 403/.test(p)).length).toBeGreaterThanOrEqual(2)
    } finally {
      await reporter.context.close()
    }
  })

  it('shows the assignment in the administrator’s audit log with what it assigned and an intact chain, then signs out', async () => {
    const { page, problems } = admin
    await page.goto(`${base}/audit`)
    await page.getByTestId('audit-table').waitFor()
    await page.getByTestId('filter-action').fill('responsibility.assign')
    await page.getByTestId('filter-action').press('Enter')
    await page.waitForURL(/action=responsibility\.assign/)
    const entry = page.locator('[data-testid="audit-entry"][data-action="responsibility.assign"]')
    await expect.poll(() => entry.count()).toBe(1)
    expect(await entry.getAttribute('data-code')).toBe('LA-VT:node:P01')
    expect(await entry.innerText()).toContain(ADMIN)
    expect(await entry.innerText()).toContain('ມອບໝາຍວຽກ')
    await entry.getByRole('button').first().click()
    const diff = page.getByTestId('audit-diff')
    await diff.waitFor()
    expect(await diff.locator('tr[data-change="added"]', { hasText: 'item.code' }).innerText()).toContain('P01')
    await page.getByTestId('verify-chain').click()
    const verified = page.getByTestId('verify-result')
    await verified.waitFor()
    expect(await verified.getAttribute('data-ok')).toBe('true')

    // Signing out from the header menu ends the session on the server too.
    await page.getByTestId('user-menu').click()
    await page.getByTestId('sign-out').click()
    await page.getByTestId('sign-in-link').waitFor()
    expect(await page.getByTestId('management-nav').count()).toBe(0)
    expect(await apiStatus(page, '/api/v1/audit')).toBe(401)
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([])
  })
})
