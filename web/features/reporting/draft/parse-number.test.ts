import { describe, expect, it } from 'vitest'
import i18n from 'i18next'
import { parseEntryNumber } from './parse-number'

describe('parseEntryNumber (the form\'s reading, common/numbers/parse-number-text.ts)', () => {
  it.each([
    ['1200', 1200], ['1.200', 1200], ['1 200', 1200], ['1.200.000,5', 1200000.5], ['1,200,000.5', 1200000.5], ['1,200,000', 1200000],
    ['61.5', 61.5], ['61,5', 61.5], ['0.500', 0.5], [',5', 0.5], ['12.3456', 12.3456], ['໑.໒໐໐', 1200], ['໖໑,໕', 61.5], ['-5', -5],
  ])('reads %j as %d in Lao (the default)', (text, value) => {
    expect(parseEntryNumber(text)).toBe(value)
  })

  it('keeps three decimals as decimals only where the element has them and the app would write them so', () => {
    expect(parseEntryNumber('1,234', 3, 'lo')).toBe(1.234)
    expect(parseEntryNumber('1,234', 2, 'lo')).toBeNull()
    expect(parseEntryNumber('1.234', 3, 'lo')).toBe(1234)
  })

  it.each(['', 'abc', '12a', '1.2.3', '1,20,0', '1..2', '.', '-', '1.200,000.5', '1e5'])('refuses %j', (text) => {
    expect(parseEntryNumber(text)).toBeNull()
  })

  it('follows the language the form is shown in', async () => {
    expect(parseEntryNumber('1,200')).toBeNull()
    await i18n.init({ lng: 'en', resources: {} })
    expect(parseEntryNumber('1,200')).toBe(1200)
    expect(parseEntryNumber('1.200')).toBeNull()
    expect(parseEntryNumber('1.200', 0, 'lo')).toBe(1200)
    await i18n.changeLanguage('lo')
    expect(parseEntryNumber('1.200')).toBe(1200)
  })
})
