import { describe, expect, it } from 'vitest'
import { parseCsv, CsvSyntaxError } from './parse-csv.js'

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM, blank lines and multi-line cells with their starting line', () => {
    const text = '\uFEFFcode,name_lo\r\nA,"ກົມ, ""ແຜນ"""\r\n\r\nB,"two\nlines"\nC,'
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['code', 'name_lo'] },
      { line: 2, fields: ['A', 'ກົມ, "ແຜນ"'] },
      { line: 4, fields: ['B', 'two\nlines'] },
      { line: 6, fields: ['C', ''] },
    ])
  })
  it('names the line of an unterminated quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(CsvSyntaxError)
    try {
      parseCsv('a,b\n1,"open\n2,3')
    } catch (err) {
      expect((err as CsvSyntaxError).line).toBe(2)
    }
  })
})
