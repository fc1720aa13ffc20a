import { allowedText, type TemplateData } from './load-template-rows.js'
import { VALUE_COLUMNS } from './template-layout.js'
import { plainNumberText } from '../../../common/numbers/format-number-text.js'

export const csvField = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return ''
  const s = String(v)
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Text a spreadsheet program would run as a formula (=, +, @, or - before a non-digit) gets a leading apostrophe. */
export const inertText = (v: string | null | undefined) => (v && /^([=+@\t\r]|-[^\d.])/.test(v) ? `'${v}` : v)

/** Excel on Windows reads a CSV without it in the local code page, garbling the Lao headers and names. */
export const UTF8_BOM = '\ufeff'

/**
 * The values part of the form as CSV (UTF-8 with a byte-order mark, so Excel shows Lao text): one header line naming
 * each column in Lao and English, then one line per element × option. Milestones are in the XLSX template only.
 * Saved numbers are written so that both a Lao and an English reader's import reads them back unchanged.
 */
export function writeTemplateCsv(data: TemplateData): string {
  const header = VALUE_COLUMNS.map((c) => csvField(`${c.lo} / ${c.en}`)).join(',')
  const lines = data.values.map((r) => {
    const allowed = allowedText(r)
    return [r.elementCode, r.optionCode, inertText(r.item), inertText(r.itemEn), inertText(r.option), inertText(r.unit), typeof r.value === 'number' ? plainNumberText(r.value) : r.value, inertText(r.comment), `${allowed.lo} / ${allowed.en}`].map(csvField).join(',')
  })
  const demo = data.report.isDemo ? ['# ຂໍ້ມູນສາທິດ — ບໍ່ແມ່ນຂໍ້ມູນທາງການ / DEMO DATA — not official'] : []
  return `${UTF8_BOM}${[...demo.map(csvField), header, ...lines].join('\r\n')}\r\n`
}
