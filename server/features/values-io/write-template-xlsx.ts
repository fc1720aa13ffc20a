import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { allowedText, type TemplateData, type TemplateValueRow } from './load-template-rows.js'
import { allowedDecimals } from '../../../common/numbers/check-element-number.js'
import { columnLetter, FONT, HEADER_ROWS, MILESTONE_COLUMNS, MILESTONE_STATUSES, SHEETS, statusChoice, TEMPLATE_MARK, VALUE_COLUMNS, type Column } from './template-layout.js'

// exceljs implements worksheet.dataValidations (ranges such as G7:G40) but its type declarations omit it.
type WithValidations = { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as WithValidations).dataValidations

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 10, ...extra })
const CODE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } }
const EDITABLE = new Set(['value', 'comment', 'status', 'percent_complete', 'narrative'])
const CODES = new Set(['element_code', 'option_code', 'milestone_code'])
const VALUE_COLUMN = VALUE_COLUMNS.findIndex((c) => c.key === 'value') + 1

/**
 * The report's form as a workbook a reporter fills offline: Lao first, English second, Noto Sans Lao on every cell.
 * Code columns are grey, locked and folded away (the import reads them); only the value, comment and milestone
 * columns can be edited, and Excel checks numbers and ranges as they are typed. The sheet protection has no password:
 * it prevents slips, not determined edits — the import checks everything again.
 */
export async function writeTemplateXlsx(data: TemplateData): Promise<Buffer> {
  // The streaming writer: rows go out as they are added, so a 100,000-row form never sits in memory as cell objects.
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true })
  wb.creator = 'tidtam'
  wb.title = data.report.title.en
  wb.created = new Date()

  const values = addFormSheet(wb, SHEETS.values, VALUE_COLUMNS, data)
  addValueValidations(values, data.values)
  // Values keep Excel's General format: a fixed number format would show 61.5 typed into a 0-decimal element as 62.
  for (const r of data.values) values.addRow([r.elementCode, r.optionCode ?? '', r.item, r.itemEn ?? '', r.option ?? '', r.unit ?? '', r.value, r.comment ?? '', allowedLine(r)]).commit()
  await values.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true })
  values.commit()

  const milestones = addFormSheet(wb, SHEETS.milestones, MILESTONE_COLUMNS, data)
  if (data.milestones.length) {
    const last = HEADER_ROWS.firstData + data.milestones.length - 1
    validations(milestones).add(`C${HEADER_ROWS.firstData}:C${last}`, {
      type: 'list', allowBlank: true, formulae: [`"${MILESTONE_STATUSES.map(statusChoice).join(',')}"`], showErrorMessage: true,
      errorTitle: 'ສະຖານະ / Status', error: 'ກະລຸນາເລືອກຈາກລາຍການ / Pick a status from the list',
    })
    validations(milestones).add(`D${HEADER_ROWS.firstData}:D${last}`, {
      type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], showErrorMessage: true,
      errorTitle: 'ສຳເລັດ (%) / Complete (%)', error: 'ຕົວເລກ 0 – 100 / A number from 0 to 100',
    })
  }
  for (const m of data.milestones) {
    const status = MILESTONE_STATUSES.find((s) => s.code === m.status)
    milestones.addRow([m.code, m.item, status ? statusChoice(status) : '', m.percentComplete, m.narrative ?? '']).commit()
  }
  await milestones.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true })
  milestones.commit()

  addGuideSheet(wb)
  // The report the file belongs to, so a file filled for another unit or period is refused instead of misfiled.
  const meta = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' })
  for (const row of [[TEMPLATE_MARK], ['plan', data.report.plan], ['dataSet', data.report.dataSet], ['unit', data.report.unit], ['period', data.report.period]]) meta.addRow(row).commit()
  meta.commit()
  await wb.commit()
  return Buffer.concat(chunks)
}

function addFormSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly Column[], data: TemplateData) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROWS.en, xSplit: 0 }], properties: { defaultRowHeight: 18, outlineLevelCol: 1 } })
  ws.columns = columns.map((c) => ({
    key: c.key, width: c.width, outlineLevel: CODES.has(c.key) ? 1 : 0,
    style: { font: font(CODES.has(c.key) ? { color: { argb: 'FF808080' } } : {}), ...(EDITABLE.has(c.key) ? { protection: { locked: false }, fill: INPUT_FILL } : CODES.has(c.key) ? { fill: CODE_FILL } : {}), alignment: { vertical: 'top', wrapText: c.width >= 30 } },
  }))
  const title = [data.report.title.lo, data.report.title.en, `ແຜນ / Plan: ${data.report.plan} · ຟອມ / Form: ${data.report.dataSet} · ຫົວໜ່ວຍ / Unit: ${data.report.unit} · ໄລຍະ / Period: ${data.report.period}`]
  if (data.report.isDemo) title.push('ຂໍ້ມູນສາທິດ — ບໍ່ແມ່ນຂໍ້ມູນທາງການ / DEMO DATA — not official')
  title.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1)
    cell.value = text
    cell.font = font({ bold: i === 0, size: i === 0 ? 13 : 10, color: i === 3 ? { argb: 'FFC00000' } : undefined })
    cell.protection = { locked: true }
    ws.mergeCells(i + 1, 1, i + 1, columns.length)
  })
  for (const [row, lang] of [[HEADER_ROWS.lo, 'lo'], [HEADER_ROWS.en, 'en']] as const) {
    columns.forEach((c, i) => {
      const cell = ws.getCell(row, i + 1)
      cell.value = c[lang]
      cell.font = font({ bold: true, size: lang === 'lo' ? 11 : 9, color: lang === 'en' ? { argb: 'FF595959' } : undefined })
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } }
      cell.protection = { locked: true }
    })
  }
  ws.autoFilter = { from: { row: HEADER_ROWS.en, column: 1 }, to: { row: HEADER_ROWS.en, column: columns.length } }
  return ws
}

