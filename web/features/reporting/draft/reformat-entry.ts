import type { NumberStyle } from '../../../../common/numbers/parse-number-text'
import { checkValue } from './check-value'
import type { Entry, Fields, FormatNumber } from './draft-entries'
import { parseEntryNumber } from './parse-number'

/** Decimals an input shows: values keep up to six (as loaded), milestone and project numbers their own. */
const shownDecimals = (e: Entry, field: string) => (e.kind === 'value' ? Math.max(e.rules[field].decimals, 6) : e.rules[field].decimals)

/**
 * An entry's numbers, written by a reader of `from`, rewritten for a reader of `to` ("1.200" and "61,5" in Lao become
 * "1,200" and "61.5" in English). Only valid numbers are rewritten, and only when the new text reads back as the same
 * number; anything else (text, invalid input) stays as typed. The saved copy and a conflicting version are rewritten
 * the same way, so nothing becomes "changed". Returns the entry itself when nothing differs.
 */
export function reformatEntry(e: Entry, fmt: FormatNumber, from: NumberStyle, to: NumberStyle): Entry {
  const rewrite = (fields: Fields): Fields => {
    let out = fields
    for (const [field, rule] of Object.entries(e.rules)) {
      const text = fields[field]
      if (!text) continue
      const { value } = checkValue(rule, text, from)
      if (value === null) continue
      const next = fmt(value, shownDecimals(e, field))
      if (next !== text && parseEntryNumber(next, rule.decimals, to) === value) out = { ...out, [field]: next }
    }
    return out
  }
  const fields = rewrite(e.fields)
  const saved = rewrite(e.saved)
  const conflictFields = e.conflict ? rewrite(e.conflict.fields) : null
  if (fields === e.fields && saved === e.saved && conflictFields === (e.conflict?.fields ?? null)) return e
  return { ...e, fields, saved, conflict: e.conflict && conflictFields ? { ...e.conflict, fields: conflictFields } : e.conflict }
}
