import { describe, expect, it } from 'vitest'
import { checkValue, warnAgainstPrevious, type ElementRule } from './check-value'

const number: ElementRule = { valueType: 'number', min: 0, max: null, decimals: 0, aggregation: 'sum' }
const percent: ElementRule = { valueType: 'percent', min: null, max: null, decimals: 1, aggregation: 'average' }
const integer: ElementRule = { valueType: 'integer', min: null, max: 1000, decimals: 0, aggregation: 'last' }

describe('checkValue', () => {
  it('accepts empty text as clearing the value', () => {
    expect(checkValue(number, '  ')).toEqual({ empty: true, value: null })
  })
  it('reads Lao-formatted numbers, or English ones when asked', () => {
    expect(checkValue(number, '1.250')).toEqual({ empty: false, value: 1250 })
    expect(checkValue(percent, '61,5')).toEqual({ empty: false, value: 61.5 })
    expect(checkValue(number, '1,250', 'en')).toEqual({ empty: false, value: 1250 })
  })
  it('names each problem', () => {
    expect(checkValue(number, 'abc').problem?.code).toBe('notANumber')
    expect(checkValue(number, '-1').problem).toEqual({ code: 'belowMinimum', params: { value: -1, min: 0 } })
    expect(checkValue(percent, '140').problem).toEqual({ code: 'aboveMaximum', params: { value: 140, max: 100 } })
    expect(checkValue(percent, '-0,5').problem?.code).toBe('belowMinimum')
    expect(checkValue(integer, '2,5').problem?.code).toBe('notAnInteger')
    expect(checkValue(number, '1,5').problem).toEqual({ code: 'tooManyDecimals', params: { value: 1.5, decimals: 0 } })
    expect(checkValue(number, '1,200').problem).toEqual({ code: 'ambiguousNumber', params: { text: '1,200', grouped: 1200, decimal: 1.2, plain: '1200' } })
    expect(checkValue(integer, '1001').problem?.code).toBe('aboveMaximum')
    expect(checkValue(number, '1000000000000000').problem?.code).toBe('tooLarge')
  })
})

describe('warnAgainstPrevious', () => {
  it('flags a change of more than half either way, not one of exactly half', () => {
    expect(warnAgainstPrevious(number, 1600, 1000)).toEqual({ code: 'bigChange', params: { previous: 1000, percent: 60 } })
    expect(warnAgainstPrevious(number, 400, 1000)).toEqual({ code: 'bigChange', params: { previous: 1000, percent: -60 } })
    expect(warnAgainstPrevious(number, 1500, 1000)).toBeNull()
    expect(warnAgainstPrevious(number, 5, 0)).toBeNull()
    expect(warnAgainstPrevious(number, 5, null)).toBeNull()
  })
  it('flags any drop of a cumulative value', () => {
    expect(warnAgainstPrevious(integer, 990, 1000)).toEqual({ code: 'cumulativeDrop', params: { previous: 1000, percent: -1 } })
    expect(warnAgainstPrevious(integer, 1000, 1000)).toBeNull()
    expect(warnAgainstPrevious(number, 990, 1000)).toBeNull()
  })
})
