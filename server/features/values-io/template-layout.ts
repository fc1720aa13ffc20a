/**
 * The columns of the import template, shared by the writers and the reader. A header cell names its column in Lao
 * and English (or by key); the reader finds columns by those names, so reordered columns still import.
 */
export type Column = { key: string; lo: string; en: string; width: number }

export const VALUE_COLUMNS = [
  { key: 'element_code', lo: 'ລະຫັດລາຍການ', en: 'Element code', width: 16 },
  { key: 'option_code', lo: 'ລະຫັດທາງເລືອກ', en: 'Option code', width: 10 },
  { key: 'item', lo: 'ລາຍການ', en: 'Item', width: 48 },
  { key: 'item_en', lo: 'ລາຍການ (ອັງກິດ)', en: 'Item (English)', width: 36 },
  { key: 'option', lo: 'ທາງເລືອກ', en: 'Option', width: 18 },
  { key: 'unit', lo: 'ຫົວໜ່ວຍວັດແທກ', en: 'Unit of measure', width: 14 },
  { key: 'value', lo: 'ຄ່າ', en: 'Value', width: 14 },
  { key: 'comment', lo: 'ໝາຍເຫດ', en: 'Comment', width: 30 },
  { key: 'allowed', lo: 'ຄ່າທີ່ອະນຸຍາດ', en: 'Allowed values', width: 22 },
] as const satisfies readonly Column[]

export const MILESTONE_COLUMNS = [
  { key: 'milestone_code', lo: 'ລະຫັດຄາດໝາຍ', en: 'Milestone code', width: 16 },
  { key: 'item', lo: 'ຄາດໝາຍວຽກງານ', en: 'Milestone', width: 60 },
  { key: 'status', lo: 'ສະຖານະ', en: 'Status', width: 30 },
  { key: 'percent_complete', lo: 'ສຳເລັດ (%)', en: 'Complete (%)', width: 12 },
  { key: 'narrative', lo: 'ຄຳອະທິບາຍ', en: 'Narrative', width: 60 },
] as const satisfies readonly Column[]

export const SHEETS = { values: 'ຂໍ້ມູນ Values', milestones: 'ຄາດໝາຍວຽກງານ Milestones', guide: 'ຄຳແນະນຳ Guide', meta: 'tidtam' } as const
/** The rows above the data: title lines, then the Lao and the English header. */
export const HEADER_ROWS = { lo: 5, en: 6, firstData: 7 } as const
export const TEMPLATE_MARK = 'tidtam-template-v1'
export const FONT = 'Noto Sans Lao'

export const MILESTONE_STATUSES = [
  { code: 'not_started', lo: 'ຍັງບໍ່ເລີ່ມ', en: 'Not started' },
  { code: 'on_track', lo: 'ກຳລັງດຳເນີນຕາມແຜນ', en: 'On track' },
  { code: 'delayed', lo: 'ຊັກຊ້າ', en: 'Delayed' },
  { code: 'completed', lo: 'ສຳເລັດແລ້ວ', en: 'Completed' },
  { code: 'cancelled', lo: 'ຍົກເລີກ', en: 'Cancelled' },
] as const
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number]['code']

/** What the status drop-down shows: "ກຳລັງດຳເນີນຕາມແຜນ (on_track)". */
export const statusChoice = (s: (typeof MILESTONE_STATUSES)[number]) => `${s.lo} (${s.code})`

/** A status as typed or picked: the code, the Lao or English label, or the drop-down text. */
export function parseStatus(text: string): MilestoneStatus | null {
  const t = text.normalize('NFC').trim().toLowerCase()
  const inParens = /\(([a-z_]+)\)\s*$/.exec(t)?.[1]
  const found = MILESTONE_STATUSES.find((s) => s.code === t || s.code === inParens || s.lo === t || s.en.toLowerCase() === t)
  return found?.code ?? null
}

const norm = (s: string) => s.normalize('NFC').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()

/** Which column a header cell names ("ຄ່າ / Value", "Value", "value" …), or null. */
export function columnOfHeader(text: string, columns: readonly Column[]): string | null {
  const candidates = [text, ...text.split('/')].map(norm)
  const col = columns.find((c) => candidates.some((t) => t === norm(c.key) || t === norm(c.en) || t === norm(c.lo)))
  return col?.key ?? null
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}
