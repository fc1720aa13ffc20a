// Approved reports for the dashboard's browser test and screenshots: every province reports the plan's indicators
// (and the overall targets without one) for some years, each province at its own pace, so the targets, trends and
// map show a spread of statuses and values. Deterministic: the same data on every run.
import type { Kysely } from 'kysely'
import type { DB } from '../server/platform/db/schema.js'
import { approvedTestReport, approveTestReport, createTestReport, planIdOf, type TestValue } from '../server/test-support/approved-reports.js'

type Element = { code: string; aggregation: string; from: number; to: number }

/** What each reported element runs from (the last value before the plan, or the baseline) and towards (the target). */
async function reportableElements(db: Kysely<DB>, planId: number, planStart: number): Promise<Element[]> {
  const rows = await db.selectFrom('data_elements as e')
    .leftJoin('indicators as i', 'i.id', 'e.indicator_id')
    .leftJoin('targets as t', 't.id', 'e.target_id')
    .select(['e.code', 'e.aggregation', 'e.indicator_id', 'i.meta as indicatorMeta', 't.scope', 't.target_value', 't.baseline_value'])
    .where('e.plan_id', '=', planId)
    .where((eb) => eb.or([eb('e.indicator_id', 'is not', null), eb('t.scope', '=', 'overall')]))
    .orderBy('e.code').execute()
  const history = await db.selectFrom('indicator_values').select(['indicator_id', 'period', 'value']).orderBy('period').execute()
  const out: Element[] = []
  for (const r of rows) {
    let from: number | null = null
    let to: number | null = null
    if (r.indicator_id !== null) {
      const before = history.filter((h) => h.indicator_id === r.indicator_id && Number(h.period.slice(0, 4)) < planStart && h.value !== null)
      from = before.length ? Number(before.at(-1)!.value) : null
      to = (r.indicatorMeta as { target_2025?: { value?: number | null } } | null)?.target_2025?.value ?? null
    } else {
      to = r.target_value === null ? null : Number(r.target_value)
      from = r.baseline_value === null ? 0 : Number(r.baseline_value)
    }
    if (to === null) continue
    out.push({ code: r.code, aggregation: r.aggregation, from: from ?? to * 0.4, to })
  }
  return out
}

/** Each province's pace: from well behind to a little ahead of the straight line to the target. */
const PACE = [1.1, 0.95, 0.8, 0.6, 1.0, 0.45, 0.9, 0.7, 1.05, 0.55, 0.85, 0.75, 0.65, 1.15, 0.5, 0.9, 0.7, 0.35]

export async function seedDashboardData(db: Kysely<DB>, opts: { plan: string; years: number[]; approvedAt?: Date; skipProvinces?: number }): Promise<{ reports: number; provinces: string[] }> {
  const planId = await planIdOf(db, opts.plan)
  const plan = await db.selectFrom('plans').select(['period_start', 'period_end']).where('id', '=', planId).executeTakeFirstOrThrow()
  const elements = await reportableElements(db, planId, plan.period_start)
  const all = (await db.selectFrom('org_units').select(['code', 'iso_code']).where('kind', '=', 'province').where('iso_code', 'is not', null).orderBy('iso_code').execute())
    .filter((p) => /^LA-[A-Z]{2}$/.test(p.iso_code!))
  // Some provinces can be left out, so the map shows "no data" and the calendar shows who has not reported.
  const provinces = all.slice(0, Math.max(1, all.length - (opts.skipProvinces ?? 0)))
  const span = plan.period_end - plan.period_start + 1
  let reports = 0
  for (const [k, province] of provinces.entries()) {
    const pace = PACE[k % PACE.length]
    for (const year of opts.years) {
      const share = Math.min(1.2, ((year - plan.period_start + 1) / span) * pace)
      const values: TestValue[] = elements.map((e) => {
        const national = e.from + (e.to - e.from) * share
        const raw = e.aggregation === 'average' ? Math.min(100, national) : national / all.length
        return { element: e.code, value: Math.abs(raw) >= 100 ? Math.round(raw) : Math.round(raw * 10) / 10 }
      })
      if (!values.length) continue
      const at = opts.approvedAt ?? new Date(Date.UTC(year + 1, 0, 20 + (k % 8), 3))
      await approvedTestReport(db, { plan: opts.plan, unit: province.code, period: String(year), values, dataSet: 'ANNUAL', at })
      reports++
    }
  }
  await db.updateTable('reports').set((eb) => ({ submitted_at: eb.ref('approved_at') })).where('submitted_at', 'is', null).where('approved_at', 'is not', null).execute()
  return { reports, provinces: provinces.map((p) => p.code) }
}

