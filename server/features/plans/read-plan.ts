import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { notFound } from '../../platform/http/errors.js'
import { bi, findPlanId } from './find-plan.js'

export async function listPlans(db: Kysely<DB>) {
  const rows = await db.selectFrom('plans').selectAll().orderBy('role').orderBy('period_start', 'desc').execute()
  return rows.map((p) => ({ code: p.code, name: bi(p.name_lo, p.name_en), period: { start: p.period_start, end: p.period_end }, role: p.role, isDemo: p.is_demo }))
}

export async function getPlan(db: Kysely<DB>, code: string) {
  const p = await db.selectFrom('plans').selectAll().where('code', '=', code).executeTakeFirst()
  if (!p) throw notFound('plan', code)
  const previous = await db.selectFrom('plans').select(['code', 'name_lo', 'name_en', 'period_start', 'period_end']).where('role', '=', 'previous').where(sql<string>`meta->>'successor'`, '=', code).execute()
  return { code: p.code, name: bi(p.name_lo, p.name_en), period: { start: p.period_start, end: p.period_end }, role: p.role, isDemo: p.is_demo, src: p.src, meta: p.meta, previous: previous.map((x) => ({ code: x.code, name: bi(x.name_lo, x.name_en), period: { start: x.period_start, end: x.period_end } })) }
}

/** The framework as a flat list in document order; the client builds the tree from parentCode. */
export async function getTree(db: Kysely<DB>, code: string) {
  const planId = await findPlanId(db, code)
  const nodes = await db.selectFrom('framework_nodes as n').leftJoin('framework_nodes as p', 'p.id', 'n.parent_id')
    .select(['n.code', 'n.kind', 'n.no', 'n.name_lo', 'n.name_en', 'n.src', 'n.missing_in_source', 'n.title_missing', 'n.garbled', 'p.code as parent_code',
      (eb) => eb.selectFrom('targets').select((e) => e.fn.countAll<number>().as('c')).whereRef('targets.node_id', '=', 'n.id').where('targets.parent_target_id', 'is', null).as('target_count')])
    .where('n.plan_id', '=', planId).orderBy('n.sort_order').execute()
  return nodes.map((n) => ({
    code: n.code, kind: n.kind, no: n.no, parentCode: n.parent_code, name: bi(n.name_lo, n.name_en), src: n.src,
    missing: n.missing_in_source, titleMissing: n.title_missing, garbled: n.garbled, targetCount: Number(n.target_count ?? 0),
  }))
}

export async function getSourceLines(db: Kysely<DB>, code: string, from: number, to: number) {
  const planId = await findPlanId(db, code)
  const rows = await db.selectFrom('plan_source_lines').select(['line', 'text']).where('plan_id', '=', planId).where('line', '>=', from).where('line', '<=', to).orderBy('line').execute()
  const plan = await db.selectFrom('plans').select('meta').where('id', '=', planId).executeTakeFirstOrThrow()
  return { plan: code, document: (plan.meta as { document?: unknown }).document ?? null, lines: rows }
}
