import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'
import { checkValue } from '../../../web/features/reporting/draft/check-value'
import { SHEETS } from './template-layout.js'

// How an import reads numbers: as the web form reads them in the importing reader's language.
const PLAN = 'MINI-2021-2025'
const R = `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024Q1`
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client, reporter: Client
let header: string

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'vt-reporter', [{ role: 'reporter', unit: 'LA-VT' }])
  ;[planner, reporter] = await Promise.all(['planner', 'vt-reporter'].map((u) => signIn(t.app, u)))
  const res = await planner.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT', type: 'node', plan: PLAN, code: 'P01' }] })
  expect(res.statusCode).toBe(200)
  await sql`update data_elements set disaggregation_id = (select id from disaggregations where code = 'SEX') where code = 'DE-IND-GOV-EMAIL'`.execute(t.db)
  const csv = await reporter.request('GET', `${R}/template.csv`)
  header = csv.body.replace(/^\ufeff/, '').split('\r\n')[0]
})
afterAll(async () => t?.close())

/** An upload as the web app sends it: the session cookie plus the reader's language cookie. */
const upload = (body: Buffer | string, opts: { type?: string; lang?: 'lo' | 'en'; query?: string } = {}) => t.app.inject({
  method: 'POST', url: `${R}/import?name=values${opts.query ?? ''}`, payload: body,
  headers: { 'content-type': opts.type ?? 'text/csv', 'x-csrf-token': reporter.csrf, cookie: `${reporter.cookie}${opts.lang ? `; tidtam_lang=${opts.lang}` : ''}` },
})
const csv = (rows: string[]) => [header, ...rows].join('\r\n')
const saved = async () => {
  const items = (await reporter.request('GET', R)).json().groups.flatMap((g: any) => g.items)
  const values = (code: string) => items.find((i: any) => i.code === code).entry?.values ?? []
  return { email: values('DE-IND-GOV-EMAIL').map((v: any) => v.value).sort((a: number, b: number) => a - b), internet: values('DE-IND-FEMALE-INTERNET').map((v: any) => v.value) }
}
const problems = (res: { json(): any }) => res.json().error.details.errors.map((e: any) => [e.cell, e.element, e.code])
const elements = async () => new Map((await reporter.request('GET', R)).json().groups.flatMap((g: any) => g.items).filter((i: any) => i.kind === 'element').map((i: any) => [i.code, i]))

describe('numbers typed as text in an imported file', () => {
  it('a Lao reader\'s 1.200, 1.250.000 and 61,5 are saved as the form reads them', async () => {
    const res = await upload(csv(['DE-IND-GOV-EMAIL,F,,,,,1.200,,', 'DE-IND-GOV-EMAIL,M,,,,,1.250.000,,', 'DE-IND-FEMALE-INTERNET,,,,,,"61,5",,']))
    expect(res.statusCode, res.body).toBe(200)
    const form = await elements()
    const formReads = (code: string, text: string) => checkValue(form.get(code) as any, text, 'lo').value
    expect(await saved()).toEqual({
      email: [formReads('DE-IND-GOV-EMAIL', '1.200'), formReads('DE-IND-GOV-EMAIL', '1.250.000')],
      internet: [formReads('DE-IND-FEMALE-INTERNET', '61,5')],
    })
    expect(await saved()).toEqual({ email: [1200, 1250000], internet: [61.5] })
  })

  it('an English reader\'s file is read the English way, by cookie or by ?lang=en', async () => {
    const rows = ['DE-IND-GOV-EMAIL,F,,,,,"1,300",,', 'DE-IND-FEMALE-INTERNET,,,,,,62.5,,']
    expect((await upload(csv(rows), { lang: 'en' })).statusCode).toBe(200)
    expect(await saved()).toEqual({ email: [1300, 1250000], internet: [62.5] })
    expect((await upload(csv(['DE-IND-GOV-EMAIL,F,,,,,"1,400",,']), { lang: 'lo', query: '&lang=en' })).statusCode).toBe(200)
    expect((await saved()).email).toEqual([1400, 1250000])
  })

  it('text two conventions read as different numbers is refused with both readings, nothing saved', async () => {
    const lao = await upload(csv(['DE-IND-GOV-EMAIL,F,,,,,"1,500",,', 'DE-IND-FEMALE-INTERNET,,,,,,63.5,,']))
    expect(lao.statusCode).toBe(422)
    expect(problems(lao)).toEqual([['G2', 'DE-IND-GOV-EMAIL', 'ambiguous_number']])
    expect(lao.json().error.details.errors[0]).toMatchObject({ message: expect.stringContaining('1,500 or as 1.5'), message_lo: expect.stringContaining('1.500 ແລະ 1,5') })
    const english = await upload(csv(['DE-IND-GOV-EMAIL,F,,,,,1.500,,']), { lang: 'en' })
    expect(problems(english)).toEqual([['G2', 'DE-IND-GOV-EMAIL', 'ambiguous_number']])
    expect(await saved()).toEqual({ email: [1400, 1250000], internet: [62.5] })
  })

  it('more decimals than the element keeps are refused, typed or as numeric XLSX cells', async () => {
    const res = await upload(csv(['DE-IND-GOV-EMAIL,F,,,,,"2,5",,', 'DE-IND-GOV-EMAIL,M,,,,,2.5,,', 'DE-IND-FEMALE-INTERNET,,,,,,"61,25",,']))
    expect(problems(res)).toEqual([['G2', 'DE-IND-GOV-EMAIL', 'too_many_decimals'], ['G3', 'DE-IND-GOV-EMAIL', 'too_many_decimals'], ['G4', 'DE-IND-FEMALE-INTERNET', 'too_many_decimals']])
    expect(res.json().error.details.errors[2]).toMatchObject({ message: expect.stringMatching(/allows 1$/), message_lo: expect.stringMatching(/^61,25 .*1 ຕຳແໜ່ງ$/) })
  })
})

