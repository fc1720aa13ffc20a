import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'
import { createOrgUnit } from '../orgunits/create-org-unit.js'
import { systemActor } from '../../platform/auth/request-actor.js'
import { SHEETS } from './template-layout.js'

const PLAN = 'MINI-2021-2025'
const R = `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024Q1`
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client, reporter: Client, outsider: Client

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await createOrgUnit(t.db, systemActor('test'), { code: 'LA-XA', kind: 'province', parent: 'LAO', name: { lo: 'ໄຊຍະບູລີ' } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'vt-reporter', [{ role: 'reporter', unit: 'LA-VT' }])
  await makeUser(t.db, 'xa-reporter', [{ role: 'reporter', unit: 'LA-XA' }])
  ;[planner, reporter, outsider] = await Promise.all(['planner', 'vt-reporter', 'xa-reporter'].map((u) => signIn(t.app, u)))
  const res = await planner.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT', type: 'node', plan: PLAN, code: 'P01' }, { unit: 'LA-VT', type: 'target', plan: PLAN, code: 'OT02' }] })
  expect(res.statusCode).toBe(200)
  // E-mail accounts are reported by sex, so the template has one row per option.
  await sql`update data_elements set disaggregation_id = (select id from disaggregations where code = 'SEX') where code = 'DE-IND-GOV-EMAIL'`.execute(t.db)
  const saved = await reporter.request('PUT', `${R}/entries`, { values: [{ element: 'DE-IND-GOV-EMAIL', option: 'F', value: 700, baseVersion: 0 }] })
  expect(saved.statusCode, saved.body).toBe(200)
})
afterAll(async () => t?.close())

const download = async (c: Client, url = `${R}/template.xlsx`) => {
  const res = await c.request('GET', url)
  expect(res.statusCode, res.body).toBe(200)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer)
  return { res, wb }
}
const upload = (c: Client, body: Buffer | string, type = XLSX, url = `${R}/import?name=report.xlsx`) => c.request('POST', url, body, { headers: { 'content-type': type } })
const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer())
/** The row of the values sheet holding element × option. */
const rowOf = (ws: ExcelJS.Worksheet, element: string, option = '') => {
  let found: ExcelJS.Row | undefined
  ws.eachRow((r) => { if (r.getCell(1).value === element && (r.getCell(2).value ?? '') === option) found = r })
  if (!found) throw new Error(`no row ${element} ${option}`)
  return found
}
const form = async () => (await reporter.request('GET', R)).json()
const savedValues = async (element: string) => (await form()).groups.flatMap((g: any) => g.items).find((i: any) => i.code === element).entry?.values ?? []

