import i18n from 'i18next'
import { numberStyleOf, parseNumberText, type NumberStyle } from '../../../../common/numbers/parse-number-text'

/**
 * The form reads numbers in the convention of the language it is shown in (Lao 1.234,5; English 1,234.5), by the
 * same rules as the file import (common/numbers/parse-number-text.ts).
 */
export const formNumberStyle = (): NumberStyle => numberStyleOf(i18n.language)

/** A typed number, or null when it is not one (or could be read two ways). */
export function parseEntryNumber(input: string, decimals = 0, style: NumberStyle = formNumberStyle()): number | null {
  const r = parseNumberText(input, style, decimals)
  return r.ok ? r.value : null
}