describe('XLSX cells', () => {
  const workbook = async (fill: (ws: ExcelJS.Worksheet, row: (code: string, option?: string) => ExcelJS.Row) => void) => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await reporter.request('GET', `${R}/template.xlsx`)).rawPayload as unknown as ExcelJS.Buffer)
    const ws = wb.getWorksheet(SHEETS.values)!
    const row = (code: string, option = '') => {
      let found: ExcelJS.Row | undefined
      ws.eachRow((r) => { if (r.getCell(1).value === code && (r.getCell(2).value ?? '') === option) found = r })
      return found!
    }
    fill(ws, row)
    return { file: Buffer.from(await wb.xlsx.writeBuffer()), row }
  }

  it('a text cell is read in the reader\'s convention; a numeric cell is a number in any language', async () => {
    const { file, row } = await workbook((_, row) => {
      row('DE-IND-GOV-EMAIL', 'F').getCell(7).value = '1.300'
      row('DE-IND-FEMALE-INTERNET').getCell(7).value = 64.5
    })
    const english = await upload(file, { type: XLSX, lang: 'en' })
    expect(problems(english)).toEqual([[`G${row('DE-IND-GOV-EMAIL', 'F').number}`, 'DE-IND-GOV-EMAIL', 'ambiguous_number']])
    const lao = await upload(file, { type: XLSX })
    expect(lao.statusCode, lao.body).toBe(200)
    expect(await saved()).toEqual({ email: [1300, 1250000], internet: [64.5] })
  })
})

describe('the CSV template and a byte-order mark', () => {
  it('starts with the UTF-8 byte-order mark, so Excel shows the Lao headers', async () => {
    const res = await reporter.request('GET', `${R}/template.csv`)
    expect([...res.rawPayload.subarray(0, 6)]).toEqual([0xef, 0xbb, 0xbf, 0xe0, 0xba, 0xa5])
  })

  it('imports a CSV with or without the mark', async () => {
    const body = csv(['DE-IND-GOV-EMAIL,F,,,,,1.600,,'])
    const withMark = await upload(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]))
    expect(withMark.statusCode, withMark.body).toBe(200)
    expect((await saved()).email).toEqual([1600, 1250000])
    expect((await upload(Buffer.from(body.replace('1.600', '1.700')))).statusCode).toBe(200)
    expect((await saved()).email).toEqual([1700, 1250000])
  })
})
