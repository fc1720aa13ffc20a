import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { notFound } from '../../platform/http/errors.js'
import { bi, findPlanId, num } from './find-plan.js'
import { presentTarget, type TargetRow } from './present-target.js'

export async function listTargets(db: Kysely<DB>, planCode: string, scope?: string) {
  const planId = await findPlanId(db, planCode)
  let q = db.selectFrom('targets').selectAll().where('plan_id', '=', planId)
  if (scope) q = q.where('scope', '=', scope)
  const rows = (await q.orderBy('sort_order').execute()) as TargetRow[]
  return rows.filter((t) => t.parent_target_id === null).map((t) => presentTarget(t, rows))
}

export async function getTarget(db: Kysely<DB>, planCode: string, code: string) {
  const planId = await findPlanId(db, planCode)
  const t = (await db.selectFrom('targets').selectAll().where('plan_id', '=', planId).where('code', '=', code).executeTakeFirst()) as TargetRow | undefined
  if (!t) throw notFound('target', code)
  const family = (await db.selectFrom('targets').selectAll().where('plan_id', '=', planId).where('parent_target_id', '=', t.id).orderBy('sort_order').execute()) as TargetRow[]
  const parent = t.parent_target_id ? await db.selectFrom('targets').select(['code', 'text_lo', 'text_en']).where('id', '=', t.parent_target_id).executeTakeFirst() : null
  const nodeId = (await db.selectFrom('targets').select('node_id').where('id', '=', t.id).executeTakeFirstOrThrow()).node_id
  const node = nodeId ? await db.selectFrom('framework_nodes').select(['code', 'kind', 'no', 'name_lo', 'name_en', 'path']).where('id', '=', nodeId).executeTakeFirst() : null
  const indicator = t.indicator_id ? await db.selectFrom('indicators').select(['code', 'name_lo', 'name_en', 'sdg_code']).where('id', '=', t.indicator_id).executeTakeFirst() : null
  const previous = await db.selectFrom('target_links').innerJoin('targets as pt', 'pt.id', 'target_links.from_target_id').innerJoin('plans', 'plans.id', 'pt.plan_id')
    .select(['plans.code as plan_code', 'pt.code', 'pt.text_lo', 'pt.text_en', 'pt.target_value', 'pt.unit_lo', 'pt.unit_en', 'pt.meta', 'pt.src'])
    .where('target_links.to_target_id', '=', t.id).execute()
  return {
    ...presentTarget(t, [t, ...family]),
    parent: parent ? { code: parent.code, text: bi(parent.text_lo, parent.text_en) } : null,
    node: node ? { code: node.code, kind: node.kind, no: node.no, name: bi(node.name_lo, node.name_en) } : null,
    indicator: indicator ? { code: indicator.code, name: bi(indicator.name_lo, indicator.name_en), sdg: indicator.sdg_code } : null,
    previousPlan: previous.map((p) => ({ plan: p.plan_code, code: p.code, text: bi(p.text_lo, p.text_en), value: num(p.target_value), unit: bi(p.unit_lo, p.unit_en), result: (p.meta as { result?: unknown }).result ?? null, src: p.src })),
  }
}
