// Periodic reporting, end to end: the real app over a fresh test database (PGlite, or PostgreSQL when DATABASE_URL is
// set) with the fixture plan MINI-2021-2025, driven in Chromium. A Vientiane Capital reporter fills and submits the
// quarterly report, DPF returns it, the reporter corrects and resubmits, DPF approves; then two reporters edit the
// same value at once. The steps of the first part build on each other.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { ROOT } from '../server/boot.js'
import { createApp, type App } from '../server/platform/http/create-app.js'
import { loadPlanPackage } from '../server/features/plan-data/load-plan.js'
import { FIXTURE_PLAN, openTestDatabase } from '../server/test-support/test-database.js'
import { makeUser, PASSWORD, signIn } from '../server/test-support/auth-helpers.js'
import { hasChromium, launchChromium } from './browser.js'
import { ensureWebBuild } from './ensure-web-build.js'

const PLAN = 'MINI-2021-2025'
const REPORT = (period: string) => `/plans/${PLAN}/reports/QUARTERLY/LA-VT/${period}`
const API = (period: string) => `/api/v1${REPORT(period)}`
const REASON = 'ຕົວເລກບັນຊີອີເມວບໍ່ກົງກັບບົດລາຍງານຂອງກະຊວງ, ກະລຸນາກວດຄືນ'

type Tab = { context: BrowserContext; page: Page; problems: string[] }
type FormJson = { report: { status: string; version: number }; groups: { items: { code: string; entry: any }[] }[] }