const allowedLine = (r: TemplateValueRow) => {
  const a = allowedText(r)
  return `${a.lo} / ${a.en}`
}

type Rule = { type: 'decimal' | 'whole'; operator: ExcelJS.DataValidationOperator; formulae: number[] } | null

function ruleOf(r: TemplateValueRow): Rule {
  if (r.valueType === 'text') return null
  const min = r.min ?? (r.valueType === 'percent' ? 0 : -1e15)
  const max = r.max ?? (r.valueType === 'percent' ? 100 : 1e15)
  // Excel refuses a fraction typed into a whole-number element, as the import would.
  return { type: allowedDecimals(r) === 0 ? 'whole' : 'decimal', operator: 'between', formulae: [min, max] }
}

/** One validation per run of rows with the same rule (an element's options share one), not one per cell. */
function addValueValidations(ws: ExcelJS.Worksheet, rows: TemplateValueRow[]) {
  const col = columnLetter(VALUE_COLUMN - 1)
  let start = 0
  for (let i = 1; i <= rows.length; i++) {
    const rule = ruleOf(rows[start])
    if (i < rows.length && JSON.stringify(ruleOf(rows[i])) === JSON.stringify(rule)) continue
    if (rule) {
      const [min, max] = rule.formulae
      validations(ws).add(`${col}${HEADER_ROWS.firstData + start}:${col}${HEADER_ROWS.firstData + i - 1}`, {
        ...rule, allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'ຄ່າບໍ່ຖືກຕ້ອງ / Invalid value',
        error: `ກະລຸນາໃສ່ຕົວເລກ ${min} – ${max} / Enter a number from ${min} to ${max}`,
      })
    }
    start = i
  }
}

function addGuideSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter) {
  const ws = wb.addWorksheet(SHEETS.guide)
  ws.columns = [{ width: 110, style: { font: font(), alignment: { wrapText: true, vertical: 'top' } } }]
  const lines = [
    'ວິທີປ້ອນຂໍ້ມູນ',
    '1. ປ້ອນຄ່າໃນຖັນ "ຄ່າ" (ສີເຫຼືອງ) ຂອງແຜ່ນ "ຂໍ້ມູນ" ແລະ ສະຖານະ ຫຼື ອັດຕາສຳເລັດ ໃນແຜ່ນ "ຄາດໝາຍວຽກງານ". ຢ່າປ່ຽນລະຫັດ ຫຼື ເພີ່ມແຖວ.',
    '2. ຫ້ອງທີ່ປະວ່າງໄວ້ ຈະບໍ່ປ່ຽນຄ່າທີ່ບັນທຶກໄວ້ແລ້ວ. ຕົວເລກລາວ (໐-໙) ໃຊ້ໄດ້. ຕົວເລກທີ່ພິມເປັນຂໍ້ຄວາມ ຈະອ່ານຕາມພາສາທີ່ທ່ານໃຊ້ tidtam: ພາສາລາວ ເຄື່ອງໝາຍ "." ແບ່ງຫຼັກພັນ ແລະ "," ແມ່ນຈຸດທົດສະນິຍົມ — 1.250.000 ແລະ 61,5 (ພາສາອັງກິດ 1,250,000 ແລະ 61.5).',
    '   ຕົວເລກທີ່ອ່ານໄດ້ສອງແບບ ເຊັ່ນ 1,200 (1.200 ຫຼື 1,2) ຈະຖືກປະຕິເສດ: ໃຫ້ພິມ 1200 ຫຼື 1,2. ຈຳນວນທົດສະນິຍົມບໍ່ໃຫ້ເກີນທີ່ຖັນ "ຄ່າທີ່ອະນຸຍາດ" ບອກ.',
    '3. ນຳເຂົ້າໄຟລ໌ທັງໝົດເທື່ອດຽວ: ຖ້າມີຫ້ອງໃດບໍ່ຖືກຕ້ອງ ຈະບໍ່ມີຫຍັງຖືກບັນທຶກ ແລະ ລະບົບຈະບອກທຸກຫ້ອງທີ່ຕ້ອງແກ້ (ເຊັ່ນ G7).',
    '',
    'How to fill in',
    '1. Enter values in the yellow "Value" column of the "Values" sheet, and status or percent complete in the "Milestones" sheet. Do not change codes or add rows.',
    '2. An empty cell leaves the saved value as it is. Lao digits (໐-໙) are accepted. Numbers typed as text are read the way of the language you use tidtam in:',
    '   in English 1,250,000 and 61.5 (in Lao 1.250.000 and 61,5). Text the two ways read differently, such as 1.200 for an English reader, is refused: type 1200 or 1.2. No more decimals than "Allowed values" says.',
    '3. The file is imported all at once: if any cell is wrong, nothing is saved and every cell to fix is listed (e.g. G7).',
  ]
  lines.forEach((text, i) => {
    const row = ws.addRow([text])
    if (text === lines[0] || text === 'How to fill in') row.getCell(1).font = font({ bold: true, size: 12 })
    row.commit()
  })
}