describe('the XLSX template', () => {
  it('is in Lao and English, with codes, validations, the Lao font and the saved values', async () => {
    const { res, wb } = await download(reporter)
    expect(res.headers['content-type']).toBe(XLSX)
    expect(res.headers['content-disposition']).toMatch(/QUARTERLY-LA-VT-2024Q1\.xlsx/)
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.values, SHEETS.milestones, SHEETS.guide, SHEETS.meta])
    const ws = wb.getWorksheet(SHEETS.values)!
    expect(ws.getRow(5).getCell(7).value).toBe('ຄ່າ')
    expect(ws.getRow(6).getCell(7).value).toBe('Value')
    expect(ws.getCell('A1').value).toMatch(/ໄຕມາດ 1\/2024/)
    const female = rowOf(ws, 'DE-IND-GOV-EMAIL', 'F')
    expect(female.getCell(7).value).toBe(700)
    expect(rowOf(ws, 'DE-IND-GOV-EMAIL', 'M').getCell(7).value).toBeNull()
    expect(female.getCell(5).value).toMatch(/ຍິງ/)
    expect(female.getCell(7).font.name).toBe('Noto Sans Lao')
    expect(female.getCell(3).font.name).toBe('Noto Sans Lao')
    expect(female.getCell(7).protection?.locked).toBe(false)
    expect(ws.getColumn(1).outlineLevel).toBe(1)
    const percent = rowOf(ws, 'DE-IND-FEMALE-INTERNET')
    expect(percent.getCell(7).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] })
    expect(wb.getWorksheet(SHEETS.milestones)!.getCell('A7').value).toBe('OT02')
    expect(wb.getWorksheet(SHEETS.meta)!.state).toBe('veryHidden')
  })

  it('round trip: download, fill in with a spreadsheet program, import → the values are saved and audited', async () => {
    const { wb } = await download(reporter)
    const ws = wb.getWorksheet(SHEETS.values)!
    rowOf(ws, 'DE-IND-GOV-EMAIL', 'F').getCell(7).value = 720
    rowOf(ws, 'DE-IND-GOV-EMAIL', 'M').getCell(7).value = 810
    rowOf(ws, 'DE-IND-FEMALE-INTERNET').getCell(7).value = '໖໑.5'
    rowOf(ws, 'DE-IND-FEMALE-INTERNET').getCell(8).value = 'ສຳຫຼວດ "2024", {ກ} \\ NULL'
    const ms = wb.getWorksheet(SHEETS.milestones)!
    ms.getCell('C7').value = 'ກຳລັງດຳເນີນຕາມແຜນ (on_track)'
    ms.getCell('D7').value = 35
    const file = await toBuffer(wb)
    const res = await upload(reporter, file)
    expect(res.statusCode, res.body).toBe(200)
    const out = res.json()
    expect(out).toMatchObject({ file: { format: 'xlsx', name: 'report.xlsx', sizeBytes: file.length }, values: { saved: 3, created: 2, updated: 1 }, milestones: { saved: 1 } })
    expect(out.rowsRead).toBeGreaterThanOrEqual(4)
    expect(out.timing).toEqual({ parseMs: expect.any(Number), validateMs: expect.any(Number), saveMs: expect.any(Number), totalMs: expect.any(Number) })
    expect((await savedValues('DE-IND-GOV-EMAIL')).map((v: any) => v.value).sort()).toEqual([720, 810])
    expect(await savedValues('DE-IND-FEMALE-INTERNET')).toEqual([expect.objectContaining({ value: 61.5, comment: 'ສຳຫຼວດ "2024", {ກ} \\ NULL' })])
    const audit = await t.db.selectFrom('audit_log').select(['action', 'after']).where('action', '=', 'report.import').execute()
    expect(audit).toHaveLength(1)
    expect((audit[0].after as any).file).toMatchObject({ name: 'report.xlsx', sizeBytes: file.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    const again = (await download(reporter)).wb.getWorksheet(SHEETS.milestones)!
    expect(again.getCell('C7').value).toBe('ກຳລັງດຳເນີນຕາມແຜນ (on_track)')
  })

  it('re-importing the downloaded template changes nothing: no new versions, nothing counted as changed', async () => {
    const versions = async () => (await t.db.selectFrom('data_values').select(['data_element_id', 'option_id', 'version']).orderBy('data_element_id').orderBy('option_id').execute()).map((r) => `${r.data_element_id}:${r.option_id}:${r.version}`)
    const before = await versions()
    expect(before.length).toBeGreaterThan(0)
    const reportVersion = (await reporter.request('GET', R)).json().report.version
    const { wb } = await download(reporter)
    // Only the values: the milestone sheet as downloaded would be saved again (progress rows are always written).
    wb.removeWorksheet(wb.getWorksheet(SHEETS.milestones)!.id)
    const res = await upload(reporter, await toBuffer(wb))
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().values).toMatchObject({ saved: 0, created: 0, updated: 0, unchanged: before.length })
    expect(await versions()).toEqual(before)
    // Nothing new: the report's version stays, so a colleague's pending submit still holds.
    expect(res.json().version).toBe(reportVersion)
    expect((await reporter.request('GET', R)).json().report.version).toBe(reportVersion)
  })

  it('the CSV template round-trips too', async () => {
    const res = await reporter.request('GET', `${R}/template.csv`)
    expect(res.statusCode).toBe(200)
    expect(res.body.charCodeAt(0)).toBe(0xfeff)
    const lines = res.body.slice(1).trim().split('\r\n')
    expect(lines[0]).toMatch(/^ລະຫັດລາຍການ \/ Element code,ລະຫັດທາງເລືອກ \/ Option code,/)
    const filled = lines.map((l) => (l.startsWith('DE-IND-GOV-EMAIL,M,') ? l.replace(/,810,/, ',815,') : l)).join('\r\n')
    const imp = await upload(reporter, filled, 'text/csv', `${R}/import?name=report.csv`)
    expect(imp.statusCode, imp.body).toBe(200)
    expect(imp.json().file.format).toBe('csv')
    expect((await savedValues('DE-IND-GOV-EMAIL')).map((v: any) => v.value).sort()).toEqual([720, 815])
  })

  it('a formula-like comment goes out inert in the CSV template and comes back unchanged', async () => {
    const header = (await reporter.request('GET', `${R}/template.csv`)).body.slice(1).split('\r\n')[0]
    expect((await upload(reporter, `${header}\nDE-IND-FEMALE-INTERNET,,,,,,61.5,=1+2,\n`, 'text/csv')).statusCode).toBe(200)
    const line = (await reporter.request('GET', `${R}/template.csv`)).body.split('\r\n').find((l) => l.startsWith('DE-IND-FEMALE-INTERNET,'))!
    expect(line).toContain(",'=1+2,")
    expect((await upload(reporter, `${header}\n${line}\n`, 'text/csv')).statusCode).toBe(200)
    expect(await savedValues('DE-IND-FEMALE-INTERNET')).toEqual([expect.objectContaining({ value: 61.5, comment: '=1+2' })])
  })
})

