/**
 * Numbers as people write them, read the same way by the web form and by the file import.
 *
 * Lao convention (`lo`): "." groups thousands and "," marks decimals — 1.234,5, as the app shows numbers in Lao.
 * English convention (`en`): 1,234.5. Lao digits (໐–໙) count as digits; spaces (also no-break) and apostrophes group.
 * `plain` is the machine form other systems exchange (DHIS2): an optional sign, digits, "." and decimals, no grouping.
 *
 * The reader's convention is only needed where the two conventions disagree. Text that only one of them can read is
 * read that way: "1.234,5", "1,234.5", "1.250.000", "61,5", "61.5", "0.500". The one shape both can read differently
 * is a single separator followed by exactly three digits ("1.200", "1,200"):
 * - written with the reader's thousands separator, it is a thousand-grouped whole number (Lao "1.200" = 1200);
 * - written with the reader's decimal mark, it is read as decimals only when that is how the app itself writes that
 *   number (no trailing zero, and the element keeps three or more decimals: Lao "1,234" = 1.234); otherwise
 *   ("1,200", or "1,234" for a whole-number element) it is refused as ambiguous rather than guessed: the writer may
 *   have used the other convention, and 1.2 and 1200 are far apart.
 */
export type NumberStyle = 'lo' | 'en'
export type NumberReading = NumberStyle | 'plain'

export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; problem: 'not_a_number' }
  | { ok: false; problem: 'ambiguous'; grouped: number; decimal: number }

export const MARKS: Record<NumberStyle, { group: string; decimal: string }> = {
  lo: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
}

/** The number convention of a UI language (Lao unless English was chosen). */
export const numberStyleOf = (language: string | null | undefined): NumberStyle => (language === 'en' ? 'en' : 'lo')

const LAO_DIGIT = /[\u0ED0-\u0ED9]/g
const GROUP_ONLY = /[\s'\u2019]/
const NOT_A_NUMBER = { ok: false, problem: 'not_a_number' } as const

export function toAsciiDigits(text: string): string {
  return text.replace(LAO_DIGIT, (d) => String(d.charCodeAt(0) - 0x0ed0))
}

/**
 * Reads `input` in the reader's convention. `decimals` is how many decimals the element keeps (0–6): it decides
 * whether "1,234" can be a Lao decimal at all.
 */
export function parseNumberText(input: string, reading: NumberReading, decimals = 6): ParsedNumber {
  const s = toAsciiDigits(input).trim()
  if (reading === 'plain') return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d{1,3})?$/.test(s) ? finite(Number(s)) : NOT_A_NUMBER
  const m = /^([-+\u2212]?)([\d.,\s'\u2019]*)$/.exec(s)
  if (!m || !/\d/.test(m[2])) return NOT_A_NUMBER
  const sign = m[1] === '+' || m[1] === '' ? '' : '-'
  // Digit runs and the single separators between them ("1.234,5" → runs 1 234 5, separators . ,).
  const pieces = m[2].split(/([.,\s'\u2019])/)
  const runs = pieces.filter((_, i) => i % 2 === 0)
  const seps = pieces.filter((_, i) => i % 2 === 1)
  const marks = seps.map((c, i) => ({ c, i })).filter((x) => !GROUP_ONLY.test(x.c))

  let decimalAt = -1 // index in seps of the decimal mark
  if (marks.length) {
    const kinds = new Set(marks.map((x) => x.c))
    const last = marks[marks.length - 1]
    if (kinds.size === 2) {
      // Both "." and ",": the last one is the decimal mark, once, after every other separator.
      if (marks.filter((x) => x.c === last.c).length > 1 || last.i !== seps.length - 1) return NOT_A_NUMBER
      decimalAt = last.i
    } else if (marks.length === 1) {
      if (last.i !== seps.length - 1) return NOT_A_NUMBER
      const intRuns = runs.slice(0, -1)
      const frac = runs[runs.length - 1]
      const couldGroup = frac.length === 3 && validGroups([...intRuns, frac])
      if (!couldGroup) decimalAt = last.i
      else {
        const grouped = Number(`${sign}${intRuns.join('')}${frac}`)
        const decimal = Number(`${sign}${intRuns.join('')}.${frac}`)
        const style = MARKS[reading]
        if (last.c === style.decimal) {
          const asTheAppWritesIt = !frac.endsWith('0') && decimals >= 3
          if (!asTheAppWritesIt) return { ok: false, problem: 'ambiguous', grouped, decimal }
          decimalAt = last.i
        }
      }
    }
    // One kind, several times: it groups ("1.250.000").
  }
  const intRuns = decimalAt < 0 ? runs : runs.slice(0, decimalAt + 1)
  const frac = decimalAt < 0 ? '' : runs[decimalAt + 1]
  if (intRuns.length > 1 ? !validGroups(intRuns) : false) return NOT_A_NUMBER
  const int = intRuns.join('')
  if (!int && !frac) return NOT_A_NUMBER
  return finite(Number(`${sign}${int || '0'}${frac ? `.${frac}` : ''}`))
}

/** "1", "234", "567": the first group one to three digits (not led by 0), every other exactly three. */
function validGroups(runs: string[]): boolean {
  return /^[1-9]\d{0,2}$/.test(runs[0]) && runs.slice(1).every((r) => /^\d{3}$/.test(r))
}

// -0 would print as "-0" in messages and JSON.
const finite = (n: number): ParsedNumber => (Number.isFinite(n) ? { ok: true, value: n === 0 ? 0 : n } : NOT_A_NUMBER)
