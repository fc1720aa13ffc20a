import { describe, expect, it } from 'vitest'
import { AppError } from '../../../platform/http/errors.js'
import { formulaElements, parseFormula } from './parse-formula.js'
import { evaluateFormula } from './evaluate-formula.js'

const values: Record<string, number | null> = { 'DE-A': 30, 'DE-B': 120, 'DE-P01-T02.1': 4, 'DE-ZERO': 0, 'DE-NONE': null }
const run = (f: string) => evaluateFormula(parseFormula(f), (c) => values[c] ?? null)

function errorOf(f: string): AppError {
  try {
    parseFormula(f)
  } catch (e) {
    return e as AppError
  }
  throw new Error(`"${f}" parsed`)
}

describe('indicator formulas', () => {
  it('computes arithmetic over element figures with the usual precedence', () => {
    expect(run('100 * {DE-A} / {DE-B}')).toBe(25)
    expect(run('{DE-A} + {DE-B} * 2')).toBe(270)
    expect(run('({DE-A} + {DE-B}) * 2')).toBe(300)
    expect(run('-{DE-A} + 10 - -5')).toBe(-15)
    expect(run('{ DE-P01-T02.1 } * 0.5')).toBe(2)
    expect(run('10 - 4 - 3')).toBe(3)
    expect(run('100 / 10 / 5')).toBe(2)
  })

  it('has no value when an element has none or on division by zero', () => {
    expect(run('{DE-A} / {DE-ZERO}')).toBeNull()
    expect(run('{DE-A} + {DE-NONE}')).toBeNull()
    expect(run('{DE-UNKNOWN}')).toBeNull()
  })

  it('lists the elements a formula names', () => {
    expect(formulaElements(parseFormula('100 * {DE-A} / ({DE-B} + {DE-A})'))).toEqual(['DE-A', 'DE-B'])
  })

  it('refuses anything else, saying where and what, in Lao and English', () => {
    const cases: [string, number, RegExp][] = [
      ['{DE-A} +', 9, /ends where/],
      ['{DE-A} {DE-B}', 8, /unexpected "DE-B"/],
      ['(1 + 2', 7, /expected "\)"/],
      ['1 + {DE-A', 5, /never closed/],
      ['{DE A}', 1, /not a data element code/],
      ['process.exit()', 1, /unexpected "p"/],
      ['2 ** 3', 4, /expected a number/],
      ['1; drop table x', 2, /unexpected ";"/],
    ]
    for (const [f, position, message] of cases) {
      const e = errorOf(f)
      expect(e).toBeInstanceOf(AppError)
      expect(e).toMatchObject({ status: 400, code: 'invalid_formula', details: { position } })
      expect(e.messageEn).toMatch(message)
      expect(e.messageLo).toContain('ສູດ')
    }
    expect(errorOf('('.repeat(100) + '1' + ')'.repeat(100)).messageEn).toMatch(/nested too deeply/)
    expect(errorOf('1+'.repeat(600) + '1').messageEn).toMatch(/longer than/)
  })
})
