import { describe, expect, it } from 'vitest'
import { checkElementNumber, withinDecimals, type NumberRule } from './check-element-number'

const persons: NumberRule = { valueType: 'number', min: 0, max: null, decimals: 0 }
const percent: NumberRule = { valueType: 'percent', min: null, max: null, decimals: 1 }
const whole: NumberRule = { valueType: 'integer', min: null, max: 1000, decimals: 2 }

describe('checkElementNumber', () => {
  it('refuses more decimals than the element keeps, typed or as a number', () => {
    expect(checkElementNumber(persons, '1,5', 'lo').problem).toEqual({ code: 'too_many_decimals', value: 1.5, decimals: 0 })
    expect(checkElementNumber(persons, 2.5, 'lo').problem).toEqual({ code: 'too_many_decimals', value: 2.5, decimals: 0 })
    expect(checkElementNumber(percent, '61,25', 'lo').problem).toEqual({ code: 'too_many_decimals', value: 61.25, decimals: 1 })
    expect(checkElementNumber(percent, '61,5', 'lo')).toEqual({ value: 61.5 })
    expect(checkElementNumber(percent, '61,50', 'lo')).toEqual({ value: 61.5 })
    expect(checkElementNumber(whole, 2.5, 'en').problem).toEqual({ code: 'not_an_integer', value: 2.5 })
  })

  it('takes spreadsheet arithmetic noise for the number it stands for', () => {
    expect(checkElementNumber(percent, 0.1 + 0.2, 'lo')).toEqual({ value: 0.3 })
    expect(checkElementNumber(persons, 3.0000000000000004, 'lo')).toEqual({ value: 3 })
    expect(withinDecimals(0.35, 1)).toBeNull()
  })

  it('reads text in the reader\'s convention and names the two readings of an ambiguous one', () => {
    expect(checkElementNumber(persons, '1.200', 'lo')).toEqual({ value: 1200 })
    expect(checkElementNumber(persons, '1,200', 'en')).toEqual({ value: 1200 })
    expect(checkElementNumber(persons, '1,200', 'lo').problem).toEqual({ code: 'ambiguous_number', text: '1,200', grouped: 1200, decimal: 1.2 })
    expect(checkElementNumber(persons, ' ຫຼາຍ ', 'lo').problem).toEqual({ code: 'not_a_number', text: 'ຫຼາຍ' })
  })

  it('checks the range after the decimals, percentages 0–100 unless the element says otherwise', () => {
    expect(checkElementNumber(percent, '100,1', 'lo').problem).toEqual({ code: 'above_maximum', value: 100.1, max: 100 })
    expect(checkElementNumber(percent, '-0,5', 'lo').problem).toEqual({ code: 'below_minimum', value: -0.5, min: 0 })
    expect(checkElementNumber(persons, '-1', 'lo').problem).toEqual({ code: 'below_minimum', value: -1, min: 0 })
    expect(checkElementNumber(whole, '1001', 'lo').problem).toEqual({ code: 'above_maximum', value: 1001, max: 1000 })
    expect(checkElementNumber(persons, '1.000.000.000.000.000', 'lo').problem).toEqual({ code: 'too_large', value: 1e15 })
    expect(checkElementNumber(persons, Infinity, 'lo').problem?.code).toBe('not_a_number')
  })
})
