import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseNumberText, type NumberStyle } from './parse-number-text'
import { formatNumberText, plainNumberText } from './format-number-text'

const read = (text: string, style: NumberStyle, decimals = 6) => {
  const r = parseNumberText(text, style, decimals)
  return r.ok ? r.value : r.problem
}

describe('parseNumberText: what both conventions read the same way', () => {
  it.each([
    ['1200', 1200], ['1 200', 1200], ['1\u00a0200', 1200], ["1'200", 1200], [' 42 ', 42], ['+7', 7], ['-5', -5], ['\u22125', -5],
    ['1.234,5', 1234.5], ['1,234.5', 1234.5], ['1.200.000,5', 1200000.5], ['1,200,000.5', 1200000.5],
    ['1.250.000', 1250000], ['1,250,000', 1250000], ['1 234,5', 1234.5], ['1 234.5', 1234.5],
    ['61,5', 61.5], ['61.5', 61.5], ['0.500', 0.5], ['0,500', 0.5], [',5', 0.5], ['.5', 0.5], ['12.3456', 12.3456],
    ['1234.567', 1234.567], ['1234,567', 1234.567], ['12,', 12], ['໑.໒໕໐.໐໐໐', 1250000], ['໖໑,໕', 61.5], ['-0', 0],
  ])('%j is %d for Lao and English readers', (text, value) => {
    expect(read(text, 'lo')).toBe(value)
    expect(read(text, 'en')).toBe(value)
  })

  it.each(['', ' ', 'abc', '12a', '1e5', '1.2.3', '1,20,0', '1..2', '.', '-', '1.200,000.5', '1,5.3', '1 2', '0.500.000', '1,5 00', '--5', '5-'])(
    '%j is not a number', (text) => {
      expect(read(text, 'lo')).toBe('not_a_number')
      expect(read(text, 'en')).toBe('not_a_number')
    })
})

describe('parseNumberText: one separator before three digits', () => {
  it('reads the reader\'s own thousands separator as grouping', () => {
    expect(read('1.200', 'lo')).toBe(1200)
    expect(read('-1.300', 'lo')).toBe(-1300)
    expect(read('1,200', 'en')).toBe(1200)
    expect(read('999.999', 'lo', 0)).toBe(999999)
  })

  it('reads the reader\'s own decimal mark as decimals when that is how the app writes the number', () => {
    expect(read('1,234', 'lo', 3)).toBe(1.234)
    expect(read('1.234', 'en', 3)).toBe(1.234)
  })

  it('refuses rather than guesses when the other convention would give another number', () => {
    expect(parseNumberText('1,200', 'lo', 2)).toEqual({ ok: false, problem: 'ambiguous', grouped: 1200, decimal: 1.2 })
    expect(parseNumberText('1.200', 'en', 0)).toEqual({ ok: false, problem: 'ambiguous', grouped: 1200, decimal: 1.2 })
    expect(parseNumberText('1,234', 'lo', 0)).toEqual({ ok: false, problem: 'ambiguous', grouped: 1234, decimal: 1.234 })
    expect(parseNumberText('-12,500', 'lo', 6)).toEqual({ ok: false, problem: 'ambiguous', grouped: -12500, decimal: -12.5 })
  })

  it('plain (DHIS2) text has one decimal point and no grouping', () => {
    expect(parseNumberText('1.200', 'plain')).toEqual({ ok: true, value: 1.2 })
    expect(parseNumberText('-61.5', 'plain')).toEqual({ ok: true, value: -61.5 })
    expect(parseNumberText('1.5E3', 'plain')).toEqual({ ok: true, value: 1500 })
    expect(parseNumberText('1,200', 'plain')).toEqual({ ok: false, problem: 'not_a_number' })
  })
})

// Numbers with at most `decimals` decimals, built from digits so that they are exactly what a person would type.
const typed = fc.record({
  int: fc.integer({ min: 0, max: 999_999_999 }),
  frac: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 6 }),
  negative: fc.boolean(),
}).map(({ int, frac, negative }) => ({ value: Number(`${negative ? '-' : ''}${int}.${frac || '0'}`), places: frac.replace(/0+$/, '').length }))
const style = fc.constantFrom<NumberStyle>('lo', 'en')

describe('parseNumberText properties', () => {
  it('reads back every number as the app writes it in the reader\'s language', () => {
    fc.assert(fc.property(typed, style, fc.integer({ min: 0, max: 6 }), ({ value, places }, s, extra) => {
      const decimals = Math.min(places + extra, 6)
      expect(read(formatNumberText(value, s, decimals), s, decimals)).toBe(value === 0 ? 0 : value)
    }))
  })

  it('reads back the plain text of the CSV template in either language', () => {
    fc.assert(fc.property(typed, style, fc.integer({ min: 0, max: 6 }), ({ value, places }, s, decimals) => {
      expect(read(plainNumberText(value), s, Math.max(decimals, places))).toBe(value === 0 ? 0 : value)
    }))
  })

  it('never turns a number written the other way into a different number (up to two decimals)', () => {
    fc.assert(fc.property(typed, style, fc.integer({ min: 0, max: 2 }), ({ value, places }, s, decimals) => {
      if (places > decimals) return
      const other = s === 'lo' ? 'en' : 'lo'
      const got = read(formatNumberText(value, other, decimals), s, decimals)
      expect([value === 0 ? 0 : value, 'ambiguous']).toContain(got)
    }))
  })

  it('a minus sign negates, and Lao digits read as their Arabic ones', () => {
    const lao = (t: string) => t.replace(/\d/g, (d) => String.fromCharCode(0x0ed0 + Number(d)))
    fc.assert(fc.property(typed, style, ({ value }, s) => {
      const text = formatNumberText(Math.abs(value), s, 6)
      const plain = parseNumberText(text, s)
      const negated = parseNumberText(`-${text}`, s)
      expect(negated).toEqual(plain.ok ? { ok: true, value: plain.value === 0 ? 0 : -plain.value } : negated)
      expect(parseNumberText(lao(text), s)).toEqual(plain)
    }))
  })
})