describe('importing a bad file saves nothing and lists every bad cell', () => {
  it('a partly bad workbook: text in a number cell, an unknown code, a value out of range, a duplicate row', async () => {
    const before = (await form()).report.version
    const { wb } = await download(reporter)
    const ws = wb.getWorksheet(SHEETS.values)!
    const email = rowOf(ws, 'DE-IND-GOV-EMAIL', 'F')
    email.getCell(7).value = 'ຫຼາຍ'
    const percent = rowOf(ws, 'DE-IND-FEMALE-INTERNET')
    percent.getCell(7).value = 140
    const unknown = rowOf(ws, 'DE-P01-T02.1')
    unknown.getCell(1).value = 'DE-NO-SUCH'
    unknown.getCell(7).value = 5
    ws.addRow(['DE-IND-GOV-EMAIL', 'M', '', '', '', '', 9])
    const duplicateRow = ws.rowCount
    const res = await upload(reporter, await toBuffer(wb))
    expect(res.statusCode, res.body).toBe(422)
    const error = res.json().error
    expect(error.code).toBe('invalid_file')
    expect(error.message_lo).toMatch(/ບໍ່ມີຫຍັງຖືກບັນທຶກ/)
    const cells = error.details.errors.map((e: any) => [e.sheet, e.cell, e.element, e.code])
    expect(cells).toEqual(expect.arrayContaining([
      [SHEETS.values, `G${email.number}`, 'DE-IND-GOV-EMAIL', 'not_a_number'],
      [SHEETS.values, `G${percent.number}`, 'DE-IND-FEMALE-INTERNET', 'above_maximum'],
      [SHEETS.values, `A${unknown.number}`, 'DE-NO-SUCH', 'not_in_form'],
      [SHEETS.values, `A${duplicateRow}`, 'DE-IND-GOV-EMAIL', 'duplicate'],
    ]))
    expect(cells).toHaveLength(4)
    for (const e of error.details.errors) expect(e.message_lo).toMatch(/[\u0E80-\u0EFF]/)
    expect((await form()).report.version).toBe(before)
    expect((await savedValues('DE-IND-GOV-EMAIL')).map((v: any) => v.value).sort()).toEqual([720, 815])
  })

  it('refuses malformed, empty, old-format and foreign files', async () => {
    const corrupt = await upload(reporter, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]))
    expect(corrupt.statusCode).toBe(422)
    expect(corrupt.json().error).toMatchObject({ code: 'corrupt_file', message_lo: expect.stringMatching(/XLSX/) })
    expect((await upload(reporter, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))).json().error.code).toBe('old_excel_format')
    expect((await upload(reporter, Buffer.from([0, 1, 2, 3, 0, 9]), 'application/octet-stream')).statusCode).toBe(415)
    expect((await upload(reporter, '', 'text/csv')).statusCode).toBe(422)
    expect((await upload(reporter, 'a,b,c\n1,2,3\n', 'text/csv')).json().error.code).toBe('not_a_template')
    const other = await download(reporter, `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024Q2/template.xlsx`)
    const wrong = await upload(reporter, await toBuffer(other.wb))
    expect(wrong.json().error).toMatchObject({ code: 'template_for_another_report', details: { madeFor: { period: '2024Q2' } } })
  })

  it('a unit outside the caller\'s subtree is refused before the file is read', async () => {
    const res = await upload(outsider, 'element_code,value\nDE-IND-GOV-EMAIL,1\n', 'text/csv')
    expect(res.statusCode).toBe(403)
    expect((await outsider.request('GET', `${R}/template.xlsx`)).statusCode).toBe(403)
  })
})

describe('a report that can no longer change', () => {
  it('refuses a file before reading its cells (409), and still gives out its template', async () => {
    const version = (await form()).report.version
    expect((await reporter.request('POST', `${R}/submit`, {}, { headers: { 'if-match': `"${version}"` } })).statusCode).toBe(200)
    const res = await upload(reporter, 'element_code,value\nDE-IND-GOV-EMAIL,ຫຼາຍ\n', 'text/csv')
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toMatchObject({ code: 'report_submitted', message_lo: expect.stringMatching(/ສົ່ງແລ້ວ/) })
    expect((await reporter.request('GET', `${R}/template.csv`)).statusCode).toBe(200)
  })
})
