// Reading a plan in the browser, end to end: the real server (in-process, fixture plan MINI-2021-2025) and Chromium.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { boot, ROOT, type Booted } from '../server/boot.js'
import { readConfig } from '../server/platform/config.js'
import { hasChromium, launchChromium } from './browser.js'
import { ensureWebBuild } from './ensure-web-build.js'

const PLAN = 'MINI-2021-2025'

describe.skipIf(!hasChromium())('browsing a plan', () => {
  let booted: Booted
  let browser: Browser
  let base: string
  let dataDir: string
  let context: BrowserContext
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    ensureWebBuild(ROOT)
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-e2e-'))
    // Always the embedded database: this test is about the web app, and must not share a PostgreSQL database.
    const { DATABASE_URL: _ignored, ...env } = process.env
    const config = readConfig({ ...env, TIDTAM_DATA_DIR: dataDir, TIDTAM_PLAN_DIR: path.join(ROOT, 'server/features/plan-data/fixtures'), PORT: '0', LOG_LEVEL: 'silent' })
    booted = await boot(config)
    const address = await booted.app.listen({ port: 0, host: '127.0.0.1' })
    base = address
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await booted?.close()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    page = await context.newPage()
    problems = []
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`) })
    page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`external request: ${r.url()}`) })
  })

  afterEach(async () => {
    await context.close()
    expect(problems).toEqual([])
  })

  const programmeRow = (code: string) => page.locator(`li[data-code="${code}"]`).first()

  it('shows the framework tree with programme names in Lao, the lost programme P02 as missing, and P03 as title lost', async () => {
    await page.goto(`${base}/plans/${PLAN}/framework`)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('lo')
    await programmeRow('P01').waitFor()
    expect(await programmeRow('P01').innerText()).toContain('ແຜນງານ ລັດຖະບານເອເລັກໂຕຣນິກ')
    expect(await programmeRow('P01').innerText()).toContain('ແຜນງານ ທີ 1')
    const p02 = programmeRow('P02')
    expect(await p02.getAttribute('data-missing')).toBe('true')
    expect(await p02.innerText()).toContain('ສູນຫາຍໃນເອກະສານຕົ້ນສະບັບ')
    expect(await programmeRow('P03').innerText()).toContain('(ບໍ່ມີຊື່ໃນເອກະສານ)')
    // The overall targets section is there, and the bundled Lao web font is in use.
    expect(await page.locator('#overall-targets').innerText()).toContain('ຄາດໝາຍລວມ')
    expect(await page.evaluate(() => document.fonts.check("16px 'Noto Sans Lao'", 'ລາວ'))).toBe(true)
  })

  it('opens a programme’s targets from the keyboard', async () => {
    await page.goto(`${base}/plans/${PLAN}/framework`)
    const toggle = programmeRow('P01').locator('button[aria-expanded]').first()
    await toggle.waitFor()
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.focus()
    await page.keyboard.press('Enter')
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    const target = programmeRow('P01').locator('[data-testid="target-item"][data-code="P01-T01"]')
    await target.waitFor()
    expect(await target.innerText()).toContain('15.000')
    await page.keyboard.press('ArrowLeft')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
  })

  it('switches to English, and the choice survives a reload', async () => {
    await page.goto(`${base}/plans/${PLAN}/framework`)
    await programmeRow('P01').waitFor()
    await page.getByTestId('language-switch').getByText('EN').click()
    await expect.poll(() => programmeRow('P01').innerText()).toContain('e-Government programme')
    expect(await programmeRow('P02').innerText()).toContain('missing in the source document')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.reload()
    await programmeRow('P01').waitFor()
    expect(await programmeRow('P01').innerText()).toContain('Programme 1: e-Government programme')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.locator('nav').first().innerText()).toContain('Framework')
  })

  it('finds a Lao word inside unspaced text from the header search box', async () => {
    await page.goto(`${base}/plans/${PLAN}`)
    const box = page.getByTestId('header-search')
    await box.fill('ລັດຖະບານ') // inside "ລັດຖະບານເອເລັກໂຕຣນິກ", no space before "ເອເລັກ"
    await box.press('Enter')
    await page.waitForURL(/\/search\?/)
    const results = page.getByTestId('search-results')
    await results.waitFor()
    const hit = results.locator('li[data-code="P01"] a').first()
    expect(await hit.innerText()).toContain('ລັດຖະບານເອເລັກໂຕຣນິກ')
    // Another word in the middle of a run: "ອີເມວ" in "ສ້າງລາຍຊື່ອີເມວໃຫ້ໄດ້".
    await page.goto(`${base}/search?q=${encodeURIComponent('ອີເມວ')}&plan=${PLAN}`)
    await page.locator('[data-testid="search-results"] li[data-code="P01-T01"]').waitFor()
    expect(await page.locator('section[data-type="target"]').innerText()).toContain('ສ້າງລາຍຊື່ອີເມວໃຫ້ໄດ້')
    await page.locator('[data-testid="search-results"] li[data-code="P01-T01"] a').first().click()
    await page.waitForURL(/\/targets\/P01-T01$/)
    // The search page's own heading stays until the target page has rendered, so wait for the new one.
    const heading = page.getByRole('heading', { level: 1, name: /P01-T01/ })
    await heading.waitFor()
    expect(await heading.innerText()).toContain('P01-T01')
  })

  it('shows project totals in kip and in US dollars apart, never summed, and filters through the URL', async () => {
    await page.goto(`${base}/plans/${PLAN}/projects`)
    const totals = page.getByTestId('project-totals')
    await totals.waitFor()
    expect(await totals.locator('[data-currency="LAK_M"]').innerText()).toMatch(/3 ໂຄງການ · 2\.100 ລ້ານກີບ/)
    expect(await totals.locator('[data-currency="USD"]').innerText()).toMatch(/1 ໂຄງການ · 500\.000 ໂດລາສະຫະລັດ/)
    const text = await page.locator('main').innerText()
    expect(text).not.toContain('502.100')
    // A garbled (OCR) name is labelled, not shown as if it were text.
    expect(await page.locator('tr[data-code="FP1-PJ02b"]').innerText()).toContain('ຊື່ອ່ານບໍ່ໄດ້ (OCR)')
    await page.getByLabel('ສະກຸນເງິນ').selectOption('USD')
    await page.waitForURL(/currency=USD/)
    await expect.poll(() => totals.locator('[data-currency]').count()).toBe(1)
    expect(await totals.innerText()).toContain('500.000 ໂດລາສະຫະລັດ')
    expect(await page.locator('tr[data-code]').count()).toBe(1)
  })

  it('opens the source viewer at the line a source link names', async () => {
    await page.goto(`${base}/plans/${PLAN}/nodes/P01`)
    const target = page.locator('[data-testid="target-item"][data-code="P01-T01"]')
    await target.waitFor()
    const link = target.getByTestId('source-link').first()
    expect(await link.innerText()).toBe('ແຖວ 10')
    await link.click()
    await page.waitForURL(/\/source\?line=10$/)
    const line = page.locator('li[data-line="10"]')
    await line.waitFor()
    expect(await line.getAttribute('data-highlighted')).toBe('true')
    expect(await line.innerText()).toContain('ສ້າງລາຍຊື່ອີເມວໃຫ້ໄດ້ 15,000 ລາຍຊື່')
    expect(await page.locator('li[data-highlighted]').count()).toBe(1)
  })

  it('draws an indicator’s history with a dashed line to its target, labelled in Lao', async () => {
    await page.goto(`${base}/plans/${PLAN}/indicators/IND-FEMALE-INTERNET`)
    const chart = page.getByTestId('indicator-chart')
    await chart.locator('svg').waitFor()
    const svg = await chart.innerHTML()
    expect(svg).toContain('ຕົວຈິງ')
    expect(svg).toContain('ຄາດໝາຍ 2025')
    expect(svg).toMatch(/stroke-dasharray/)
  })

  it('shows the overview counts with the programme lost in the document', async () => {
    await page.goto(`${base}/plans/${PLAN}`)
    const card = page.getByTestId('count-programmes')
    await card.waitFor()
    expect(await card.innerText()).toContain('ໃນນັ້ນ 1 ແຜນງານ ສູນຫາຍໃນເອກະສານຕົ້ນສະບັບ')
    await page.getByTestId('findings-link').click()
    await page.waitForURL(/\/findings/)
    const first = page.getByTestId('finding').first()
    await first.waitFor()
    expect(await first.getByTestId('source-link').count()).toBe(2)
  })
})
