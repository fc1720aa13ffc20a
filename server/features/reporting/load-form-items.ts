import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

export type FormElement = {
  kind: 'element'; id: number; code: string; name: { lo: string; en: string | null }; unit: { lo: string | null; en: string | null }
  valueType: string; aggregation: string; decimals: number; min: number | null; max: number | null
  disaggregationId: number | null; src: string | null; groupNodeId: number | null
}
export type FormMilestone = { kind: 'milestone'; id: number; code: string; name: { lo: string | null; en: string | null }; src: string | null; groupNodeId: number | null }
export type FormProject = { kind: 'project'; id: number; code: string; name: { lo: string | null; en: string | null }; fundingSource: string; currency: string; src: string | null; groupNodeId: number | null }
export type FormItem = FormElement | FormMilestone | FormProject

export type Links = { nodePaths: string[]; targetIds: number[]; indicatorId: number | null; planUnitId: number | null }

export type DataSetItem = { item: FormItem; links: Links; sort: number }
export type UnitAssignments = { direct: Set<string>; nodePaths: string[] }

/**
 * The items of a data set that a unit answers for. A unit answers for an item assigned to it directly, or through
 * what the item belongs to: an assigned framework node covers everything beneath it, an assigned target covers its
 * element and parts, an assigned indicator its element; the plan document's own responsible unit counts for projects.
 */
export async function loadFormItems(db: Kysely<DB>, dataSetId: number, unitId: number): Promise<FormItem[]> {
  const items = await loadDataSetItems(db, dataSetId)
  const assigned = (await loadAssignments(db, [unitId])).get(unitId) ?? { direct: new Set<string>(), nodePaths: [] }
  return itemsForUnit(items, assigned, unitId)
}

export function itemsForUnit(items: DataSetItem[], a: UnitAssignments, unitId: number): FormItem[] {
  const underAssignedNode = (paths: string[]) => paths.some((p) => a.nodePaths.some((n) => p === n || p.startsWith(`${n}/`)))
  const typeOf = { element: 'data_element', milestone: 'target', project: 'project' } as const
  const answers = ({ item, links }: DataSetItem) =>
    a.direct.has(`${typeOf[item.kind]}:${item.id}`) ||
    links.targetIds.some((t) => a.direct.has(`target:${t}`)) ||
    (links.indicatorId !== null && a.direct.has(`indicator:${links.indicatorId}`)) ||
    links.planUnitId === unitId ||
    underAssignedNode(links.nodePaths)
  return items.filter(answers).map((i) => i.item)
}

/** What each of `unitIds` has been assigned (all units when `unitIds` is null). */
export async function loadAssignments(db: Kysely<DB>, unitIds: number[] | null): Promise<Map<number, UnitAssignments>> {
  let q = db.selectFrom('responsibilities as r').leftJoin('framework_nodes as n', (j) => j.onRef('n.id', '=', 'r.entity_id').on('r.entity_type', '=', 'framework_node'))
    .select(['r.org_unit_id', 'r.entity_type', 'r.entity_id', 'n.path'])
  if (unitIds) q = q.where('r.org_unit_id', 'in', unitIds.length ? unitIds : [0])
  const out = new Map<number, UnitAssignments>()
  for (const r of await q.execute()) {
    const a = out.get(r.org_unit_id) ?? { direct: new Set<string>(), nodePaths: [] }
    a.direct.add(`${r.entity_type}:${r.entity_id}`)
    if (r.path) a.nodePaths.push(r.path)
    out.set(r.org_unit_id, a)
  }
  return out
}

