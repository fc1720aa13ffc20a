import { describe, expect, it } from 'vitest'
import { parseBlock, planPaste } from './grid'

describe('parseBlock', () => {
  it('splits a spreadsheet block into rows and cells', () => {
    expect(parseBlock('1\t2\n3\t4\n')).toEqual([['1', '2'], ['3', '4']])
    expect(parseBlock('1.200\r\n1.300\r\n')).toEqual([['1.200'], ['1.300']])
    expect(parseBlock('5\t\t6')).toEqual([['5', '', '6']])
  })
  it('leaves a single value (even with a trailing newline) to the ordinary paste', () => {
    expect(parseBlock('1.200')).toBeNull()
    expect(parseBlock('1.200\n')).toBeNull()
  })
})

describe('planPaste', () => {
  const table = { lastRow: 5, cols: 1 }
  it('fills down and right from the starting cell', () => {
    expect(planPaste({ row: 2, col: 0 }, [['1'], ['2']], table)).toEqual({ cells: [{ row: 2, col: 0, text: '1' }, { row: 3, col: 0, text: '2' }], skipped: 0 })
    expect(planPaste({ row: 0, col: 1 }, [['5', '', '6']], { lastRow: 0, cols: 4 }).cells.map((c) => [c.col, c.text])).toEqual([[1, '5'], [2, ''], [3, '6']])
  })
  it('stops at the last row of the table instead of running into the next section', () => {
    // Pasting 1..4 into the last row of a programme: only "1" lands there, the rest is counted as left out.
    expect(planPaste({ row: 5, col: 0 }, [['1'], ['2'], ['3'], ['4']], table)).toEqual({ cells: [{ row: 5, col: 0, text: '1' }], skipped: 3 })
  })
  it('leaves out columns past the grid and counts them', () => {
    const plan = planPaste({ row: 3, col: 0 }, [['10', '11'], ['20', '21']], table)
    expect(plan.cells.map((c) => c.text)).toEqual(['10', '20'])
    expect(plan.skipped).toBe(2)
    const wide = planPaste({ row: 0, col: 1 }, [['a', 'b', 'c']], { lastRow: 9, cols: 3 })
    expect(wide.cells.map((c) => [c.col, c.text])).toEqual([[1, 'a'], [2, 'b']])
    expect(wide.skipped).toBe(1)
  })
  it('counts rows and columns left out together', () => {
    expect(planPaste({ row: 4, col: 0 }, [['1', '2'], ['3', '4'], ['5', '6']], table)).toMatchObject({ skipped: 4 })
  })
})
