import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { inScope, scopeOf, type Principal, type Scope } from '../../platform/auth/policy.js'
import { notFound } from '../../platform/http/errors.js'
import { LAO_UTC_OFFSET_MINUTES, parsePeriod, PeriodError, type Period } from '../../../common/periods.js'
import { planPeriodId } from '../analytics/period-map.js'
import { invalidPeriod, notAFocusPlan, periodOutsidePlan, unitOutOfScope } from './dashboard-errors.js'

export type UnitRow = { id: number; code: string; path: string; name_lo: string; name_en: string | null }
export type NodeRow = { id: number; code: string; kind: string; no: number | null; name_lo: string | null; name_en: string | null; path: string }

/** Who is asking about what: the plan, the period, and the subtrees every figure must come from. */
export type DashboardContext = {
  plan: { id: number; code: string; name_lo: string; name_en: string | null; period_start: number; period_end: number; is_demo: boolean }
  planPeriod: string
  period: Period
  /** The day the trajectory is read at: the period's last day, or today if that is earlier. */
  asOf: string
  /** Disjoint subtree roots: the caller's scope, or the chosen unit. */
  roots: UnitRow[]
  scope: Scope
  scopeAll: boolean
  unit: UnitRow | null
  focusPlan: NodeRow | null
}

const unitColumns = ['id', 'code', 'path', 'name_lo', 'name_en'] as const

export async function resolveDashboardContext(db: Kysely<DB>, user: Principal, planCode: string, q: { period?: string; unit?: string; focusPlan?: string }, today = new Date()): Promise<DashboardContext> {
  const plan = await db.selectFrom('plans').select(['id', 'code', 'name_lo', 'name_en', 'period_start', 'period_end', 'is_demo']).where('code', '=', planCode).executeTakeFirst()
  if (!plan) throw notFound('plan', planCode)
  const planPeriod = planPeriodId(plan.period_start, plan.period_end)
  const period = parseOrThrow(q.period ?? planPeriod)
  if (Number(period.end.slice(0, 4)) < plan.period_start || Number(period.start.slice(0, 4)) > plan.period_end) throw periodOutsidePlan(period.id, plan.code)

  const granted = scopeOf(user, 'unit-data:read')
  let unit: UnitRow | null = null
  if (q.unit) {
    unit = (await db.selectFrom('org_units').select(unitColumns).where('code', '=', q.unit).executeTakeFirst()) ?? null
    if (!unit) throw notFound('org unit', q.unit)
    if (!inScope(granted, unit.path)) throw unitOutOfScope(q.unit)
  }
  const roots = unit ? [unit]
    : granted.all ? await db.selectFrom('org_units').select(unitColumns).where('parent_id', 'is', null).orderBy('id').execute()
      : granted.paths.length ? await db.selectFrom('org_units').select(unitColumns).where('path', 'in', granted.paths).orderBy('id').execute() : []
  const scope: Scope = unit ? { all: false, paths: [unit.path] } : granted

  let focusPlan: NodeRow | null = null
  if (q.focusPlan) {
    focusPlan = (await db.selectFrom('framework_nodes').select(['id', 'code', 'kind', 'no', 'name_lo', 'name_en', 'path'])
      .where('plan_id', '=', plan.id).where('code', '=', q.focusPlan).where('kind', '=', 'focus_plan').executeTakeFirst()) ?? null
    if (!focusPlan) throw notAFocusPlan(q.focusPlan)
  }
  const todayInLaos = new Date(today.getTime() + LAO_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10)
  return { plan, planPeriod, period, asOf: period.end < todayInLaos ? period.end : todayInLaos, roots, scope, scopeAll: !unit && granted.all, unit, focusPlan }
}

function parseOrThrow(id: string): Period {
  try {
    return parsePeriod(id)
  } catch (e) {
    if (e instanceof PeriodError) throw invalidPeriod(e)
    throw e
  }
}
