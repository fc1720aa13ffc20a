import { describe, expect, it } from 'vitest'
import { parseEntryNumber } from './parse-number'

describe('parseEntryNumber', () => {
  it.each([
    ['1200', 1200], ['1.200', 1200], ['1,200', 1200], ['1 200', 1200], ['1\u00a0200', 1200],
    ['1.200.000,5', 1200000.5], ['1,200,000.5', 1200000.5], ['1.200.000', 1200000], ['1,200,000', 1200000],
    ['61.5', 61.5], ['61,5', 61.5], ['0.500', 0.5], ['0,5', 0.5], [',5', 0.5], ['12.3456', 12.3456],
    ['໑,໒໐໐', 1200], ['໖໑,໕', 61.5], ['-5', -5], ['+7', 7], [' 42 ', 42],
  ])('reads %j as %d', (text, value) => {
    expect(parseEntryNumber(text)).toBe(value)
  })

  it('keeps three decimals as decimals when the element has them', () => {
    expect(parseEntryNumber('1.200', 3)).toBe(1.2)
    expect(parseEntryNumber('1.200', 0)).toBe(1200)
  })

  it.each(['', 'abc', '12a', '1.2.3', '1,20,0', '1..2', '.', '-', '1.200,000.5', '1e5'])('refuses %j', (text) => {
    expect(parseEntryNumber(text)).toBeNull()
  })
})
