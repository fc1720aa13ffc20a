/**
 * Reporting periods (DHIS2-like ids): month `2024-03`, quarter `2024Q1`, semester `2024S1` (S1 Jan–Jun, S2 Jul–Dec),
 * nine months `2024N9` (Jan–Sep), year `2024`, mid-term `2021-2023M` and plan `2021-2025`. The Lao fiscal year is the
 * calendar year. Every period is a whole number of months; `start`/`end` are inclusive ISO dates.
 *
 * Rules chosen here:
 * - A plan period spans 2–20 years (`2021-2025`); its mid-term is its first ⌈n/2⌉ years (`2021-2025` → `2021-2023M`,
 *   `2021-2026` → `2021-2023M`, `2021-2022` → `2021-2021M`). A mid-term id alone does not name its plan, so mid-term
 *   and plan parents need the plan as context, and mid-terms have no next/previous.
 * - The next/previous plan is the adjacent one of the same length (`2021-2025` → `2026-2030`).
 * - Ids are canonical and case-sensitive (`2024Q1`, not `2024q1` or `2024-3`); years are 1000–9999.
 * - "Today" is the date in Laos (UTC+7, no daylight saving time).
 */
export { PeriodError, type PeriodErrorCode } from './periods/errors.js'
export {
  formatPeriodId,
  isPeriodId,
  MAX_PLAN_YEARS,
  MAX_YEAR,
  MIN_PLAN_YEARS,
  MIN_YEAR,
  parsePeriod,
  PERIOD_TYPES,
  periodTypeOf,
  type Period,
  type PeriodType,
} from './periods/core.js'
export { ENGLISH_MONTHS, LAO_MONTHS, periodLabel, type PeriodLang } from './periods/labels.js'
export { childrenOf, contains, midTermOf, parentOf, rollUpTargets, type PlanContext } from './periods/relations.js'
export {
  currentPeriod,
  deadlineOf,
  LAO_UTC_OFFSET_MINUTES,
  nextPeriod,
  periodsBetween,
  previousPeriod,
  samePeriodLastYear,
  type CalendarType,
} from './periods/navigation.js'