describe.skipIf(!hasChromium())('periodic reporting in the browser', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let app: App
  let base: string
  let browser: Browser
  let reporter: Tab
  let planner: Tab

  async function openTab(): Promise<Tab> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'lo-LA' })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    // A refused save (409) is logged by the browser itself; the page shows it, so it is not a problem here.
    page.on('console', (m) => { if (m.type() === 'error' && !/status of 409/.test(m.text())) problems.push(`console error: ${m.text()}`) })
    page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push(`external request: ${r.url()}`) })
    return { context, page, problems }
  }

  async function signInThroughUi(page: Page, username: string) {
    await page.waitForURL(/\/sign-in\?returnTo=/)
    const form = page.getByTestId('sign-in-form')
    await form.locator('input[name="username"]').fill(username)
    await form.locator('input[name="password"]').fill(PASSWORD)
    await form.locator('input[name="password"]').press('Enter')
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'))
  }

  const cell = (page: Page, element: string, col = 0) => page.locator(`tr[data-code="${element}"] input[data-grid-col="${col}"]`)
  const focusedKey = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-entry-key') ?? null)
  const saved = (page: Page) => page.locator('[data-testid="save-status"][data-state="saved"]').waitFor()
  const editor = (page: Page, status: string) => page.locator(`[data-testid="report-editor"][data-status="${status}"]`).waitFor()
  const formJson = (page: Page, period: string) => page.evaluate((u) => fetch(u).then((r) => r.json()), API(period)) as Promise<FormJson>
  const item = (f: FormJson, code: string) => f.groups.flatMap((g) => g.items).find((i) => i.code === code)!
  const value = (f: FormJson, code: string) => item(f, code).entry?.values.find((v: { option: number }) => v.option === 0)?.value ?? null

  async function act(page: Page, action: string, reason?: string) {
    await page.getByTestId(`action-${action}`).click()
    if (reason !== undefined) await page.getByTestId('action-reason').fill(reason)
    await page.getByTestId('action-confirm').click()
  }

  beforeAll(async () => {
    ensureWebBuild(ROOT)
    database = await openTestDatabase()
    await loadPlanPackage(database.db, FIXTURE_PLAN)
    app = await createApp({ db: database.db, dbKind: database.kind, webDir: path.join(ROOT, 'dist', 'web'), logLevel: 'silent' })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
    await makeUser(database.db, 'dpf.planner', [{ role: 'planner', unit: null }])
    await makeUser(database.db, 'vt.reporter', [{ role: 'reporter', unit: 'LA-VT' }])
    await makeUser(database.db, 'vt.reporter2', [{ role: 'reporter', unit: 'LA-VT' }])
    // DPF assigns programme P01 and the milestone OT02 to Vientiane Capital: they make up its quarterly form.
    const dpf = await signIn(app, 'dpf.planner')
    const res = await dpf.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT', type: 'node', plan: PLAN, code: 'P01' }, { unit: 'LA-VT', type: 'target', plan: PLAN, code: 'OT02' }] })
    expect(res.statusCode, res.body).toBe(200)
    browser = await launchChromium()
    reporter = await openTab()
    planner = await openTab()
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await database?.close()
  })

  it('a province reporter signs in, fills the quarterly report from the keyboard and submits it', async () => {
    const { page, problems } = reporter
    await page.goto(`${base}/reports`)
    await signInThroughUi(page, 'vt.reporter')
    await page.waitForURL(/\/reports$/)
    await page.getByTestId('open-form').selectOption('QUARTERLY')
    await page.getByTestId('open-period').selectOption('2024Q1')
    await page.getByTestId('open-submit').click()
    await page.waitForURL(new RegExp(`${REPORT('2024Q1')}$`))
    await editor(page, 'draft')
    expect(await page.getByTestId('report-title').innerText()).toContain('ໄຕມາດ 1/2024')
    expect(await page.locator('tr[data-testid="element-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code'))))
      .toEqual(['DE-IND-FEMALE-INTERNET', 'DE-IND-GOV-EMAIL', 'DE-P01-T02.1'])

    // A percentage over 100 is flagged in Lao as it is typed, before anything is sent.
    await cell(page, 'DE-IND-FEMALE-INTERNET').click()
    await page.keyboard.type('140')
    expect(await page.getByTestId('cell-problem').innerText()).toContain('140 ສູງກວ່າຄ່າສູງສຸດ 100')
    expect(await cell(page, 'DE-IND-FEMALE-INTERNET').getAttribute('aria-invalid')).toBe('true')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('61,5')
    expect(await page.getByTestId('cell-problem').count()).toBe(0)
    // Enter moves down the column, like a spreadsheet; the Lao way of writing numbers is understood.
    await page.keyboard.press('Enter')
    expect(await focusedKey(page)).toBe('v:DE-IND-GOV-EMAIL:')
    await page.keyboard.type('1.200')
    await page.keyboard.press('Enter')
    expect(await focusedKey(page)).toBe('v:DE-P01-T02.1:')
    await page.keyboard.type('45')
    await page.keyboard.press('ArrowUp')
    expect(await focusedKey(page)).toBe('v:DE-IND-GOV-EMAIL:')
    expect(await cell(page, 'DE-P01-T02.1').inputValue()).toBe('45')

    const milestone = page.locator('[data-testid="milestone"][data-code="OT02"]')
    await milestone.getByTestId('milestone-status').selectOption('on_track')
    await milestone.getByTestId('milestone-percent').fill('40')
    await milestone.getByTestId('milestone-narrative').fill('ຮ່າງກົດໝາຍສຳເລັດແລ້ວ')
    await milestone.locator('input[type="file"]').setInputFiles({ name: 'ຮ່າງກົດໝາຍ.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 ຮ່າງ') })
    expect(await milestone.getByRole('link', { name: 'ຮ່າງກົດໝາຍ.pdf' }).getAttribute('href')).toMatch(/^\/api\/v1\/evidence\/\d+$/)
    await expect.poll(async () => {
      const f = await formJson(page, '2024Q1')
      return [value(f, 'DE-IND-FEMALE-INTERNET'), value(f, 'DE-IND-GOV-EMAIL'), value(f, 'DE-P01-T02.1'), item(f, 'OT02').entry?.status, item(f, 'OT02').entry?.percentComplete]
    }, { timeout: 15_000 }).toEqual([61.5, 1200, 45, 'on_track', 40])
    await saved(page)
    expect(await cell(page, 'DE-IND-GOV-EMAIL').inputValue()).toBe('1.200')

    await act(page, 'submit')
    await editor(page, 'submitted')
    expect(await page.getByTestId('read-only-banner').getAttribute('data-status')).toBe('submitted')
    expect(await cell(page, 'DE-IND-GOV-EMAIL').isDisabled()).toBe(true)
    expect(problems).toEqual([])
  })

  it('DPF finds it in the review queue and returns it with a reason (required)', async () => {
    const { page, problems } = planner
    await page.goto(`${base}/reports`)
    await signInThroughUi(page, 'dpf.planner')
    const row = page.locator('[data-testid="queue-table"] tr[data-unit="LA-VT"][data-period="2024Q1"]')
    await row.getByTestId('open-report').click()
    await editor(page, 'submitted')
    expect(await page.locator('#report-form input:not(:disabled)').count()).toBe(0)
    await act(page, 'return', '')
    expect(await page.getByTestId('action-modal').innerText()).toContain('ກະລຸນາໃສ່ເຫດຜົນ')
    await page.getByTestId('action-reason').fill(REASON)
    await page.getByTestId('action-confirm').click()
    await editor(page, 'returned')
    expect(problems).toEqual([])
  })

  it('the reporter is notified, sees the reason, corrects a value and resubmits', async () => {
    const { page, problems } = reporter
    await page.goto(`${base}/reports`)
    await expect.poll(() => page.getByTestId('notification-count').innerText().catch(() => '')).toBe('1')
    await page.getByTestId('notification-bell').click()
    await page.getByTestId('notification-link').first().click()
    await page.waitForURL(new RegExp(`${REPORT('2024Q1')}$`))
    await editor(page, 'returned')
    expect(await page.getByTestId('return-reason').innerText()).toBe(REASON)
    await cell(page, 'DE-IND-GOV-EMAIL').fill('1.250')
    await cell(page, 'DE-IND-GOV-EMAIL').press('Tab')
    await expect.poll(async () => value(await formJson(page, '2024Q1'), 'DE-IND-GOV-EMAIL'), { timeout: 15_000 }).toBe(1250)
    await act(page, 'submit')
    await editor(page, 'submitted')
    expect(problems).toEqual([])
  })

  it('DPF approves; the approved report can no longer be edited, in the page or through the API', async () => {
    await planner.page.reload()
    await editor(planner.page, 'submitted')
    await act(planner.page, 'approve')
    await editor(planner.page, 'approved')

    const { page, problems } = reporter
    await page.reload()
    await editor(page, 'approved')
    expect(await page.getByTestId('read-only-banner').getAttribute('data-status')).toBe('approved')
    expect(await page.locator('#report-form input').count()).toBeGreaterThan(3)
    expect(await page.locator('#report-form input:not(:disabled), #report-form textarea:not(:disabled), #report-form select:not(:disabled)').count()).toBe(0)
    expect(await page.getByTestId('action-bar').count()).toBe(0)
    const put = await page.evaluate(async (u) => {
      const { csrfToken } = await (await fetch('/api/v1/me')).json()
      const r = await fetch(`${u}/entries`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify({ values: [{ element: 'DE-IND-GOV-EMAIL', value: 1, baseVersion: 99 }] }) })
      return { status: r.status, body: await r.json() }
    }, API('2024Q1'))
    expect(put.status).toBe(409)
    expect(put.body.error.code).toBe('report_approved')
    expect(value(await formJson(page, '2024Q1'), 'DE-IND-GOV-EMAIL')).toBe(1250)
    expect(problems).toEqual([])
  })

  it('the audit log shows every step in order, and the dashboard counts the approved values', async () => {
    const { page, problems } = planner
    await page.goto(`${base}/audit?entityType=report`)
    const entries = page.locator('[data-testid="audit-entry"][data-code="QUARTERLY/LA-VT/2024Q1"]')
    await entries.first().waitFor()
    // The page lists the newest first.
    const shown = (await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).reverse()
    const trail = await page.evaluate(() => fetch('/api/v1/audit?entityType=report&order=asc&pageSize=200').then((r) => r.json()))
    const actions = trail.items.filter((e: { entity: { code: string } }) => e.entity.code === 'QUARTERLY/LA-VT/2024Q1').map((e: { action: string }) => e.action)
    expect(shown).toEqual(actions)
    expect(actions[0]).toBe('report.save')
    expect(actions.filter((a: string) => a !== 'report.save')).toEqual(['report.submit', 'report.return', 'report.submit', 'report.approve'])
    const returned = actions.indexOf('report.return')
    expect(actions.slice(returned + 1, actions.lastIndexOf('report.submit'))).toContain('report.save')
    const events = (await formJson(page, '2024Q1') as unknown as { events: { action: string; reason: string | null }[] }).events
    expect(events.map((e) => e.action)).toEqual(['submit', 'return', 'submit', 'approve'])
    expect(events[1].reason).toBe(REASON)

    const dashboard = await page.evaluate((u) => fetch(u).then((r) => r.json()), `/api/v1/plans/${PLAN}/dashboard?period=2024Q1`)
    const ot01 = dashboard.overallTargets.find((t: { code: string }) => t.code === 'OT01')
    expect(ot01).toMatchObject({ element: 'DE-IND-GOV-EMAIL', actual: { value: 1250, reports: 1 } })
    expect(dashboard.freshness.approvedReports).toBe(1)
    const approved = await page.evaluate((u) => fetch(u).then((r) => r.json()), `/api/v1/reports?plan=${PLAN}&status=approved`)
    expect(approved.items.map((r: { unit: { code: string }; period: { id: string } }) => `${r.unit.code}/${r.period.id}`)).toEqual(['LA-VT/2024Q1'])
    expect(problems).toEqual([])
  })

  it('a block pasted from a spreadsheet fills the cells below; a save whose answer was lost is retried and applied once', async () => {
    const { page, problems } = reporter
    await page.goto(`${base}${REPORT('2024Q3')}`)
    await editor(page, 'draft')
    // Three rows copied from a spreadsheet column, pasted into the first cell.
    await cell(page, 'DE-IND-FEMALE-INTERNET').evaluate((input) => {
      const data = new DataTransfer()
      data.setData('text/plain', '63,5\r\n1.400\r\n50\r\n')
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    expect(await Promise.all(['DE-IND-FEMALE-INTERNET', 'DE-IND-GOV-EMAIL', 'DE-P01-T02.1'].map((c) => cell(page, c).inputValue()))).toEqual(['63,5', '1.400', '50'])

    // The server saves the batch but its answer never arrives; the page retries with the same Idempotency-Key.
    const keys: string[] = []
    await page.route('**/entries', async (route) => {
      keys.push(route.request().headers()['idempotency-key'])
      if (keys.length === 1) { await route.fetch(); await route.abort('connectionreset') } else await route.continue()
    })
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('offline')
    expect(await page.getByTestId('save-status').innerText()).toContain('ຈະລອງບັນທຶກໃໝ່')
    await saved(page)
    await page.unroute('**/entries')
    expect(keys.length).toBe(2)
    expect(keys[1]).toBe(keys[0])
    const f = await formJson(page, '2024Q3')
    expect([value(f, 'DE-IND-FEMALE-INTERNET'), value(f, 'DE-IND-GOV-EMAIL'), value(f, 'DE-P01-T02.1')]).toEqual([63.5, 1400, 50])
    expect(item(f, 'DE-IND-GOV-EMAIL').entry.values[0].version).toBe(1)
    expect(await page.getByTestId('conflict').count()).toBe(0)
    expect(problems.filter((p) => !/ERR_CONNECTION_RESET/.test(p))).toEqual([])
    problems.length = 0
  })

  it('two people edit the same value: the second sees the first one\'s value beside theirs, and nothing is lost', async () => {
    const second = await openTab()
    try {
      await second.page.goto(`${base}${REPORT('2024Q2')}`)
      await signInThroughUi(second.page, 'vt.reporter2')
      await reporter.page.goto(`${base}${REPORT('2024Q2')}`)
      await Promise.all([editor(second.page, 'draft'), editor(reporter.page, 'draft')])

      // The first person saves 1.300 while the second still has the form as loaded.
      await cell(reporter.page, 'DE-IND-GOV-EMAIL').fill('1300')
      await cell(reporter.page, 'DE-IND-GOV-EMAIL').press('Tab')
      await cell(reporter.page, 'DE-P01-T02.1').fill('30')
      await cell(reporter.page, 'DE-P01-T02.1').press('Tab')
      await expect.poll(async () => { const f = await formJson(reporter.page, '2024Q2'); return [value(f, 'DE-IND-GOV-EMAIL'), value(f, 'DE-P01-T02.1')] }, { timeout: 15_000 }).toEqual([1300, 30])

      // The second types 999 there, 35 in another value both changed, and 62 in a value nobody else touched.
      const p2 = second.page
      await cell(p2, 'DE-IND-GOV-EMAIL').fill('999')
      await cell(p2, 'DE-P01-T02.1').fill('35')
      await cell(p2, 'DE-IND-FEMALE-INTERNET').fill('62')
      await cell(p2, 'DE-IND-FEMALE-INTERNET').press('Tab')
      const conflict = p2.locator('tr[data-code="DE-IND-GOV-EMAIL"] [data-testid="conflict"]')
      await conflict.waitFor()
      expect(await conflict.getByTestId('conflict-theirs').innerText()).toBe('1.300')
      expect(await conflict.getByTestId('conflict-yours').innerText()).toBe('999')
      expect(await cell(p2, 'DE-IND-GOV-EMAIL').inputValue()).toBe('999')
      await expect.poll(() => p2.getByTestId('conflict-count').innerText(), { timeout: 15_000 }).toContain('2')
      // The unconflicted value is saved; the conflicting ones are not, until the person chooses.
      await expect.poll(async () => value(await formJson(p2, '2024Q2'), 'DE-IND-FEMALE-INTERNET'), { timeout: 15_000 }).toBe(62)
      let f = await formJson(p2, '2024Q2')
      expect([value(f, 'DE-IND-GOV-EMAIL'), value(f, 'DE-P01-T02.1')]).toEqual([1300, 30])

      await conflict.getByTestId('keep-mine').click()
      await p2.locator('tr[data-code="DE-P01-T02.1"] [data-testid="take-theirs"]').click()
      expect(await cell(p2, 'DE-P01-T02.1').inputValue()).toBe('30')
      await expect.poll(async () => value(await formJson(p2, '2024Q2'), 'DE-IND-GOV-EMAIL'), { timeout: 15_000 }).toBe(999)
      await saved(p2)
      expect(await p2.getByTestId('conflict').count()).toBe(0)
      f = await formJson(p2, '2024Q2')
      expect([value(f, 'DE-IND-GOV-EMAIL'), value(f, 'DE-P01-T02.1'), value(f, 'DE-IND-FEMALE-INTERNET')]).toEqual([999, 30, 62])
      expect(second.problems).toEqual([])
      expect(reporter.problems).toEqual([])
    } finally {
      await second.context.close()
    }
  })
})
