import { sql, type RawBuilder } from 'kysely'
import { childrenOf, midTermOf, parsePeriod, rollUpTargets, type Period } from '../../../common/periods.js'

/**
 * Which reported periods count toward which summary periods: one row per (plan period, reported period, summary
 * period containing it), the reported period itself included. All period maths comes from common/periods.ts; SQL
 * only joins on these rows.
 */
export type PeriodMapRow = { planPeriod: string; period: Period; target: Period }

/** `2021-2025` for a plan running 2021–2025: the context that names its mid-term and plan periods. */
export const planPeriodId = (start: number, end: number): string => `${start}-${end}`

/** A reported period and every period it rolls up into (quarter, semester, Jan–Sep, year, mid-term, plan). */
export function rollUpRows(planPeriod: string, periodId: string): PeriodMapRow[] {
  const period = parsePeriod(periodId)
  const targets = [periodId, ...rollUpTargets(periodId, { plan: planPeriod })]
  return targets.map((t) => ({ planPeriod, period, target: parsePeriod(t) }))
}

/**
 * Every period inside `targetId` (itself included), each mapped to `targetId`: what counts toward it when reading a
 * unit's own values. `planPeriod` '*' matches reports of any plan.
 */
export function containedRows(planPeriod: string, targetId: string): PeriodMapRow[] {
  const target = parsePeriod(targetId)
  const inner = new Map<string, Period>([[targetId, target]])
  const first = Number(target.start.slice(0, 4))
  const last = Number(target.end.slice(0, 4))
  for (let year = first; year <= last; year++) {
    const ids = [`${year}`, `${year}N9`, ...childrenOf(`${year}`, 'semester'), ...childrenOf(`${year}`, 'quarter'), ...childrenOf(`${year}`, 'month')]
    for (const id of ids) {
      const p = parsePeriod(id)
      if (p.start >= target.start && p.end <= target.end) inner.set(id, p)
    }
  }
  if (target.type === 'plan') inner.set(midTermOf(targetId), parsePeriod(midTermOf(targetId)))
  return [...inner.values()].map((period) => ({ planPeriod, period, target }))
}

/** The rows as a SQL relation m(plan_period, period, period_start, period_end, target, target_start, target_end). */
export function periodMapRelation(rows: PeriodMapRow[]): RawBuilder<unknown> {
  const col = (f: (r: PeriodMapRow) => string) => rows.map(f)
  return sql`(select * from unnest(
      ${col((r) => r.planPeriod)}::text[], ${col((r) => r.period.id)}::text[], ${col((r) => r.period.start)}::date[], ${col((r) => r.period.end)}::date[],
      ${col((r) => r.target.id)}::text[], ${col((r) => r.target.start)}::date[], ${col((r) => r.target.end)}::date[])
    as m(plan_period, period, period_start, period_end, target, target_start, target_end))`
}
