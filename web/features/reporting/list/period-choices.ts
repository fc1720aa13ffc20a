import { currentPeriod, deadlineOf, periodsBetween, type CalendarType } from '../../../../common/periods'

const CALENDAR: readonly string[] = ['month', 'quarter', 'semester', 'year']
/** Today's date in Laos (UTC+7) as YYYY-MM-DD, as deadlines are counted. */
export const laoToday = (now = new Date()) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10)

/**
 * The periods a form can be reported for: from the plan's first period to the current one (or the plan's last, once
 * the plan is over), newest first. Forms of other frequencies (mid-term, whole plan) have no calendar here.
 */
export function periodChoices(frequency: string, plan: { start: number; end: number }, now = new Date()): string[] {
  if (!CALENDAR.includes(frequency)) return []
  const type = frequency as CalendarType
  const first = currentPeriod(type, new Date(Date.UTC(plan.start, 0, 1)))
  const planLast = currentPeriod(type, new Date(Date.UTC(plan.end, 11, 31)))
  const today = currentPeriod(type, now)
  if (today < first) return []
  const last = today < planLast ? today : planLast
  return periodsBetween(type, first, last).reverse()
}

/** The period to follow up by default: the latest whose deadline has passed (else the earliest there is). */
export function defaultFollowUpPeriod(choices: string[], deadlineDays: number, now = new Date()): string | undefined {
  const today = laoToday(now)
  return choices.find((p) => deadlineOf(p, { daysAfterEnd: deadlineDays }) < today) ?? choices.at(-1)
}

/** The periods a reporter should be working on: the current one and the one just due (if its deadline is near or past). */
export function currentPeriods(choices: string[]): string[] {
  return choices.slice(0, 2)
}