/** Every item of a data set with what links it to units, in form order. */
export async function loadDataSetItems(db: Kysely<DB>, dataSetId: number): Promise<DataSetItem[]> {
  const items: DataSetItem[] = []
  for (const r of await elementRows(db, dataSetId)) {
    const targetIds = r.target_ids ?? []
    items.push({
      sort: r.sort_order,
      links: { nodePaths: r.node_paths ?? [], targetIds, indicatorId: r.indicator_id, planUnitId: null },
      item: {
        kind: 'element', id: r.id, code: r.code, name: { lo: r.name_lo, en: r.name_en }, unit: { lo: r.unit_lo, en: r.unit_en },
        valueType: r.value_type, aggregation: r.aggregation, decimals: r.decimals, min: num(r.min_value), max: num(r.max_value),
        disaggregationId: r.disaggregation_id, src: r.src, groupNodeId: r.group_node_id,
      },
    })
  }
  for (const r of await milestoneRows(db, dataSetId)) {
    items.push({
      sort: 100_000 + r.sort_order,
      links: { nodePaths: r.node_path ? [r.node_path] : [], targetIds: r.parent_target_id ? [r.parent_target_id] : [], indicatorId: null, planUnitId: null },
      item: { kind: 'milestone', id: r.id, code: r.code, name: { lo: r.text_lo, en: r.text_en }, src: r.src, groupNodeId: r.node_id },
    })
  }
  for (const r of await projectRows(db, dataSetId)) {
    items.push({
      sort: 200_000 + r.sort_order,
      links: { nodePaths: [r.programme_path, r.focus_plan_path].filter((p): p is string => !!p), targetIds: [], indicatorId: null, planUnitId: r.responsible_org_unit_id },
      item: { kind: 'project', id: r.id, code: r.code, name: { lo: r.name_lo, en: r.name_en }, fundingSource: r.funding_source, currency: r.currency, src: r.src, groupNodeId: r.programme_id ?? r.focus_plan_id },
    })
  }
  return items.sort((a, b) => a.sort - b.sort)
}

const num = (v: string | null) => (v === null ? null : Number(v))

function elementRows(db: Kysely<DB>, dataSetId: number) {
  // An element reaches targets directly (target_id) or through its indicator (targets bound to it).
  return sql<{
    id: number; code: string; name_lo: string; name_en: string | null; unit_lo: string | null; unit_en: string | null; value_type: string; aggregation: string
    decimals: number; min_value: string | null; max_value: string | null; disaggregation_id: number | null; src: string | null; indicator_id: number | null
    sort_order: number; target_ids: number[] | null; node_paths: string[] | null; group_node_id: number | null
  }>`
    select de.id, de.code, de.name_lo, de.name_en, de.unit_lo, de.unit_en, de.value_type, de.aggregation, de.decimals, de.min_value, de.max_value,
      de.disaggregation_id, coalesce(de.src, i.src) as src, de.indicator_id, m.sort_order,
      array_remove(array_agg(distinct t.id), null) as target_ids,
      array_remove(array_agg(distinct coalesce(n.path, pn.path)), null) as node_paths,
      min(coalesce(t.node_id, pt.node_id)) as group_node_id
    from data_set_members m
    join data_elements de on de.id = m.entity_id
    left join indicators i on i.id = de.indicator_id
    left join targets t on t.id = de.target_id or (de.indicator_id is not null and t.indicator_id = de.indicator_id)
    left join targets pt on pt.id = t.parent_target_id
    left join framework_nodes n on n.id = t.node_id
    left join framework_nodes pn on pn.id = pt.node_id
    where m.data_set_id = ${dataSetId} and m.entity_type = 'data_element'
    group by de.id, i.src, m.sort_order`.execute(db).then((r) => r.rows)
}

function milestoneRows(db: Kysely<DB>, dataSetId: number) {
  return sql<{ id: number; code: string; text_lo: string | null; text_en: string | null; src: string | null; sort_order: number; parent_target_id: number | null; node_id: number | null; node_path: string | null }>`
    select t.id, t.code, t.text_lo, t.text_en, t.src, m.sort_order, t.parent_target_id, coalesce(t.node_id, pt.node_id) as node_id, n.path as node_path
    from data_set_members m
    join targets t on t.id = m.entity_id
    left join targets pt on pt.id = t.parent_target_id
    left join framework_nodes n on n.id = coalesce(t.node_id, pt.node_id)
    where m.data_set_id = ${dataSetId} and m.entity_type = 'target'`.execute(db).then((r) => r.rows)
}

function projectRows(db: Kysely<DB>, dataSetId: number) {
  return sql<{
    id: number; code: string; name_lo: string | null; name_en: string | null; funding_source: string; currency: string; src: string | null; sort_order: number
    responsible_org_unit_id: number | null; programme_id: number | null; focus_plan_id: number | null; programme_path: string | null; focus_plan_path: string | null
  }>`
    select p.id, p.code, p.name_lo, p.name_en, p.funding_source, p.currency, p.src, m.sort_order, p.responsible_org_unit_id, p.programme_id, p.focus_plan_id,
      pg.path as programme_path, fp.path as focus_plan_path
    from data_set_members m
    join projects p on p.id = m.entity_id
    left join framework_nodes pg on pg.id = p.programme_id
    left join framework_nodes fp on fp.id = p.focus_plan_id
    where m.data_set_id = ${dataSetId} and m.entity_type = 'project'`.execute(db).then((r) => r.rows)
}
