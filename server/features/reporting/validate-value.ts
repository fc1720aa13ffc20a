import type { FormElement } from './load-form-items.js'

export type ValueProblem = { code: string; message: string; message_lo: string }

const LAO_DIGITS = '໐໑໒໓໔໕໖໗໘໙'

/** A number as a person types it: Lao or Arabic digits, thousands separators (`,` or spaces), a decimal point. */
export function parseNumber(input: number | string): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null
  const s = input.replace(/[໐-໙]/g, (d) => String(LAO_DIGITS.indexOf(d))).replace(/[,\s\u00a0]/g, '').trim()
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null
  return Number(s)
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 })

/** Checks a value against its element's type and range; messages in Lao and English. */
export function validateValue(el: FormElement, raw: number | string | null): { value: number | null; problem?: ValueProblem } {
  if (raw === null || raw === '') return { value: null }
  const n = parseNumber(raw)
  if (n === null) return { value: null, problem: { code: 'not_a_number', message: `"${raw}" is not a number`, message_lo: `"${raw}" ບໍ່ແມ່ນຕົວເລກ` } }
  if (el.valueType === 'integer' && !Number.isInteger(n)) {
    return { value: null, problem: { code: 'not_an_integer', message: `${fmt(n)} must be a whole number`, message_lo: `${fmt(n)} ຕ້ອງເປັນຈຳນວນຖ້ວນ` } }
  }
  const min = el.min ?? (el.valueType === 'percent' ? 0 : null)
  const max = el.max ?? (el.valueType === 'percent' ? 100 : null)
  if (min !== null && n < min) return { value: null, problem: { code: 'below_minimum', message: `${fmt(n)} is below the minimum ${fmt(min)}`, message_lo: `${fmt(n)} ຕ່ຳກວ່າຄ່າຕ່ຳສຸດ ${fmt(min)}` } }
  if (max !== null && n > max) return { value: null, problem: { code: 'above_maximum', message: `${fmt(n)} is above the maximum ${fmt(max)}`, message_lo: `${fmt(n)} ສູງກວ່າຄ່າສູງສຸດ ${fmt(max)}` } }
  if (Math.abs(n) >= 1e15) return { value: null, problem: { code: 'too_large', message: `${fmt(n)} is too large`, message_lo: `${fmt(n)} ໃຫຍ່ເກີນໄປ` } }
  return { value: n }
}
