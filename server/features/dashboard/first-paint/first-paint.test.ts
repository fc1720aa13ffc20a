import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anonymous, makeUser, openAuthTestApp, signIn, type Client } from '../../../test-support/auth-helpers.js'
import { approvedTestReport } from '../../../test-support/approved-reports.js'
import { createOrgUnit } from '../../orgunits/create-org-unit.js'
import { systemActor } from '../../../platform/auth/request-actor.js'
import { DATA_ELEMENT_ID } from './inject-into-index.js'
import { escapeHtml, jsonForScript } from './escape-html.js'
import { MAP_RAMP, NO_DATA_HEX } from '../../../../common/geo/choropleth.js'
import { provinceShapes } from '../../../../common/geo/province-shapes.js'

const PLAN = 'MINI-2021-2025'
const PAGE = `/plans/${PLAN}/dashboard`
// index.html as Vite writes it (the real one needs a web build).
const INDEX = `<!doctype html>
<html lang="lo">
  <head>
    <meta charset="UTF-8" />
    <title>ຕິດຕາມ · tidtam</title>
    <script type="module" crossorigin src="/assets/index-abcdefgh.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abcdefgh.css">
  </head>
  <body>
    <div id="root"></div>
    <noscript>ກະລຸນາເປີດ JavaScript · Please enable JavaScript</noscript>
  </body>
</html>
`

let t: Awaited<ReturnType<typeof openAuthTestApp>>
let webDir: string
let viewer: Client
let provinceReporter: Client
let noRole: Client

beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-first-paint-'))
  fs.writeFileSync(path.join(webDir, 'index.html'), INDEX)
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } }, { webDir })
  const sys = systemActor('test')
  await createOrgUnit(t.db, sys, { code: 'LA-LP', kind: 'province', parent: 'LAO', iso: 'LA-LP', name: { lo: 'ຫຼວງພະບາງ', en: 'Luang Prabang' } })
  for (const [code, parent] of [['VT-D1', 'LA-VT'], ['LP-D1', 'LA-LP']]) await createOrgUnit(t.db, sys, { code, kind: 'district', parent, name: { lo: code } })
  await makeUser(t.db, 'viewer', [{ role: 'viewer', unit: null }])
  await makeUser(t.db, 'province', [{ role: 'reporter', unit: 'LA-VT' }])
  await makeUser(t.db, 'nobody', [])
  viewer = await signIn(t.app, 'viewer')
  provinceReporter = await signIn(t.app, 'province')
  noRole = await signIn(t.app, 'nobody')
  const at = new Date('2025-01-20T03:00:00Z')
  await approvedTestReport(t.db, { plan: PLAN, unit: 'VT-D1', period: '2024', values: [{ element: 'DE-IND-GOV-EMAIL', value: 60000 }], at })
  await approvedTestReport(t.db, { plan: PLAN, unit: 'LP-D1', period: '2024', values: [{ element: 'DE-IND-GOV-EMAIL', value: 30000 }], at })
}, 120_000)
afterAll(async () => {
  await t?.close()
  fs.rmSync(webDir, { recursive: true, force: true })
})

type Block = { key: Record<string, string>; data: { plan: { name: { lo: string } }; overallTargets: { code: string; actual: { value: number | null } | null }[] } }
function dataBlock(html: string): Block | null {
  const m = new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">([^<]*)</script>`).exec(html)
  return m ? JSON.parse(m[1]) : null
}
const ot01 = (b: Block) => b.data.overallTargets.find((x) => x.code === 'OT01')!

