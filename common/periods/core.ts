/**
 * Period ids, their parsing and formatting. Internally every period is an inclusive range of whole months,
 * expressed as absolute month numbers (year × 12 + month index 0–11); dates are derived from that.
 */
import { PeriodError } from './errors.js'

export const PERIOD_TYPES = ['month', 'quarter', 'semester', 'nine_months', 'year', 'mid_term', 'plan'] as const
export type PeriodType = (typeof PERIOD_TYPES)[number]
/** `start` and `end` are ISO dates (YYYY-MM-DD); `end` is inclusive. */
export type Period = { id: string; type: PeriodType; start: string; end: string }

export const MIN_YEAR = 1000
export const MAX_YEAR = 9999
/** A plan period (`2021-2025`) spans 2 to 20 calendar years. */
export const MIN_PLAN_YEARS = 2
export const MAX_PLAN_YEARS = 20

/** Internal: inclusive range of absolute month numbers. */
export type Span = { type: PeriodType; from: number; to: number }

/** Types that tile the calendar without gaps, with their size in months. */
export type GridType = 'month' | 'quarter' | 'semester' | 'year'
export const GRID_MONTHS: Record<GridType, number> = { month: 1, quarter: 3, semester: 6, year: 12 }
export function isGridType(type: PeriodType): type is GridType {
  return type === 'month' || type === 'quarter' || type === 'semester' || type === 'year'
}

/** Coarseness order used by parentOf / rollUpTargets. */
export const TYPE_RANK: Record<PeriodType, number> = {
  month: 0,
  quarter: 1,
  semester: 2,
  nine_months: 3,
  year: 4,
  mid_term: 5,
  plan: 6,
}

export const yearOf = (monthNumber: number): number => Math.floor(monthNumber / 12)
export const monthIndexOf = (monthNumber: number): number => ((monthNumber % 12) + 12) % 12
const pad = (n: number, width: number): string => String(n).padStart(width, '0')

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}
/** Days in a month, `month` 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export const startDateOf = (from: number): string => `${pad(yearOf(from), 4)}-${pad(monthIndexOf(from) + 1, 2)}-01`
export function endDateOf(to: number): string {
  const year = yearOf(to)
  const month = monthIndexOf(to) + 1
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(daysInMonth(year, month), 2)}`
}

const invalid = (id: string): PeriodError =>
  new PeriodError('invalid_format', `ລະຫັດໄລຍະເວລາບໍ່ຖືກຕ້ອງ: "${id}"`, `Invalid period id: "${id}"`, id)

function parseYear(text: string, id: string): number {
  const year = Number(text)
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new PeriodError(
      'year_out_of_range',
      `ປີຕ້ອງຢູ່ລະຫວ່າງ ${MIN_YEAR} ຫາ ${MAX_YEAR}: "${id}"`,
      `Year must be between ${MIN_YEAR} and ${MAX_YEAR}: "${id}"`,
      id,
    )
  }
  return year
}

/** Years of a multi-year range; checks order and length. */
function parseRange(startText: string, endText: string, id: string, midTerm: boolean): [number, number] {
  const start = parseYear(startText, id)
  const end = parseYear(endText, id)
  if (end < start || (!midTerm && end === start)) {
    throw new PeriodError(
      'reversed_range',
      `ປີເລີ່ມຕົ້ນຕ້ອງມາກ່ອນປີສິ້ນສຸດ: "${id}"`,
      `The start year must come before the end year: "${id}"`,
      id,
    )
  }
  const years = end - start + 1
  const [min, max] = midTerm ? [Math.ceil(MIN_PLAN_YEARS / 2), Math.ceil(MAX_PLAN_YEARS / 2)] : [MIN_PLAN_YEARS, MAX_PLAN_YEARS]
  if (years < min || years > max) {
    throw midTerm
      ? new PeriodError(
          'mid_term_length',
          `ໄລຍະກາງສະໄໝຕ້ອງມີ ${min} ຫາ ${max} ປີ: "${id}"`,
          `A mid-term period must span ${min} to ${max} years: "${id}"`,
          id,
        )
      : new PeriodError(
          'plan_length',
          `ໄລຍະແຜນຕ້ອງມີ ${min} ຫາ ${max} ປີ: "${id}"`,
          `A plan period must span ${min} to ${max} years: "${id}"`,
          id,
        )
  }
  return [start, end]
}

const outOfRange = (code: 'month_out_of_range' | 'quarter_out_of_range' | 'semester_out_of_range', id: string) => {
  const messages = {
    month_out_of_range: ['ເດືອນຕ້ອງຢູ່ລະຫວ່າງ 01 ຫາ 12', 'Month must be between 01 and 12'],
    quarter_out_of_range: ['ໄຕມາດຕ້ອງແມ່ນ 1 ຫາ 4', 'Quarter must be 1 to 4'],
    semester_out_of_range: ['6 ເດືອນຕ້ອງແມ່ນ S1 ຫຼື S2', 'Semester must be S1 or S2'],
  }[code]
  return new PeriodError(code, `${messages[0]}: "${id}"`, `${messages[1]}: "${id}"`, id)
}

