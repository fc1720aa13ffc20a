import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import ExcelJS from 'exceljs'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'
import { AppError } from '../../platform/http/errors.js'
import { inspectZip } from './inspect-zip.js'
import { inflateWithinLimits } from './inflate-within-limits.js'
import { buildZip, lyingZip, zipBomb } from './build-test-zip.js'

const PLAN = 'MINI-2021-2025'
const R = `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024Q1`
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const MiB = 1024 * 1024
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let reporter: Client

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await makeUser(t.db, 'vt-reporter', [{ role: 'reporter', unit: 'LA-VT' }])
  reporter = await signIn(t.app, 'vt-reporter')
})
afterAll(async () => t?.close())
afterEach(() => vi.restoreAllMocks())

/** The spreadsheet parser (exceljs's XLSX loader): a refused file must never reach it. */
const spyOnParser = () => vi.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: () => Promise<unknown> }, 'load')
const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return e as AppError
  }
  throw new Error('not refused')
}

describe('the ZIP directory check', () => {
  it('refuses a ~1 MB workbook whose sheet unpacks to 900 MB, from its directory alone', () => {
    const bomb = zipBomb(900)
    expect(bomb.length).toBeLessThan(1.2 * MiB)
    const e = refusal(() => inspectZip(bomb))
    expect(e).toBeInstanceOf(AppError)
    expect([413, 422]).toContain(e.status)
    expect(e.messageLo).toMatch(/[\u0E80-\u0EFF]/)
  })

  it('refuses entries hidden from the directory, and archives that are not ZIPs', () => {
    const hidden = buildZip([{ name: 'xl/worksheets/sheet9.xml', data: Buffer.from('<x/>'), hidden: true }, { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }])
    expect(refusal(() => inspectZip(hidden)).code).toBe('corrupt_file')
    expect(refusal(() => inspectZip(Buffer.from('PK\x03\x04 not really'))).code).toBe('corrupt_file')
    const honest = buildZip([{ name: 'a.xml', data: Buffer.from('<a/>'.repeat(1000)) }, { name: 'b.xml', data: Buffer.from('<b/>'), method: 0 }])
    expect(inspectZip(honest).map((e) => [e.name, e.unpackedSize])).toEqual([['a.xml', 4000], ['b.xml', 4]])
  })

  it('the streaming count stops an entry that unpacks to more than its header says', async () => {
    const liar = lyingZip(300, MiB)
    const entries = inspectZip(liar)
    await expect(inflateWithinLimits(liar, entries)).rejects.toMatchObject({ status: 422, code: 'corrupt_file', messageEn: expect.stringMatching(/more than it declares/) })
  })
})

describe('importing a hostile workbook', () => {
  it('a zip bomb is refused before the spreadsheet parser is called', async () => {
    const parse = spyOnParser()
    const res = await reporter.request('POST', `${R}/import`, zipBomb(900), { headers: { 'content-type': XLSX } })
    expect([413, 422]).toContain(res.statusCode)
    expect(res.json().error.code).toMatch(/file_unpacks_too_large|file_compression_suspicious/)
    expect(parse).not.toHaveBeenCalled()
  })

  it('a lying header is stopped by the count of bytes really inflated, before the parser', async () => {
    const parse = spyOnParser()
    const res = await reporter.request('POST', `${R}/import`, lyingZip(300, MiB), { headers: { 'content-type': XLSX } })
    expect(res.statusCode).toBe(422)
    expect(res.json().error).toMatchObject({ code: 'corrupt_file', message_lo: expect.stringMatching(/XLSX/) })
    expect(parse).not.toHaveBeenCalled()
  })

  it('a body over 20 MB is refused by its size', async () => {
    const res = await reporter.request('POST', `${R}/import`, Buffer.alloc(21 * MiB, 0x41), { headers: { 'content-type': 'text/csv' } })
    expect(res.statusCode).toBe(413)
    expect(res.json().error).toMatchObject({ code: 'file_too_large', message_lo: expect.stringMatching(/20 MB/) })
  })

  it('an honest template still gets through to the parser', async () => {
    const parse = spyOnParser()
    const template = await reporter.request('GET', `${R}/template.xlsx`)
    const res = await reporter.request('POST', `${R}/import`, template.rawPayload, { headers: { 'content-type': XLSX } })
    expect(res.json().error?.code).toBe('nothing_to_import')
    expect(parse).toHaveBeenCalledOnce()
  })
})
