import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { scopeOf, type Principal } from '../../platform/auth/policy.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'
import { deadlineOf, periodLabel } from '../../../common/periods.js'
import { findOrgUnit } from '../orgunits/find-org-unit.js'
import type { z } from 'zod'
import type { listReportsQuery } from './reporting.schemas.js'

/** Reports the caller may see (their scope), newest period first, with status and deadline. */
export async function listReports(db: Kysely<DB>, user: Principal, q: z.infer<typeof listReportsQuery>) {
  let query = db.selectFrom('reports as r').innerJoin('data_sets as d', 'd.id', 'r.data_set_id').innerJoin('plans as p', 'p.id', 'd.plan_id').innerJoin('org_units as u', 'u.id', 'r.org_unit_id')
    .where(pathInScope('u.path', scopeOf(user, 'unit-data:read')))
  if (q.plan) query = query.where('p.code', '=', q.plan)
  if (q.dataSet) query = query.where('d.code', '=', q.dataSet)
  if (q.period) query = query.where('r.period', '=', q.period)
  if (q.status) query = query.where('r.status', '=', q.status)
  if (q.unit) {
    const unit = await findOrgUnit(db, q.unit)
    query = query.where((eb) => eb.or([eb('u.path', '=', unit.path), eb('u.path', 'like', `${unit.path}/%`)]))
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const rows = await query.select(['r.id', 'r.period', 'r.status', 'r.version', 'r.review_level', 'r.updated_at', 'r.submitted_at', 'r.approved_at', 'r.is_demo',
    'p.code as plan', 'd.code as data_set', 'd.name_lo as ds_lo', 'd.name_en as ds_en', 'd.deadline_days', 'u.code as unit', 'u.name_lo as unit_lo', 'u.name_en as unit_en'])
    .orderBy('r.period_start', 'desc').orderBy('u.code').orderBy('r.id').limit(q.limit).offset(q.offset).execute()
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      id: r.id, plan: r.plan, dataSet: { code: r.data_set, name: { lo: r.ds_lo, en: r.ds_en } }, unit: { code: r.unit, name: { lo: r.unit_lo, en: r.unit_en } },
      period: { id: r.period, label: { lo: periodLabel(r.period, 'lo'), en: periodLabel(r.period, 'en') } }, status: r.status, version: r.version, reviewLevel: r.review_level,
      deadline: deadlineOf(r.period, { daysAfterEnd: r.deadline_days }), updatedAt: r.updated_at.toISOString(),
      submittedAt: r.submitted_at?.toISOString() ?? null, approvedAt: r.approved_at?.toISOString() ?? null, isDemo: r.is_demo,
    })),
  }
}
