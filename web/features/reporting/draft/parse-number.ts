/**
 * A number as a Lao user types it. Lao convention groups with "." and marks decimals with ","
 * ("1.200.000,5"); many also type the English way ("1,200,000.5"), or use Lao digits (໑໒໓). Rules:
 * - both "." and "," present: the last one is the decimal mark, the other groups;
 * - one of them, more than once: it groups (each group three digits);
 * - one of them, once, with exactly three digits after it and one to three non-zero-led digits before: it groups
 *   ("1.200" and "1,200" are 1200) — unless the element keeps three or more decimals; otherwise it is the decimal mark.
 * Spaces (also no-break) group too. Returns null when the text is not a number.
 */
const LAO_DIGITS = '໐໑໒໓໔໕໖໗໘໙'

export function toAsciiDigits(s: string): string {
  return s.replace(/[໐-໙]/g, (d) => String(LAO_DIGITS.indexOf(d)))
}

export function parseEntryNumber(input: string, decimals = 0): number | null {
  let s = toAsciiDigits(input).replace(/[\s\u00a0\u202f']/g, '')
  if (!s) return null
  let sign = ''
  if (s[0] === '-' || s[0] === '+') {
    sign = s[0] === '-' ? '-' : ''
    s = s.slice(1)
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null
  const dots = s.split('.').length - 1
  const commas = s.split(',').length - 1
  let intPart = s
  let frac = ''
  if (dots && commas) {
    const mark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ','
    const group = mark === '.' ? ',' : '.'
    const at = s.lastIndexOf(mark)
    ;[intPart, frac] = [s.slice(0, at), s.slice(at + 1)]
    if (intPart.includes(mark) || !validGroups(intPart, group)) return null
    intPart = intPart.split(group).join('')
  } else if (dots + commas > 1) {
    const group = dots ? '.' : ','
    if (!validGroups(s, group)) return null
    intPart = s.split(group).join('')
  } else if (dots + commas === 1) {
    const mark = dots ? '.' : ','
    const [a, b] = s.split(mark)
    const looksGrouped = /^[1-9]\d{0,2}$/.test(a) && /^\d{3}$/.test(b) && decimals < 3
    if (looksGrouped) intPart = a + b
    else [intPart, frac] = [a, b]
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(frac) || (!intPart && !frac)) return null
  const n = Number(`${sign}${intPart || '0'}${frac ? `.${frac}` : ''}`)
  return Number.isFinite(n) ? n : null
}

function validGroups(s: string, group: string): boolean {
  const parts = s.split(group)
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p))
}
