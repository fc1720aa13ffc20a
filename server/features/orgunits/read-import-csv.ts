import { parseCsv, CsvSyntaxError } from '../../platform/csv/parse-csv.js'
import { createOrgUnitBody, ORG_UNIT_KINDS } from './orgunits.schemas.js'

export const IMPORT_COLUMNS = ['code', 'kind', 'parent', 'name_lo', 'name_en', 'abbr_lo', 'abbr_en', 'iso'] as const
type Column = (typeof IMPORT_COLUMNS)[number]
const REQUIRED: Column[] = ['code', 'kind', 'name_lo']

export type ImportIssue = { row: number; column: string | null; code: string; message: string; message_lo: string }
/** A row as the file states it; a column missing from the header is `undefined` (leave as is), an empty cell null. */
export type ImportRow = { line: number; code: string; kind: (typeof ORG_UNIT_KINDS)[number]; parent?: string | null; name_lo: string; name_en?: string | null; abbr_lo?: string | null; abbr_en?: string | null; iso?: string | null }

const FIELD_MESSAGES: Record<string, [string, string]> = {
  code: ['Code: ASCII letters (starting upper-case), digits, ".", "_" or "-", at most 40', 'ລະຫັດ: ຕົວອັກສອນ ASCII (ເລີ່ມດ້ວຍຕົວພິມໃຫຍ່), ຕົວເລກ, ".", "_" ຫຼື "-", ບໍ່ເກີນ 40'],
  kind: [`Kind must be one of: ${ORG_UNIT_KINDS.join(', ')}`, `ປະເພດຕ້ອງແມ່ນໜຶ່ງໃນ: ${ORG_UNIT_KINDS.join(', ')}`],
  parent: ['Parent: an org-unit code, or empty for a root', 'ຫົວໜ່ວຍແມ່: ລະຫັດຫົວໜ່ວຍ, ຫຼື ວ່າງ ສຳລັບຫົວໜ່ວຍຮາກ'],
  name_lo: ['The Lao name is required (at most 300 characters)', 'ຕ້ອງມີຊື່ພາສາລາວ (ບໍ່ເກີນ 300 ຕົວອັກສອນ)'],
}
const fieldIssue = (row: number, column: string): ImportIssue => {
  const [en, lo] = FIELD_MESSAGES[column] ?? ['The value is not valid', 'ຄ່ານີ້ບໍ່ຖືກຕ້ອງ']
  return { row, column, code: 'invalid_value', message: en, message_lo: lo }
}

function separatorIssue(row: number, separator: string): ImportIssue {
  const [en, lo] = separator === ';' ? ['semicolons (;)', 'ເຄື່ອງໝາຍ ";"'] : ['tabs', 'ແທັບ (tab)']
  return {
    row, column: null, code: 'wrong_separator',
    message: `The columns are separated by ${en}, but they must be separated by commas (,). Save the file as "CSV (comma delimited)".`,
    message_lo: `ຖັນຖືກແຍກດ້ວຍ${lo} ແຕ່ຕ້ອງແຍກດ້ວຍເຄື່ອງໝາຍ "," (comma). ກະລຸນາບັນທຶກໄຟລ໌ເປັນ "CSV (comma delimited)".`,
  }
}

