import { describe, expect, it } from 'vitest'
import { parseBlock } from './grid'

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
