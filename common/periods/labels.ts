/** Human labels for period ids, in Lao and English. */
import { monthIndexOf, parseSpan, yearOf } from './core.js'

export type PeriodLang = 'lo' | 'en'

export const LAO_MONTHS = [
  'ມັງກອນ',
  'ກຸມພາ',
  'ມີນາ',
  'ເມສາ',
  'ພຶດສະພາ',
  'ມິຖຸນາ',
  'ກໍລະກົດ',
  'ສິງຫາ',
  'ກັນຍາ',
  'ຕຸລາ',
  'ພະຈິກ',
  'ທັນວາ',
] as const
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/**
 * e.g. `2024-03` → "ມີນາ 2024" / "March 2024"; `2024Q1` → "ໄຕມາດ 1/2024" / "Q1 2024"; `2024S1` → "6 ເດືອນຕົ້ນປີ 2024" /
 * "H1 2024"; `2024N9` → "9 ເດືອນ 2024" / "Jan–Sep 2024"; `2024` → "ປີ 2024" / "2024"; `2021-2023M` → "ກາງສະໄໝ 2021-2023" /
 * "Mid-term 2021–2023"; `2021-2025` → "5 ປີ 2021-2025" / "2021–2025". Throws PeriodError for an invalid id.
 */
export function periodLabel(id: string, lang: PeriodLang): string {
  const span = parseSpan(id)
  const year = yearOf(span.from)
  const endYear = yearOf(span.to)
  const mi = monthIndexOf(span.from)
  const lo = lang === 'lo'
  switch (span.type) {
    case 'month':
      return `${lo ? LAO_MONTHS[mi] : ENGLISH_MONTHS[mi]} ${year}`
    case 'quarter':
      return lo ? `ໄຕມາດ ${mi / 3 + 1}/${year}` : `Q${mi / 3 + 1} ${year}`
    case 'semester':
      if (lo) return `${mi === 0 ? '6 ເດືອນຕົ້ນປີ' : '6 ເດືອນທ້າຍປີ'} ${year}`
      return `H${mi / 6 + 1} ${year}`
    case 'nine_months':
      return lo ? `9 ເດືອນ ${year}` : `Jan–Sep ${year}`
    case 'year':
      return lo ? `ປີ ${year}` : String(year)
    case 'mid_term':
      return lo ? `ກາງສະໄໝ ${year}-${endYear}` : `Mid-term ${year}–${endYear}`
    case 'plan':
      return lo ? `${endYear - year + 1} ປີ ${year}-${endYear}` : `${year}–${endYear}`
  }
}
