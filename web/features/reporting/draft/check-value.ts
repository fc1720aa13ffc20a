import type { FormElement } from '../../../api/reporting-types'
import { parseEntryNumber } from './parse-number'

/** What the element needs from a value: the server checks the same (server/features/reporting/validate-value.ts). */
export type ElementRule = Pick<FormElement, 'valueType' | 'min' | 'max' | 'decimals' | 'aggregation'>

/** A problem that blocks saving the value; `params` fill the message's placeholders. */
export type ValueProblem = { code: 'notANumber' | 'notAnInteger' | 'belowMinimum' | 'aboveMaximum' | 'tooLarge'; params: Record<string, number | string> }
/** Something worth a second look that does not block: compared with last period. */
export type ValueWarning = { code: 'bigChange' | 'cumulativeDrop'; params: { previous: number; percent: number } }

export type Checked = { empty: true; value: null; problem?: undefined } | { empty: false; value: number; problem?: undefined } | { empty: false; value: null; problem: ValueProblem }

/** Reads and checks a typed value: empty is allowed (it clears the value). */
export function checkValue(rule: ElementRule, text: string): Checked {
  if (!text.trim()) return { empty: true, value: null }
  const n = parseEntryNumber(text, rule.decimals)
  if (n === null) return { empty: false, value: null, problem: { code: 'notANumber', params: { text: text.trim() } } }
  if (rule.valueType === 'integer' && !Number.isInteger(n)) return { empty: false, value: null, problem: { code: 'notAnInteger', params: { value: n } } }
  const min = rule.min ?? (rule.valueType === 'percent' ? 0 : null)
  const max = rule.max ?? (rule.valueType === 'percent' ? 100 : null)
  if (min !== null && n < min) return { empty: false, value: null, problem: { code: 'belowMinimum', params: { value: n, min } } }
  if (max !== null && n > max) return { empty: false, value: null, problem: { code: 'aboveMaximum', params: { value: n, max } } }
  if (Math.abs(n) >= 1e15) return { empty: false, value: null, problem: { code: 'tooLarge', params: { value: n } } }
  return { empty: false, value: n }
}

/** Above this relative change from last period a value is flagged (not refused). */
export const BIG_CHANGE = 0.5

/**
 * Warnings against last period's value of the same cell: a change of more than 50 %, or a drop of a cumulative
 * value (an element aggregated as "last": a running total such as accounts to date, which should not fall).
 */
export function warnAgainstPrevious(rule: ElementRule, value: number | null, previous: number | null | undefined): ValueWarning | null {
  if (value === null || previous === null || previous === undefined) return null
  const percent = previous === 0 ? (value === 0 ? 0 : Infinity) : Math.round(((value - previous) / Math.abs(previous)) * 100)
  if (rule.aggregation === 'last' && value < previous) return { code: 'cumulativeDrop', params: { previous, percent } }
  if (previous !== 0 && Math.abs(value - previous) / Math.abs(previous) > BIG_CHANGE) return { code: 'bigChange', params: { previous, percent } }
  return null
}
