import { MARKS, type NumberStyle } from './parse-number-text.js'

const formats = new Map<number, Intl.NumberFormat>()
const enFormat = (maxDecimals: number) => {
  let f = formats.get(maxDecimals)
  if (!f) formats.set(maxDecimals, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals })))
  return f
}

/**
 * A number as a reader of `style` writes it: 1.234,5 (Lao) or 1,234.5 (English). Built from en-US parts, because not
 * every runtime carries Lao locale data (see web/ui/format.ts).
 */
export function formatNumberText(n: number, style: NumberStyle, maxDecimals = 6): string {
  const { group, decimal } = MARKS[style]
  return enFormat(maxDecimals).formatToParts(n).map((p) => (p.type === 'group' ? group : p.type === 'decimal' ? decimal : p.value)).join('')
}

/**
 * A number for a file anyone may read back in either convention: no grouping, "." for decimals — and a trailing zero
 * where the text would otherwise look like a thousands group ("1.234" → "1.2340"), which a Lao reader would take
 * for 1234.
 */
export function plainNumberText(n: number): string {
  const s = /e/i.test(String(n)) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : String(n)
  return /^-?[1-9]\d{0,2}\.\d{3}$/.test(s) ? `${s}0` : s
}
