import ExcelJS from 'exceljs'
import { parseCsv, CsvSyntaxError } from '../../platform/csv/parse-csv.js'
import { AppError } from '../../platform/http/errors.js'
import { formatNumberText } from '../../../common/numbers/format-number-text.js'
import { corruptZip } from './inspect-zip.js'

export type Cell = string | number | null
/** `cells[0]` is column A; `number` is the row (XLSX) or line (CSV) as the person sees it. */
export type SheetRow = { number: number; cells: Cell[] }
export type Sheet = { name: string; hidden: boolean; rows: SheetRow[] }

export const tooManyRows = (limit: number) =>
  new AppError(413, 'too_many_rows', `The file has more than ${formatNumberText(limit, 'en')} rows; split it into smaller files`, `ໄຟລ໌ມີຫຼາຍກວ່າ ${formatNumberText(limit, 'lo')} ແຖວ; ກະລຸນາແບ່ງເປັນຫຼາຍໄຟລ໌ນ້ອຍ`)

/**
 * Reads every sheet of a workbook that `inspectZip` and `inflateWithinLimits` have already passed. exceljs loads it
 * through the ZIP central directory (the same entries the checks saw). Its streaming reader would be about three times
 * faster, but under load it intermittently loses rows or fails on good files (exceljs issue #3064), so it is not used.
 */
export async function readXlsxSheets(buf: Buffer, maxRows: number): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer)
  } catch {
    throw corruptZip('the spreadsheet XML cannot be read')
  }
  const sheets: Sheet[] = []
  let total = 0
  for (const ws of wb.worksheets) {
    const sheet: Sheet = { name: ws.name, hidden: ws.state === 'veryHidden' || ws.state === 'hidden', rows: [] }
    sheets.push(sheet)
    ws.eachRow((row) => {
      if (++total > maxRows) throw tooManyRows(maxRows)
      const values = row.values as unknown[]
      sheet.rows.push({ number: row.number, cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellValue(values[i + 1])) })
    })
  }
  return sheets
}

/** A CSV file as one sheet; the name is the file's. */
export function readCsvSheet(buf: Buffer, name: string, maxRows: number): Sheet {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf)
  try {
    const records = parseCsv(text)
    if (records.length > maxRows) throw tooManyRows(maxRows)
    return { name, hidden: false, rows: records.map((r) => ({ number: r.line, cells: r.fields.map((f) => (f === '' ? null : f)) })) }
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new AppError(422, 'csv_syntax', `CSV line ${e.line}: a quoted field is not closed`, `CSV ແຖວທີ ${e.line}: ມີເຄື່ອງໝາຍວົງຢືມທີ່ບໍ່ໄດ້ປິດ`, { line: e.line })
    throw e
  }
}

function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null
  if (typeof v === 'number' || typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  if (v instanceof Date) return v.toISOString()
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; formula?: string; sharedFormula?: string; error?: string; text?: string }
    if (o.richText) return o.richText.map((t) => t.text).join('')
    if ('formula' in o || 'sharedFormula' in o) return o.result === undefined ? `=${o.formula ?? o.sharedFormula}` : cellValue(o.result)
    if (o.error) return o.error
    if (typeof o.text === 'string') return o.text
  }
  return String(v)
}
