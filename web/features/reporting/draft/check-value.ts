import type { FormElement } from '../../../api/reporting-types'
import { checkElementNumber, type NumberProblem } from '../../../../common/numbers/check-element-number'
import type { NumberStyle } from '../../../../common/numbers/parse-number-text'
import { formNumberStyle } from './parse-number'

/** What the element needs from a value: the server checks the same rule (common/numbers/check-element-number.ts). */
export type ElementRule = Pick<FormElement, 'valueType' | 'min' | 'max' | 'decimals' | 'aggregation'>

type ProblemCode = 'notANumber' | 'ambiguousNumber' | 'notAnInteger' | 'tooManyDecimals' | 'belowMinimum' | 'aboveMaximum' | 'tooLarge'
/** A problem that blocks saving the value; `params` fill the message's placeholders (dataEntry.problem.*). */
export type ValueProblem = { code: ProblemCode; params: Record<string, number | string> }
/** Something worth a second look that does not block: compared with last period. */
export type ValueWarning = { code: 'bigChange' | 'cumulativeDrop'; params: { previous: number; percent: number } }

export type Checked = { empty: true; value: null; problem?: undefined } | { empty: false; value: number; problem?: undefined } | { empty: false; value: null; problem: ValueProblem }

/** Reads and checks a typed value (in the form's language unless `style` says otherwise); empty clears the value. */
export function checkValue(rule: ElementRule, text: string, style: NumberStyle = formNumberStyle()): Checked {
  if (!text.trim()) return { empty: true, value: null }
  const checked = checkElementNumber(rule, text, style)
  if (checked.problem) return { empty: false, value: null, problem: formProblem(checked.problem) }
  return { empty: false, value: checked.value }
}

function formProblem(p: NumberProblem): ValueProblem {
  switch (p.code) {
    case 'not_a_number': return { code: 'notANumber', params: { text: p.text } }
    // `plain` stays text: it is what to type, not a number to format.
    case 'ambiguous_number': return { code: 'ambiguousNumber', params: { text: p.text, grouped: p.grouped, decimal: p.decimal, plain: String(p.grouped) } }
    case 'not_an_integer': return { code: 'notAnInteger', params: { value: p.value } }
    case 'too_many_decimals': return { code: 'tooManyDecimals', params: { value: p.value, decimals: p.decimals } }
    case 'below_minimum': return { code: 'belowMinimum', params: { value: p.value, min: p.min } }
    case 'above_maximum': return { code: 'aboveMaximum', params: { value: p.value, max: p.max } }
    case 'too_large': return { code: 'tooLarge', params: { value: p.value } }
  }
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