describe('the dashboard\'s first paint', () => {
  it('draws the overall targets for a viewer and hands the app the same figures the API gives', async () => {
    const res = await viewer.request('GET', `${PAGE}?period=2024`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(String(res.headers.vary)).toMatch(/cookie/i)
    const html = res.body
    expect(html).toContain('<div id="root"><div class="fp" data-first-paint="dashboard">')
    expect(html).toMatch(/<table class="fp-targets" data-testid="overall-targets">/)
    expect(html).toMatch(/<tr data-code="OT01" data-status="at_risk">.*ອີເມວ 150\.000 ລາຍຊື່.*ມີຄວາມສ່ຽງ.*60% ຂອງເສັ້ນທາງ.*90\.000<\/b> \/ 150\.000/)
    expect(html).toMatch(/<tr data-code="OT02" data-status="no_data">.*ບໍ່ມີຂໍ້ມູນ/)
    expect(html).toContain('<h1><span lang="lo">ແຜນທົດລອງ')
    // The drawn screen first, then the figures; the app's code stays in <head>, its stylesheet moves to the end of
    // <body> so that it does not hold back the first paint.
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-abcdefgh.js"><\/script>\s*<style>[^<]+<\/style>\s*<\/head>/)
    expect(html.indexOf('data-first-paint')).toBeLessThan(html.indexOf(DATA_ELEMENT_ID))
    const stylesheet = html.indexOf('<link rel="stylesheet" crossorigin href="/assets/index-abcdefgh.css">')
    expect(stylesheet).toBeGreaterThan(html.indexOf(DATA_ELEMENT_ID))
    expect(stylesheet).toBeLessThan(html.indexOf('</body>'))

    const block = dataBlock(html)!
    expect(block.key).toEqual({ code: PLAN, period: '2024' })
    const api = await viewer.request('GET', `/api/v1${PAGE}?period=2024`)
    expect(block.data).toEqual(api.json())
  })

  it('draws the province map with the chosen indicator\'s values, coloured like the app\'s', async () => {
    const res = await viewer.request('GET', `${PAGE}?period=2024`)
    const map = /<div class="fp-map" data-testid="province-map"><svg viewBox="0 0 480 (\d+)"[^>]*>(.*?)<\/svg>(.*?)<\/div>/.exec(res.body)!
    expect(map).not.toBeNull()
    const paths = [...map[2].matchAll(/<path d="M[^"]+z" fill="(#[0-9a-f]{6})" data-iso="(LA-\w\w)"><title>([^<]+)<\/title><\/path>/g)]
    expect(paths).toHaveLength(18)
    const byIso = new Map(paths.map((m) => [m[2], { fill: m[1], title: m[3] }]))
    // Two provinces reported: the higher one darkest, the lower one lightest, the other sixteen grey.
    expect(byIso.get('LA-VT')).toEqual({ fill: MAP_RAMP[4], title: 'ນະຄອນຫຼວງວຽງຈັນ: 60.000 accounts · 1 ລາຍງານ' })
    expect(byIso.get('LA-LP')).toEqual({ fill: MAP_RAMP[0], title: 'ຫຼວງພະບາງ: 30.000 accounts · 1 ລາຍງານ' })
    expect([...byIso.values()].filter((p) => p.fill === NO_DATA_HEX)).toHaveLength(16)
    expect(map[3]).toContain('ບໍ່ມີຂໍ້ມູນ')
    expect(map[3]).toContain('geoBoundaries')
    // The same drawing as the app's: the shapes come from the same file through the same projection.
    const shapes = provinceShapes(JSON.parse(fs.readFileSync('data/geo/provinces.geojson', 'utf8')))
    expect(res.body).toContain(`d="${shapes.shapes.find((s) => s.iso === 'LA-VT')!.d}"`)
  })

  it('draws it in English for a reader who chose English, and in Lao otherwise', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${PAGE}?period=2024`, headers: { cookie: `${viewer.cookie}; tidtam_lang=en` } })
    expect(res.statusCode).toBe(200)
    expect(res.body).toMatch(/^<!doctype html>\s*<html lang="en">/)
    expect(res.body).toContain('<h1><span lang="en">Mini test plan')
    expect(res.body).toMatch(/<tr data-code="OT01" data-status="at_risk">.*At risk.*60% of the way.*90,000<\/b> \/ 150,000/)
    expect(res.body).not.toContain('ມີຄວາມສ່ຽງ')
    const lao = await t.app.inject({ method: 'GET', url: `${PAGE}?period=2024`, headers: { cookie: `${viewer.cookie}; tidtam_lang=xx` } })
    expect(lao.body).toMatch(/<html lang="lo">/)
    expect(lao.body).toContain('ມີຄວາມສ່ຽງ')
  })

  it('sends the drawn page compressed', async () => {
    const res = await viewer.request('GET', PAGE, undefined, { headers: { 'accept-encoding': 'br, gzip' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(String(res.headers.vary)).toMatch(/cookie/i)
    expect(res.headers['cache-control']).toBe('private, no-store')
  })

  it('gives anonymous readers and readers without the right the plain page', async () => {
    const anon = await anonymous(t.app)
    for (const c of [anon, noRole]) {
      const res = await c.request('GET', PAGE)
      expect(res.statusCode).toBe(200)
      expect(res.body).toBe(INDEX)
      expect(res.headers['cache-control']).toBe('no-cache')
    }
    // A session that has ended draws nothing either.
    const gone = await signIn(t.app, 'viewer')
    await gone.request('POST', '/api/v1/auth/sign-out')
    const res = await t.app.inject({ method: 'GET', url: PAGE, headers: { cookie: gone.cookie } })
    expect(res.body).toBe(INDEX)
  })

  it('narrows the figures to a province reporter\'s scope and draws nothing for a unit outside it', async () => {
    const own = await provinceReporter.request('GET', `${PAGE}?period=2024`)
    const block = dataBlock(own.body)!
    expect(ot01(block).actual).toMatchObject({ value: 60000 })
    expect(own.body).not.toContain('90.000')
    // The map names every province (geography is public), but only the reporter's own has a value and a colour.
    expect(own.body).not.toContain('30.000')
    expect(own.body).not.toContain('Luang Prabang')
    expect(own.body).toMatch(/<path d="[^"]+" fill="#dee2e6" data-iso="LA-LP"><title>ແຂວງຫຼວງພະບາງ: ບໍ່ມີຂໍ້ມູນ<\/title>/)
    const outside = await provinceReporter.request('GET', `${PAGE}?period=2024&unit=LA-LP`)
    expect(outside.body).toBe(INDEX)
  })

  it('draws nothing for filters the API would refuse, and nothing on other pages', async () => {
    for (const url of [`${PAGE}?period=2024Q5`, `${PAGE}?period=2019`, `${PAGE}?colour=red`, `${PAGE}?unit=NOPE`, '/plans/NOPE/dashboard', `/plans/${PLAN}`, `${PAGE}/values`]) {
      const res = await viewer.request('GET', url)
      expect(res.body, url).toBe(INDEX)
    }
  })

  it('escapes text from the database, in the HTML and in the data block', async () => {
    const nasty = '<img src=x onerror="alert(1)"> & </script><!-- \'ແຜນ\''
    await t.db.updateTable('plans').set({ name_lo: nasty }).where('code', '=', PLAN).execute()
    await t.db.updateTable('targets').set({ text_lo: nasty }).where('code', '=', 'OT02').execute()
    try {
      const res = await viewer.request('GET', PAGE)
      expect(res.body).not.toContain('<img')
      expect(res.body.match(/<\/script>/g)).toHaveLength(2) // the app's own module script and the data block's end
      expect(res.body).toContain(`<h1><span lang="lo">${escapeHtml(nasty)}</span>`)
      expect(res.body).toContain(jsonForScript(nasty))
      expect(dataBlock(res.body)!.data.plan.name.lo).toBe(nasty)
    } finally {
      await t.db.updateTable('plans').set({ name_lo: 'ແຜນທົດລອງ' }).where('code', '=', PLAN).execute()
    }
  })
})

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})
