import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { currentPeriod, parsePeriod, PeriodError, type Period } from '../../../common/periods.js'
import { AppError } from '../../platform/http/errors.js'
import { findPlanId } from '../plans/find-plan.js'
import { findOrgUnit } from '../orgunits/find-org-unit.js'
import { dataSetNotFound, periodNotStarted, periodOutsidePlan, wrongPeriodType } from './reporting-errors.js'

export type ReportKey = { plan: string; dataSet: string; unit: string; period: string }

export async function findDataSet(db: Kysely<DB>, planCode: string, code: string) {
  const planId = await findPlanId(db, planCode)
  const ds = await db.selectFrom('data_sets').selectAll().where('plan_id', '=', planId).where('code', '=', code).executeTakeFirst()
  if (!ds) throw dataSetNotFound(code)
  return ds
}

/** The plan, data set, unit and period a report is about, checked: the period fits the form and the plan. */
export async function findReportContext(db: Kysely<DB>, key: ReportKey, today = new Date()) {
  const dataSet = await findDataSet(db, key.plan, key.dataSet)
  const plan = await db.selectFrom('plans').select(['id', 'code', 'period_start', 'period_end']).where('id', '=', dataSet.plan_id).executeTakeFirstOrThrow()
  const unit = await findOrgUnit(db, key.unit)
  const period = parseReportPeriod(key.period)
  if (period.type !== dataSet.frequency) throw wrongPeriodType(key.period, dataSet.frequency)
  if (Number(period.end.slice(0, 4)) < plan.period_start || Number(period.start.slice(0, 4)) > plan.period_end) throw periodOutsidePlan(key.period)
  const now = currentPeriod('month', today)
  if (period.start > `${now}-01`) throw periodNotStarted(key.period)
  const report = await db.selectFrom('reports').selectAll()
    .where('data_set_id', '=', dataSet.id).where('org_unit_id', '=', unit.id).where('period', '=', period.id).executeTakeFirst()
  return { plan, dataSet, unit, period, report: report ?? null }
}

export type ReportContext = Awaited<ReturnType<typeof findReportContext>>

export function parseReportPeriod(id: string): Period {
  try {
    return parsePeriod(id)
  } catch (e) {
    if (e instanceof PeriodError) throw new AppError(422, 'invalid_period', e.en, e.lo)
    throw e
  }
}

