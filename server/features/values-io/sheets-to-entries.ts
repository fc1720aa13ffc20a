import type { SaveBody } from '../reporting/reporting.schemas.js'
import type { Cell, Sheet, SheetRow } from './read-sheets.js'
import { parseNumberText, type NumberStyle } from '../../../common/numbers/parse-number-text.js'
import { columnLetter, columnOfHeader, MILESTONE_COLUMNS, parseStatus, TEMPLATE_MARK, VALUE_COLUMNS, type Column } from './template-layout.js'

export type CellProblem = { sheet: string; cell: string; row: number; element: string | null; option?: string | null; code: string; message: string; message_lo: string }
type Ref = { sheet: string; row: number; element: string; option: string; value: string }
export type ParsedFile = {
  body: SaveBody
  /** Where each of `body.values` / `body.milestones` came from, by index. */
  valueRefs: Ref[]
  milestoneRefs: Ref[]
  problems: CellProblem[]
  rowsRead: number
  blankValues: number
  /** Whether any sheet had the template's header. */
  headerFound: boolean
  /** The report a tidtam template was made for, when the file is one. */
  madeFor: Record<string, string> | null
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).normalize('NFC').trim())
const problem = (sheet: string, cell: string, row: number, element: string | null, code: string, en: string, lo: string): CellProblem => ({ sheet, cell, row, element, code, message: en, message_lo: lo })

/** Finds the header row(s) of a sheet: the first row naming `keyColumn`, and the rows right after it that do too. */
function findHeader(rows: SheetRow[], columns: readonly Column[], keyColumn: string) {
  const at = rows.findIndex((r, i) => i < 50 && r.cells.some((c) => typeof c === 'string' && columnOfHeader(c, columns) === keyColumn))
  if (at < 0) return null
  const index = new Map<string, number>()
  let last = at
  for (let i = at; i < rows.length && rows[i].cells.some((c) => typeof c === 'string' && columnOfHeader(c, columns) === keyColumn); i++) {
    rows[i].cells.forEach((c, col) => {
      const key = typeof c === 'string' ? columnOfHeader(c, columns) : null
      if (key && !index.has(key)) index.set(key, col)
    })
    last = i
  }
  return { index, dataFrom: last + 1 }
}

/**
 * Turns the sheets of an uploaded file into a save request, remembering the cell each entry came from. Problems a
 * cell shows on its own (a missing code, a status that is not one) are listed here; the form's own checks run later.
 * An empty value cell leaves the saved value as it is.
 */
export function sheetsToEntries(sheets: Sheet[], numbers: NumberStyle = 'lo'): ParsedFile {
  const out: ParsedFile = { body: { values: [], milestones: [], projects: [] }, valueRefs: [], milestoneRefs: [], problems: [], rowsRead: 0, blankValues: 0, headerFound: false, madeFor: null }
  for (const sheet of sheets) {
    if (text(sheet.rows[0]?.cells[0]) === TEMPLATE_MARK) {
      out.madeFor = Object.fromEntries(sheet.rows.slice(1).map((r) => [text(r.cells[0]), text(r.cells[1])]))
      continue
    }
    if (sheet.hidden) continue
    const values = findHeader(sheet.rows, VALUE_COLUMNS, 'element_code')
    if (values?.index.has('value')) readValues(sheet, values.index, values.dataFrom, out)
    const milestones = values ? null : findHeader(sheet.rows, MILESTONE_COLUMNS, 'milestone_code')
    if (milestones) readMilestones(sheet, milestones.index, milestones.dataFrom, out, numbers)
    out.headerFound ||= !!(values?.index.has('value') || milestones)
  }
  return out
}