/** Parses a canonical id into a month span; throws PeriodError. */
export function parseSpan(id: string): Span {
  if (typeof id !== 'string') throw invalid(String(id))
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})-(\d{4})(M?)$/.exec(id))) {
    const midTerm = m[3] === 'M'
    const [start, end] = parseRange(m[1], m[2], id, midTerm)
    return { type: midTerm ? 'mid_term' : 'plan', from: start * 12, to: end * 12 + 11 }
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(id))) {
    const year = parseYear(m[1], id)
    const month = Number(m[2])
    if (month < 1 || month > 12) throw outOfRange('month_out_of_range', id)
    return { type: 'month', from: year * 12 + month - 1, to: year * 12 + month - 1 }
  }
  if ((m = /^(\d{4})([QSN])(\d{1,2})$/.exec(id))) {
    const year = parseYear(m[1], id)
    const n = Number(m[3])
    if (m[2] === 'Q') {
      if (m[3].length !== 1 || n < 1 || n > 4) throw outOfRange('quarter_out_of_range', id)
      return { type: 'quarter', from: year * 12 + (n - 1) * 3, to: year * 12 + n * 3 - 1 }
    }
    if (m[2] === 'S') {
      if (m[3].length !== 1 || n < 1 || n > 2) throw outOfRange('semester_out_of_range', id)
      return { type: 'semester', from: year * 12 + (n - 1) * 6, to: year * 12 + n * 6 - 1 }
    }
    if (m[3] !== '9') {
      throw new PeriodError(
        'nine_months_suffix',
        `ໄລຍະ 9 ເດືອນມີພຽງ N9 (ມັງກອນ–ກັນຍາ): "${id}"`,
        `The only nine-month period is N9 (Jan–Sep): "${id}"`,
        id,
      )
    }
    return { type: 'nine_months', from: year * 12, to: year * 12 + 8 }
  }
  if ((m = /^(\d{4})$/.exec(id))) {
    const year = parseYear(m[1], id)
    return { type: 'year', from: year * 12, to: year * 12 + 11 }
  }
  throw invalid(id)
}

/** Canonical id of a well-formed span (callers guarantee alignment). */
export function spanToId(span: Span): string {
  const year = yearOf(span.from)
  const mi = monthIndexOf(span.from)
  switch (span.type) {
    case 'month':
      return `${pad(year, 4)}-${pad(mi + 1, 2)}`
    case 'quarter':
      return `${pad(year, 4)}Q${mi / 3 + 1}`
    case 'semester':
      return `${pad(year, 4)}S${mi / 6 + 1}`
    case 'nine_months':
      return `${pad(year, 4)}N9`
    case 'year':
      return pad(year, 4)
    case 'mid_term':
      return `${pad(year, 4)}-${pad(yearOf(span.to), 4)}M`
    case 'plan':
      return `${pad(year, 4)}-${pad(yearOf(span.to), 4)}`
  }
}

/** Throws if a computed span leaves the supported year range (e.g. the period after 9999-12). */
export function checkSpanYears(span: Span): Span {
  if (yearOf(span.from) < MIN_YEAR || yearOf(span.to) > MAX_YEAR) {
    throw new PeriodError(
      'year_out_of_range',
      `ປີຕ້ອງຢູ່ລະຫວ່າງ ${MIN_YEAR} ຫາ ${MAX_YEAR}`,
      `Year must be between ${MIN_YEAR} and ${MAX_YEAR}`,
    )
  }
  return span
}

export const spanContains = (outer: Span, inner: Span): boolean => outer.from <= inner.from && inner.to <= outer.to

export function toPeriod(span: Span): Period {
  return { id: spanToId(span), type: span.type, start: startDateOf(span.from), end: endDateOf(span.to) }
}

/** Parses a canonical period id (`2024-03`, `2024Q1`, `2024S1`, `2024N9`, `2024`, `2021-2023M`, `2021-2025`). */
export function parsePeriod(id: string): Period {
  return toPeriod(parseSpan(id))
}

export function isPeriodId(id: unknown): boolean {
  if (typeof id !== 'string') return false
  try {
    parseSpan(id)
    return true
  } catch {
    return false
  }
}

export const periodTypeOf = (id: string): PeriodType => parseSpan(id).type

/** Parses a strict ISO date (YYYY-MM-DD) into [year, month 1–12, day]. */
export function parseIsoDate(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0]
  if (!m || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new PeriodError('invalid_date', `ວັນທີບໍ່ຖືກຕ້ອງ: "${date}"`, `Invalid ISO date: "${date}"`, date)
  }
  return [y, mo, d]
}

/**
 * The canonical id for a period given by type and bounds (`id` is ignored). Throws if the bounds are not exactly
 * those of a period of that type (start on the 1st of its first month, end on the last day of its last month).
 */
export function formatPeriodId(p: Pick<Period, 'type' | 'start' | 'end'>): string {
  const [sy, sm, sd] = parseIsoDate(p.start)
  const [ey, em, ed] = parseIsoDate(p.end)
  const from = sy * 12 + sm - 1
  const to = ey * 12 + em - 1
  const size = to - from + 1
  const mi = monthIndexOf(from)
  const aligned =
    sd === 1 &&
    ed === daysInMonth(ey, em) &&
    (p.type === 'month'
      ? size === 1
      : p.type === 'quarter'
        ? size === 3 && mi % 3 === 0
        : p.type === 'semester'
          ? size === 6 && mi % 6 === 0
          : p.type === 'nine_months'
            ? size === 9 && mi === 0
            : p.type === 'year'
              ? size === 12 && mi === 0
              : (p.type === 'mid_term' || p.type === 'plan') && size >= 12 && size % 12 === 0 && mi === 0)
  if (!aligned) {
    const what = `${String(p.type)} ${p.start}..${p.end}`
    throw new PeriodError(
      'invalid_bounds',
      `ວັນເລີ່ມ ແລະ ວັນສິ້ນສຸດບໍ່ກົງກັບໄລຍະເວລາປະເພດນີ້: ${what}`,
      `Start and end do not match a period of this type: ${what}`,
      what,
    )
  }
  const id = spanToId({ type: p.type, from, to })
  parseSpan(id) // checks year bounds and plan / mid-term lengths
  return id
}
