/** Moving between periods of one type, deadlines and the current period. */
import { PeriodError } from './errors.js'
import {
  checkSpanYears,
  endDateOf,
  GRID_MONTHS,
  isGridType,
  parseIsoDate,
  parseSpan,
  spanToId,
  type PeriodType,
  type Span,
} from './core.js'

/** Laos keeps Indochina Time (UTC+7) all year: "today" changes at midnight in Vientiane, not on the server's clock. */
export const LAO_UTC_OFFSET_MINUTES = 7 * 60

const notApplicable = (id: string, what: string, lo: string): PeriodError =>
  new PeriodError('not_applicable', `${lo}: "${id}"`, `${what}: "${id}"`, id)

/** Months between a period and the next one of the same type (plans step by their own length). */
function stepOf(span: Span, id: string): number {
  if (isGridType(span.type)) return GRID_MONTHS[span.type]
  if (span.type === 'nine_months') return 12
  if (span.type === 'plan') return span.to - span.from + 1
  throw notApplicable(
    id,
    'A mid-term period has no next/previous without its plan; use midTermOf(nextPeriod(plan))',
    'ໄລຍະກາງສະໄໝບໍ່ມີໄລຍະຕໍ່ໄປ/ກ່ອນໜ້າ ຖ້າບໍ່ຮູ້ແຜນ',
  )
}

const shifted = (span: Span, months: number): Span =>
  checkSpanYears({ type: span.type, from: span.from + months, to: span.to + months })

/** The following period of the same type (`2024-12` → `2025-01`, `2024N9` → `2025N9`, `2021-2025` → `2026-2030`). */
export function nextPeriod(id: string): string {
  const span = parseSpan(id)
  return spanToId(shifted(span, stepOf(span, id)))
}

/** The preceding period of the same type — the "previous period" comparison of data entry. */
export function previousPeriod(id: string): string {
  const span = parseSpan(id)
  return spanToId(shifted(span, -stepOf(span, id)))
}

/** The same period one year earlier (`2024-03` → `2023-03`, `2024S2` → `2023S2`); not defined for multi-year periods. */
export function samePeriodLastYear(id: string): string {
  const span = parseSpan(id)
  if (span.type === 'plan' || span.type === 'mid_term') {
    throw notApplicable(id, 'A multi-year period has no "same period last year"', 'ໄລຍະຫຼາຍປີບໍ່ມີ "ໄລຍະດຽວກັນຂອງປີກາຍ"')
  }
  return spanToId(shifted(span, -12))
}

/**
 * All periods of `type` from `fromId` to `toId`, both included, in order. Throws PeriodError when an id is not of
 * `type`, when `toId` comes before `fromId`, for mid-terms, and for plans of different lengths or not a whole number
 * of plans apart.
 */
export function periodsBetween(type: PeriodType, fromId: string, toId: string): string[] {
  const first = parseSpan(fromId)
  const last = parseSpan(toId)
  for (const [span, id] of [
    [first, fromId],
    [last, toId],
  ] as const) {
    if (span.type !== type) {
      throw new PeriodError(
        'type_mismatch',
        `"${id}" ບໍ່ແມ່ນໄລຍະປະເພດ ${type}`,
        `"${id}" is not a period of type ${type}`,
        id,
      )
    }
  }
  const step = stepOf(first, fromId)
  if (last.from < first.from) {
    throw new PeriodError(
      'reversed_range',
      `"${fromId}" ຕ້ອງມາກ່ອນ "${toId}"`,
      `"${fromId}" must not come after "${toId}"`,
      `${fromId}..${toId}`,
    )
  }
  if (last.to - last.from !== first.to - first.from || (last.from - first.from) % step !== 0) {
    throw new PeriodError(
      'invalid_bounds',
      `ໄລຍະແຜນ "${fromId}" ແລະ "${toId}" ບໍ່ຕໍ່ກັນເປັນລຳດັບ`,
      `Plan periods "${fromId}" and "${toId}" are not in one sequence of equal plans`,
      `${fromId}..${toId}`,
    )
  }
  const ids: string[] = []
  for (let from = first.from; from <= last.from; from += step) {
    ids.push(spanToId({ type, from, to: from + (first.to - first.from) }))
  }
  return ids
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function isoFromDayNumber(days: number): string {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/**
 * Due date of the report for `id`: `daysAfterEnd` days after the period's last day, i.e. the day after the end plus
 * daysAfterEnd − 1 (March 2024 with 10 → 2024-04-10). `daysAfterEnd` is a whole number ≥ 0 (0 = the last day itself).
 */
export function deadlineOf(id: string, rule: { daysAfterEnd: number }): string {
  const end = endDateOf(parseSpan(id).to)
  if (!Number.isSafeInteger(rule.daysAfterEnd) || rule.daysAfterEnd < 0) {
    throw new PeriodError(
      'invalid_deadline_rule',
      `ຈຳນວນມື້ຫຼັງສິ້ນສຸດໄລຍະຕ້ອງເປັນຈຳນວນເຕັມ ≥ 0: ${rule.daysAfterEnd}`,
      `daysAfterEnd must be a whole number ≥ 0: ${rule.daysAfterEnd}`,
      String(rule.daysAfterEnd),
    )
  }
  const [y, m, d] = parseIsoDate(end)
  return isoFromDayNumber(dayNumber(y, m, d) + rule.daysAfterEnd)
}

/** Calendar types that always have a current period. */
export type CalendarType = 'month' | 'quarter' | 'semester' | 'year'

/**
 * The period of `type` containing `today`, where today's date is taken in Laos (UTC+7) whatever the server's time zone.
 * For `nine_months` it is null from October to December. Mid-term and plan periods are not determined by the
 * calendar and are rejected (PeriodError `not_applicable`).
 */
export function currentPeriod(type: CalendarType, today: Date): string
export function currentPeriod(type: 'nine_months', today: Date): string | null
export function currentPeriod(type: PeriodType, today: Date): string | null
export function currentPeriod(type: PeriodType, today: Date): string | null {
  const time = today instanceof Date ? today.getTime() : Number.NaN
  if (Number.isNaN(time)) {
    throw new PeriodError('invalid_date', 'ວັນທີບໍ່ຖືກຕ້ອງ', 'Invalid date', String(today))
  }
  const lao = new Date(time + LAO_UTC_OFFSET_MINUTES * 60_000)
  const month = lao.getUTCFullYear() * 12 + lao.getUTCMonth()
  if (type === 'nine_months') {
    const from = Math.floor(month / 12) * 12
    return month - from <= 8 ? spanToId(checkSpanYears({ type, from, to: from + 8 })) : null
  }
  if (!isGridType(type)) {
    throw notApplicable(type, 'Mid-term and plan periods are not determined by the date', 'ໄລຍະກາງສະໄໝ ແລະ ແຜນບໍ່ໄດ້ກຳນົດຕາມວັນທີ')
  }
  const size = GRID_MONTHS[type]
  const from = Math.floor(month / size) * size
  return spanToId(checkSpanYears({ type, from, to: from + size - 1 }))
}
