/**
 * Text normalisation for Lao search: NFC, the two spellings of sara am (ໍ + າ typed separately, possibly with a tone
 * mark between, versus the single ຳ), zero-width characters removed, whitespace collapsed, Latin lower-cased.
 */
const SARA_AM_SPLIT = /\u0ECD([\u0EC8-\u0ECB]?)\u0EB2/g
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF\u00AD]/g

export function normalizeLao(text: string): string {
  return text
    .normalize('NFC')
    .replace(SARA_AM_SPLIT, '$1\u0EB3')
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

export function hasLao(text: string): boolean {
  return /[\u0E80-\u0EFF]/.test(text)
}