/** Reads and checks the file's shape and every cell, naming line and column of each problem. */
export function readImportCsv(csv: string): { rows: ImportRow[]; issues: ImportIssue[] } {
  let records
  try {
    records = parseCsv(csv)
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { rows: [], issues: [{ row: err.line, column: null, code: 'csv_syntax', message: 'A quoted field is not closed', message_lo: 'ມີຊ່ອງຂໍ້ມູນທີ່ເປີດເຄື່ອງໝາຍ " ແລ້ວບໍ່ປິດ' }] }
    throw err
  }
  const issues: ImportIssue[] = []
  if (!records.length) return { rows: [], issues: [{ row: 1, column: null, code: 'empty', message: 'The file is empty', message_lo: 'ໄຟລ໌ວ່າງເປົ່າ' }] }
  const [head, ...body] = records
  const header = head.fields.map((h) => h.trim().toLowerCase())
  // A spreadsheet saved with another list separator: one header cell holding every column name.
  const separator = header.length === 1 ? [';', '\t'].find((sep) => header[0].includes(sep)) : undefined
  if (separator) return { rows: [], issues: [separatorIssue(head.line, separator)] }
  header.forEach((h) => {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(h)) issues.push({ row: head.line, column: h, code: 'unknown_column', message: `Unknown column "${h}" (expected: ${IMPORT_COLUMNS.join(', ')})`, message_lo: `ບໍ່ຮູ້ຈັກຖັນ "${h}" (ຕ້ອງແມ່ນ: ${IMPORT_COLUMNS.join(', ')})` })
  })
  for (const c of REQUIRED) if (!header.includes(c)) issues.push({ row: head.line, column: c, code: 'missing_column', message: `The column "${c}" is required`, message_lo: `ຕ້ອງມີຖັນ "${c}"` })
  if (new Set(header).size !== header.length) issues.push({ row: head.line, column: null, code: 'duplicate_column', message: 'A column appears twice', message_lo: 'ມີຖັນຊ້ຳກັນ' })
  if (issues.length) return { rows: [], issues }
  if (!body.length) return { rows: [], issues: [{ row: head.line, column: null, code: 'no_rows', message: 'The file has a header but no rows of units', message_lo: 'ໄຟລ໌ມີແຕ່ຫົວຖັນ, ບໍ່ມີແຖວຂໍ້ມູນຫົວໜ່ວຍ' }] }

  const rows: ImportRow[] = []
  const seen = new Map<string, number>()
  for (const rec of body) {
    if (rec.fields.length !== header.length) {
      issues.push({ row: rec.line, column: null, code: 'field_count', message: `Expected ${header.length} fields, found ${rec.fields.length}`, message_lo: `ຕ້ອງມີ ${header.length} ຊ່ອງ, ພົບ ${rec.fields.length}` })
      continue
    }
    const cell = (c: Column) => {
      const i = header.indexOf(c)
      if (i < 0) return undefined
      const v = rec.fields[i].trim().normalize('NFC')
      return v === '' ? null : v
    }
    const candidate = {
      code: cell('code') ?? '', kind: cell('kind') ?? '', parent: cell('parent') ?? null,
      name: { lo: cell('name_lo') ?? '', en: cell('name_en') ?? null }, abbr: { lo: cell('abbr_lo') ?? null, en: cell('abbr_en') ?? null }, iso: cell('iso') ?? null,
    }
    const parsed = createOrgUnitBody.safeParse(candidate)
    if (!parsed.success) {
      const cols = new Set(parsed.error.issues.map((i) => (i.path[0] === 'name' ? 'name_lo' : i.path[0] === 'abbr' ? `abbr_${String(i.path[1])}` : String(i.path[0]))))
      for (const c of cols) issues.push(fieldIssue(rec.line, c))
      continue
    }
    const code = parsed.data.code
    if (seen.has(code)) {
      issues.push({ row: rec.line, column: 'code', code: 'duplicate_code', message: `The code "${code}" already appears on line ${seen.get(code)}`, message_lo: `ລະຫັດ "${code}" ມີຢູ່ແລ້ວໃນແຖວ ${seen.get(code)}` })
      continue
    }
    seen.set(code, rec.line)
    rows.push({
      line: rec.line, code, kind: parsed.data.kind, parent: cell('parent'), name_lo: parsed.data.name.lo, name_en: cell('name_en'),
      abbr_lo: cell('abbr_lo'), abbr_en: cell('abbr_en'), iso: cell('iso'),
    })
  }
  return { rows, issues }
}