/** Makes every province answer for a focus plan, so the reporting calendar expects a report from each. */
export async function assignProvinces(db: Kysely<DB>, plan: string, focusPlan: string): Promise<void> {
  const planId = await planIdOf(db, plan)
  const node = await db.selectFrom('framework_nodes').select('id').where('plan_id', '=', planId).where('code', '=', focusPlan).executeTakeFirstOrThrow()
  const provinces = await db.selectFrom('org_units').select('id').where('kind', '=', 'province').where('iso_code', 'is not', null).execute()
  for (const p of provinces) await db.insertInto('responsibilities').values({ org_unit_id: p.id, entity_type: 'framework_node', entity_id: node.id, role: 'lead' }).execute()
}

const MILESTONES = [
  { status: 'completed', percent: 100 }, { status: 'on_track', percent: 70 }, { status: 'delayed', percent: 35 },
  { status: 'on_track', percent: 85 }, { status: 'not_started', percent: 0 }, { status: 'delayed', percent: 50 },
]

/**
 * The plan owner's approved progress report for `period`: every milestone target at a varied status and % complete,
 * and every project with physical progress and a disbursement (the plan's cost spread over its years as planned).
 */
export async function seedProgress(db: Kysely<DB>, opts: { plan: string; period: string; at?: Date }): Promise<number> {
  const planId = await planIdOf(db, opts.plan)
  const owner = await db.selectFrom('plans as p').innerJoin('org_units as u', 'u.id', 'p.owner_org_unit_id').select('u.code').where('p.id', '=', planId).executeTakeFirstOrThrow()
  const reportId = await createTestReport(db, { plan: opts.plan, unit: owner.code, period: opts.period, values: [], dataSet: 'ANNUAL' })
  const milestones = await db.selectFrom('targets').select('id').where('plan_id', '=', planId).where('kind', '=', 'milestone').where('missing_in_source', '=', false).orderBy('sort_order').execute()
  for (const [k, m] of milestones.entries()) {
    const p = MILESTONES[k % MILESTONES.length]
    await db.insertInto('milestone_progress').values({ report_id: reportId, target_id: m.id, status: p.status, percent_complete: p.percent }).execute()
  }
  const projects = await db.selectFrom('projects').select(['id', 'start_year', 'end_year', 'amount', 'funding_source']).where('plan_id', '=', planId).orderBy('id').execute()
  const year = Number(opts.period.slice(0, 4))
  for (const [k, p] of projects.entries()) {
    if (p.amount === null || p.start_year === null) continue
    const end = p.end_year ?? p.start_year
    const perYear = Number(p.amount) / (end - p.start_year + 1)
    for (let y = p.start_year; y <= end; y++) {
      await db.insertInto('project_years').values({ project_id: p.id, year: y, planned: perYear }).onConflict((oc) => oc.columns(['project_id', 'year']).doNothing()).execute()
    }
    if (year < p.start_year || year > end) continue
    const pace = PACE[k % PACE.length]
    await db.insertInto('project_progress').values({
      report_id: reportId, project_id: p.id, physical_percent: Math.min(100, Math.round(60 * pace)),
      disbursements: JSON.stringify({ [p.funding_source]: Math.round(perYear * Math.min(1.1, pace)) }) as never,
    }).execute()
  }
  await approveTestReport(db, reportId, 'approved', opts.at ?? new Date(Date.UTC(year + 1, 1, 10, 3)))
  await db.updateTable('reports').set({ submitted_at: opts.at ?? new Date(Date.UTC(year + 1, 1, 10, 3)) }).where('id', '=', reportId).execute()
  return reportId
}
