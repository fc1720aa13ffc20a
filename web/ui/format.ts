import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumberText } from '../../common/numbers/format-number-text'

export const localeFor = (lang: string) => (lang === 'en' ? 'en-GB' : 'lo-LA')

const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ']

/**
 * Not every browser carries Lao locale data (Chromium's ICU has none: 'lo-LA' silently becomes en-US or the root
 * locale, giving "1,400,802" and "2022 M09 27"). Then we format as CLDR's lo does: "1.400.802,5", "27 ກັນຍາ 2022".
 */
export const laoIntlAvailable = (): boolean => Intl.NumberFormat.supportedLocalesOf(['lo']).length > 0

const cache = new Map<string, (v: number) => string>()
function numberFormat(locale: string, maxDigits: number): (v: number) => string {
  const key = `${locale}|${maxDigits}`
  let f = cache.get(key)
  if (!f) {
    if (locale.startsWith('lo') && !laoIntlAvailable()) {
      f = (v) => formatNumberText(v, 'lo', maxDigits)
    } else {
      const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits })
      f = (v) => nf.format(v)
    }
    cache.set(key, f)
  }
  return f
}

/** Numbers through Intl (lo-LA groups with "." and uses "," for decimals). Years are not numbers: print them as is. */
export function formatNumber(value: number | null | undefined, locale: string, maxDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return numberFormat(locale, maxDigits)(value)
}

/** Dates from the API are ISO dates (at UTC midnight); show the calendar date, not a time-zone-shifted one. */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—'
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(d.getTime())) return iso
  if (locale.startsWith('lo') && !laoIntlAvailable()) return `${d.getUTCDate()} ${LAO_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d)
}

/** A moment (audit entries, sign-ins) in the reader's time zone: "27 ກັນຍາ 2022, 14:05". */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  if (locale.startsWith('lo') && !laoIntlAvailable()) {
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${d.getDate()} ${LAO_MONTHS[d.getMonth()]} ${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d)
}

export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeFor(i18n.language)
  return useMemo(() => ({
    locale,
    number: (v: number | null | undefined, maxDigits = 2) => formatNumber(v, locale, maxDigits),
    date: (iso: string | null | undefined) => formatDate(iso, locale),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale),
  }), [locale])
}
