import { sql, type Kysely } from 'kysely'
import { z } from 'zod'
import type { DB } from '../../platform/db/schema.js'
import { bi, findPlanId, num } from './find-plan.js'

const money = z.object({ currency: z.string(), count: z.number(), amount: z.number() })
export const overviewSchema = z.object({
  plan: z.object({ code: z.string(), name: z.object({ lo: z.string().nullable(), en: z.string().nullable() }), period: z.object({ start: z.number(), end: z.number() }) }),
  nodes: z.record(z.string(), z.object({ total: z.number(), missing: z.number() })),
  missing: z.array(z.object({ type: z.string(), code: z.string(), kind: z.string(), no: z.number().nullable(), src: z.string().nullable(), note: z.string().nullable() })),
  targets: z.object({ total: z.number(), byScope: z.record(z.string(), z.number()), byKind: z.record(z.string(), z.number()) }),
  projects: z.object({
    total: z.number(),
    byFunding: z.array(money.extend({ funding: z.string() })),
    byFocusPlan: z.array(money.extend({ focusPlan: z.string().nullable(), name: z.object({ lo: z.string().nullable(), en: z.string().nullable() }) })),
  }),
  indicators: z.number(),
  legislation: z.number(),
  statisticsSeries: z.number(),
  findings: z.object({ total: z.number(), bySeverity: z.record(z.string(), z.number()) }),
})
export type Overview = z.infer<typeof overviewSchema>

/** The plan at a glance: what it holds, what the document lost, and money kept apart by currency. */
export async function getOverview(db: Kysely<DB>, code: string): Promise<Overview> {
  const planId = await findPlanId(db, code)
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirstOrThrow()
  const nodeRows = await db.selectFrom('framework_nodes').select(['kind', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`count(*) filter (where missing_in_source)`.as('missing')])
    .where('plan_id', '=', planId).groupBy('kind').execute()
  const missingNodes = await db.selectFrom('framework_nodes').select(['code', 'kind', 'no', 'src', 'note']).where('plan_id', '=', planId).where('missing_in_source', '=', true).orderBy('sort_order').execute()
  const targetRows = await db.selectFrom('targets').select(['scope', 'kind', (eb) => eb.fn.countAll<number>().as('n')]).where('plan_id', '=', planId).where('parent_target_id', 'is', null).groupBy(['scope', 'kind']).execute()
  const byFunding = await db.selectFrom('projects').select(['funding_source', 'currency', (eb) => eb.fn.countAll<number>().as('n'), sql<string>`coalesce(sum(amount), 0)`.as('amount')])
    .where('plan_id', '=', planId).groupBy(['funding_source', 'currency']).orderBy('funding_source').orderBy('currency').execute()
  const byFocus = await db.selectFrom('projects').leftJoin('framework_nodes as fp', 'fp.id', 'projects.focus_plan_id')
    .select(['fp.code', 'fp.name_lo', 'fp.name_en', 'fp.sort_order', 'projects.currency', (eb) => eb.fn.countAll<number>().as('n'), sql<string>`coalesce(sum(projects.amount), 0)`.as('amount')])
    .where('projects.plan_id', '=', planId).groupBy(['fp.code', 'fp.name_lo', 'fp.name_en', 'fp.sort_order', 'projects.currency']).orderBy('fp.sort_order').execute()
  const count = async (table: 'indicators' | 'legal_instruments') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('plan_id', '=', planId).executeTakeFirstOrThrow()).n)
  const series = await db.selectFrom('stat_series').innerJoin('stat_tables', 'stat_tables.id', 'stat_series.table_id').select((eb) => eb.fn.countAll<number>().as('n')).where('stat_tables.plan_id', '=', planId).executeTakeFirstOrThrow()
  const findings = await db.selectFrom('findings').select(['severity', (eb) => eb.fn.countAll<number>().as('n')]).where('plan_id', '=', planId).groupBy('severity').execute()
  const missingTargets = await db.selectFrom('targets').select(['code', 'kind', 'no', 'src', 'note']).where('plan_id', '=', planId).where('missing_in_source', '=', true).execute()
  const garbled = await db.selectFrom('projects').select(['code', 'no', 'src', 'note']).where('plan_id', '=', planId).where('garbled', '=', true).orderBy('id').execute()

  const tally = (rows: { n: number }[], key: (r: any) => string) => rows.reduce<Record<string, number>>((acc, r) => ((acc[key(r)] = (acc[key(r)] ?? 0) + Number(r.n)), acc), {})
  return {
    plan: { code: plan.code, name: bi(plan.name_lo, plan.name_en), period: { start: plan.period_start, end: plan.period_end } },
    nodes: Object.fromEntries(nodeRows.map((r) => [r.kind, { total: Number(r.n), missing: Number(r.missing) }])),
    missing: [
      ...missingNodes.map((n) => ({ type: 'node', code: n.code, kind: n.kind, no: n.no, src: n.src, note: n.note })),
      ...missingTargets.map((t) => ({ type: 'target', code: t.code, kind: t.kind, no: t.no, src: t.src, note: t.note })),
      ...garbled.map((p) => ({ type: 'project', code: p.code, kind: 'garbled_name', no: p.no, src: p.src, note: p.note })),
    ],
    targets: { total: targetRows.reduce((a, r) => a + Number(r.n), 0), byScope: tally(targetRows, (r) => r.scope), byKind: tally(targetRows, (r) => r.kind) },
    projects: {
      total: byFunding.reduce((a, r) => a + Number(r.n), 0),
      byFunding: byFunding.map((r) => ({ funding: r.funding_source, currency: r.currency, count: Number(r.n), amount: num(r.amount)! })),
      byFocusPlan: byFocus.map((r) => ({ focusPlan: r.code, name: bi(r.name_lo, r.name_en), currency: r.currency, count: Number(r.n), amount: num(r.amount)! })),
    },
    indicators: await count('indicators'),
    legislation: await count('legal_instruments'),
    statisticsSeries: Number(series.n),
    findings: { total: findings.reduce((a, r) => a + Number(r.n), 0), bySeverity: tally(findings, (r) => r.severity) },
  }
}
