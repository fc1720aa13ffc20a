import { parseNumberText, type NumberReading } from './parse-number-text.js'

/**
 * What a data element asks of a value — the one rule the web form (as the person types) and the server (saves,
 * file imports, DHIS2) both apply, so a value the form accepts is never refused on save and the reverse.
 */
export type NumberRule = { valueType: string; min: number | null; max: number | null; decimals: number }

export type NumberProblem =
  | { code: 'not_a_number'; text: string }
  | { code: 'ambiguous_number'; text: string; grouped: number; decimal: number }
  | { code: 'not_an_integer'; value: number }
  | { code: 'too_many_decimals'; value: number; decimals: number }
  | { code: 'below_minimum'; value: number; min: number }
  | { code: 'above_maximum'; value: number; max: number }
  | { code: 'too_large'; value: number }

export type CheckedNumber = { value: number; problem?: undefined } | { value: null; problem: NumberProblem }

export const TOO_LARGE = 1e15

/** Decimals a value may have: none for whole-number elements, else the element's (0–6). */
export const allowedDecimals = (rule: Pick<NumberRule, 'valueType' | 'decimals'>) =>
  rule.valueType === 'integer' ? 0 : Math.min(Math.max(Math.trunc(rule.decimals) || 0, 0), 6)

/**
 * `value` rounded to `decimals` when it has no more than that — allowing for binary noise in numbers that come from
 * spreadsheet cells (0.1 + 0.2 = 0.30000000000000004) — else null.
 */
export function withinDecimals(value: number, decimals: number): number | null {
  const rounded = Number(value.toFixed(decimals))
  return Math.abs(value - rounded) <= 8 * Number.EPSILON * Math.abs(value) ? rounded : null
}

/** Reads (text, in the reader's convention) and checks a value. Empty input is the caller's business. */
export function checkElementNumber(rule: NumberRule, raw: number | string, reading: NumberReading): CheckedNumber {
  const decimals = allowedDecimals(rule)
  let n: number
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { value: null, problem: { code: 'not_a_number', text: String(raw) } }
    n = raw
  } else {
    const parsed = parseNumberText(raw, reading, decimals)
    if (!parsed.ok) {
      const text = raw.trim()
      return parsed.problem === 'ambiguous'
        ? { value: null, problem: { code: 'ambiguous_number', text, grouped: parsed.grouped, decimal: parsed.decimal } }
        : { value: null, problem: { code: 'not_a_number', text } }
    }
    n = parsed.value
  }
  const kept = Math.abs(n) < TOO_LARGE ? withinDecimals(n, decimals) : n
  if (kept === null) {
    return { value: null, problem: rule.valueType === 'integer' ? { code: 'not_an_integer', value: n } : { code: 'too_many_decimals', value: n, decimals } }
  }
  const min = rule.min ?? (rule.valueType === 'percent' ? 0 : null)
  const max = rule.max ?? (rule.valueType === 'percent' ? 100 : null)
  if (min !== null && kept < min) return { value: null, problem: { code: 'below_minimum', value: kept, min } }
  if (max !== null && kept > max) return { value: null, problem: { code: 'above_maximum', value: kept, max } }
  if (Math.abs(kept) >= TOO_LARGE) return { value: null, problem: { code: 'too_large', value: kept } }
  return { value: kept === 0 ? 0 : kept }
}
