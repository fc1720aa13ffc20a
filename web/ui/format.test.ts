import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatDate, formatDateTime, formatNumber } from './format'

describe('Lao number and date formatting', () => {
  afterEach(() => vi.restoreAllMocks())
  it('uses Intl lo-LA: "." groups thousands, "," marks decimals', () => {
    expect(formatNumber(1400802, 'lo-LA')).toBe('1.400.802')
    expect(formatNumber(198378.71, 'lo-LA')).toBe('198.378,71')
    expect(formatNumber(null, 'lo-LA')).toBe('—')
  })
  it('formats a calendar date in Lao without shifting the day', () => {
    expect(formatDate('2016-11-04T00:00:00.000Z', 'lo-LA')).toBe('4 ພະຈິກ 2016')
  })
  it('falls back to the same Lao style where the runtime has no Lao locale data (Chromium)', () => {
    vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockReturnValue([])
    expect(formatNumber(143845000.5, 'lo-LA', 1)).toBe('143.845.000,5')
    expect(formatDate('2022-09-27', 'lo-LA')).toBe('27 ກັນຍາ 2022')
  })
  it('shows a moment in local time, Lao style, where the runtime has no Lao locale data', () => {
    vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockReturnValue([])
    expect(formatDateTime(new Date(2022, 8, 27, 14, 5).toISOString(), 'lo-LA')).toBe('27 ກັນຍາ 2022, 14:05')
    expect(formatDateTime(null, 'lo-LA')).toBe('—')
  })
  it('formats English as en-GB', () => {
    expect(formatNumber(1400802, 'en-GB')).toBe('1,400,802')
  })
})
