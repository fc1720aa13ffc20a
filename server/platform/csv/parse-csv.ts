/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" inside quotes is one quote), CRLF or LF line
 * ends, a UTF-8 byte-order mark tolerated. Returns the non-blank records with the file line each starts on; an
 * unterminated quote is an error naming its line.
 */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`CSV line ${line}: a quoted field is not closed`)
  }
}

export type CsvRecord = { line: number; fields: string[] }

export function parseCsv(text: string): CsvRecord[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: CsvRecord[] = []
  let row: string[] = []
  let rowLine = 1
  let field = ''
  let quoted = false
  let line = 1
  let quoteStartLine = 1
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (c === '\n') line++
        field += c
      }
      continue
    }
    if (c === '"' && field === '') {
      quoted = true
      quoteStartLine = line
    } else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      row.push(field)
      rows.push({ line: rowLine, fields: row })
      row = []
      field = ''
      line++
      rowLine = line
    } else field += c
  }
  if (quoted) throw new CsvSyntaxError(quoteStartLine)
  if (field !== '' || row.length) {
    row.push(field)
    rows.push({ line: rowLine, fields: row })
  }
  return rows.filter((r) => r.fields.some((f) => f.trim() !== ''))
}