function readValues(sheet: Sheet, col: Map<string, number>, from: number, out: ParsedFile) {
  const [ce, co, cv, cc] = ['element_code', 'option_code', 'value', 'comment'].map((k) => col.get(k) ?? -1)
  const addr = (c: number, row: number) => `${columnLetter(c)}${row}`
  for (const r of sheet.rows.slice(from)) {
    if (r.cells.every((c) => text(c) === '')) continue
    out.rowsRead++
    const element = text(r.cells[ce])
    const raw = r.cells[cv]
    const value = typeof raw === 'number' ? raw : text(raw)
    if (value === '') {
      out.blankValues++
      continue
    }
    if (!element) {
      out.problems.push(problem(sheet.name, addr(ce, r.number), r.number, null, 'missing_code', `Row ${r.number} has a value but no element code`, `ແຖວທີ ${r.number} ມີຄ່າ ແຕ່ບໍ່ມີລະຫັດລາຍການ`))
      continue
    }
    if (typeof value === 'string' && value.startsWith('=')) {
      out.problems.push(problem(sheet.name, addr(cv, r.number), r.number, element, 'formula_without_value', `${element}: the formula has no saved result; open the file in Excel and save it again`, `${element}: ສູດຄຳນວນບໍ່ມີຜົນທີ່ບັນທຶກໄວ້; ກະລຸນາເປີດໄຟລ໌ໃນ Excel ແລ້ວບັນທຶກໃໝ່`))
      continue
    }
    const option = co >= 0 ? text(r.cells[co]) : ''
    // The CSV template writes formula-like comments with a leading apostrophe (write-template-csv); it is not part of them.
    const comment = (cc >= 0 ? text(r.cells[cc]) : '').replace(/^'(?=[=+@\-])/, '')
    if (comment.length > 2000) out.problems.push(problem(sheet.name, addr(cc, r.number), r.number, element, 'comment_too_long', `${element}: the comment is longer than 2,000 characters`, `${element}: ໝາຍເຫດຍາວເກີນ 2,000 ຕົວອັກສອນ`))
    out.body.values.push({ element, option: option || null, value, text: String(value).slice(0, 4000), comment: comment || null, baseVersion: 0 })
    out.valueRefs.push({ sheet: sheet.name, row: r.number, element: addr(ce, r.number), option: addr(co >= 0 ? co : ce, r.number), value: addr(cv, r.number) })
  }
}

function readMilestones(sheet: Sheet, col: Map<string, number>, from: number, out: ParsedFile, numbers: NumberStyle) {
  const [cm, cs, cp, cn] = ['milestone_code', 'status', 'percent_complete', 'narrative'].map((k) => col.get(k) ?? -1)
  const addr = (c: number, row: number) => `${columnLetter(c)}${row}`
  for (const r of sheet.rows.slice(from)) {
    const code = text(r.cells[cm])
    const [status, percent, narrative] = [cs, cp, cn].map((c) => (c >= 0 ? r.cells[c] : null))
    if (!code || [status, percent, narrative].every((c) => text(c) === '')) continue
    out.rowsRead++
    const entry: SaveBody['milestones'][number] = { target: code, baseVersion: 0 }
    if (text(status)) {
      const parsed = parseStatus(text(status))
      if (!parsed) out.problems.push(problem(sheet.name, addr(cs, r.number), r.number, code, 'invalid_status', `${code}: "${text(status)}" is not a status; pick one from the list`, `${code}: "${text(status)}" ບໍ່ແມ່ນສະຖານະ; ກະລຸນາເລືອກຈາກລາຍການ`))
      else entry.status = parsed
    }
    if (text(percent)) {
      const read = typeof percent === 'number' ? null : parseNumberText(text(percent).replace(/\s*%$/, ''), numbers, 2)
      const n = typeof percent === 'number' ? percent : read?.ok ? read.value : NaN
      if (!Number.isFinite(n) || n < 0 || n > 100) out.problems.push(problem(sheet.name, addr(cp, r.number), r.number, code, 'invalid_percent', `${code}: percent complete must be a number from 0 to 100`, `${code}: ອັດຕາສຳເລັດຕ້ອງເປັນຕົວເລກ 0 ຫາ 100`))
      else entry.percentComplete = n
    }
    if (text(narrative)) entry.narrative = text(narrative).slice(0, 8000)
    out.body.milestones.push(entry)
    out.milestoneRefs.push({ sheet: sheet.name, row: r.number, element: addr(cm, r.number), option: addr(cm, r.number), value: addr(cm, r.number) })
  }
}
