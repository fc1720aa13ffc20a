// Saves PNGs of the main pages, in Lao, at 1366×768 and one at 375×812, for a person to look at.
// Needs a running server: BASE_URL=http://localhost:3903 PLAN=MTC-2021-2025 npx tsx e2e/screenshots.ts
// Optional: OUT=/tmp/shots, PROGRAMME=P08, INDICATOR=IND-INTERNET-USERS-PCT, QUERY=ອິນເຕີເນັດ
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { launchChromium } from './browser.js'

const base = process.env.BASE_URL ?? 'http://localhost:3903'
const plan = process.env.PLAN ?? 'MTC-2021-2025'
const out = process.env.OUT ?? '/tmp/shots'
const programme = process.env.PROGRAMME ?? 'P08'
const indicator = process.env.INDICATOR ?? 'IND-INTERNET-USERS-PCT'
const query = process.env.QUERY ?? 'ອິນເຕີເນັດ'

type Shot = { name: string; url: string; width?: number; height?: number; full?: boolean; ready?: string; english?: boolean; before?: (p: Page) => Promise<void> }

const shots: Shot[] = [
  { name: 'home', url: `/plans/${plan}`, ready: '[data-testid="count-programmes"]' },
  { name: 'tree', url: `/plans/${plan}/framework`, ready: '[data-code="FP1"]', before: async (p) => { await p.locator('#focus-plans').scrollIntoViewIfNeeded() } },
  { name: 'tree-missing', url: `/plans/${plan}/framework`, ready: '[data-code="FP2"]', before: async (p) => { await p.locator('li[data-code="FP2"]').scrollIntoViewIfNeeded() } },
  { name: 'programme', url: `/plans/${plan}/nodes/${programme}`, ready: '[data-testid="target-item"]' },
  { name: 'programme-title-lost', url: `/plans/${plan}/nodes/P11`, ready: 'h1' },
  { name: 'indicator', url: `/plans/${plan}/indicators/${indicator}`, ready: '[data-testid="indicator-chart"] svg' },
  { name: 'search', url: `/search?q=${encodeURIComponent(query)}&plan=${plan}`, ready: '[data-testid="search-results"]' },
  { name: 'projects', url: `/plans/${plan}/projects`, ready: '[data-testid="project-table"]' },
  { name: 'projects-garbled', url: `/plans/${plan}/projects?focusPlan=FP8`, ready: '[data-testid="garbled-name"]', before: async (p) => { await p.getByTestId('garbled-name').first().focus() } },
  { name: 'findings', url: `/plans/${plan}/findings`, ready: '[data-testid="finding"]' },
  { name: 'statistics', url: `/plans/${plan}/statistics?table=TAB-A2`, ready: '[data-testid="statistics-table"]' },
  { name: 'legislation', url: `/plans/${plan}/legislation`, ready: 'table' },
  { name: 'source', url: `/plans/${plan}/source?line=617`, ready: '[data-highlighted]' },
  { name: 'phone-programme', url: `/plans/${plan}/nodes/${programme}`, width: 375, height: 812, ready: '[data-testid="target-item"]' },
  { name: 'phone-tree', url: `/plans/${plan}/framework`, width: 375, height: 812, ready: '[data-code="FP1"]' },
  { name: 'phone-menu', url: `/plans/${plan}`, width: 375, height: 812, ready: '[data-testid="count-programmes"]', before: async (p) => { await p.getByRole('button', { name: 'ເປີດ/ປິດ ເມນູ' }).first().click() } },
  { name: 'phone-projects', url: `/plans/${plan}/projects`, width: 375, height: 812, ready: '[data-testid="project-table"]' },
  { name: 'home-en', url: `/plans/${plan}`, english: true, ready: '[data-testid="count-programmes"]' },
  { name: 'tree-en', url: `/plans/${plan}/framework`, english: true, ready: '[data-code="FP2"]', before: async (p) => { await p.locator('li[data-code="FP2"]').scrollIntoViewIfNeeded() } },
]

async function main() {
  fs.mkdirSync(out, { recursive: true })
  const browser = await launchChromium()
  const only = process.argv.slice(2)
  try {
    for (const s of shots.filter((x) => !only.length || only.includes(x.name))) {
      const context = await browser.newContext({ viewport: { width: s.width ?? 1366, height: s.height ?? 768 }, locale: 'lo-LA' })
      if (s.english) await context.addInitScript(() => localStorage.setItem('tidtam.lang', 'en'))
      const page = await context.newPage()
      const problems: string[] = []
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`) })
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`))
      page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push(`external request: ${r.url()}`) })
      await page.goto(base + s.url)
      if (s.ready) await page.waitForSelector(s.ready, { timeout: 20_000 })
      await page.evaluate(() => document.fonts.ready)
      if (s.before) await s.before(page)
      await page.waitForTimeout(400)
      const file = path.join(out, `${s.name}.png`)
      await page.screenshot({ path: file, fullPage: s.full ?? false })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      console.log(`${file}${overflow > 0 ? `  (horizontal overflow ${overflow}px)` : ''}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`)
      await context.close()
    }
  } finally {
    await browser.close()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
