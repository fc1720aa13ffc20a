import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

export type PlanTarget = {
  id: number; code: string; scope: string; no: number | null; kind: string; text_lo: string | null; text_en: string | null
  target_value: string | null; unit_lo: string | null; unit_en: string | null; target_year: number | null; per_year: boolean
  comparator: string; baseline_value: string | null; baseline_year: number | null; indicator_id: number | null
  milestone_status: string | null; percent_complete: string | null; sort_order: number
  node: { id: number; code: string; kind: string; no: number | null; name_lo: string | null; name_en: string | null; path: string } | null
}

/** The plan's targets (parts left out: they are figures inside a target), with the node each belongs to. */
export async function readPlanTargets(db: Kysely<DB>, planId: number): Promise<PlanTarget[]> {
  const rows = await db.selectFrom('targets as t').leftJoin('framework_nodes as n', 'n.id', 't.node_id')
    .select([
      't.id', 't.code', 't.scope', 't.no', 't.kind', 't.text_lo', 't.text_en', 't.target_value', 't.unit_lo', 't.unit_en', 't.target_year',
      't.per_year', 't.comparator', 't.baseline_value', 't.baseline_year', 't.indicator_id', 't.milestone_status', 't.percent_complete', 't.sort_order',
      'n.id as node_id', 'n.code as node_code', 'n.kind as node_kind', 'n.no as node_no', 'n.name_lo as node_name_lo', 'n.name_en as node_name_en', 'n.path as node_path',
    ])
    .where('t.plan_id', '=', planId).where('t.parent_target_id', 'is', null)
    .orderBy('t.sort_order').orderBy('t.id')
    .execute()
  return rows.map(({ node_id, node_code, node_kind, node_no, node_name_lo, node_name_en, node_path, ...t }) => ({
    ...t,
    node: node_id === null ? null : { id: node_id, code: node_code!, kind: node_kind!, no: node_no, name_lo: node_name_lo, name_en: node_name_en, path: node_path! },
  }))
}
