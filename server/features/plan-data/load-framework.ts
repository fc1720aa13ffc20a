import type { Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PlanPackage } from './read-package.js'
import type { TargetInput } from './package-schema.js'
import { srcLine, srcText, upsertRows } from './upsert.js'

const unitOf = (u: TargetInput['unit']) => (typeof u === 'string' ? { lo: u, en: u } : { lo: u?.lo ?? null, en: u?.en ?? null })

export type FrameworkIds = { nodes: Map<string, number>; targets: Map<string, number> }

export async function loadFramework(trx: Transaction<DB>, planId: number, pkg: PlanPackage): Promise<FrameworkIds> {
  const nodes = pkg.framework.nodes ?? []
  const nodeIds = await upsertRows(trx, 'framework_nodes', nodes.map((n, i) => ({
    plan_id: planId,
    code: n.code,
    kind: n.kind,
    no: n.no ?? null,
    parent_id: null,
    path: n.code,
    sort_order: i,
    name_lo: (n.name ?? n.text)?.lo ?? null,
    name_en: (n.name ?? n.text)?.en ?? null,
    note: n.note ?? null,
    src: srcText(n.src),
    src_line: srcLine(n.src),
    missing_in_source: n.missing ?? false,
    title_missing: n.title_missing ?? n.missing_heading ?? false,
    garbled: n.garbled ?? (n.name ?? n.text)?.garbled ?? false,
    meta: JSON.stringify({ also_src: n.also_src, see: n.see, links: n.links, missing_heading: n.missing_heading }),
  })), ['plan_id', 'code'])

  const byCode = new Map(nodes.map((n) => [n.code, n]))
  const pathOf = (code: string): string => {
    const chain: string[] = []
    for (let c: string | null | undefined = code; c && chain.length < 20; c = byCode.get(c)?.parent) chain.unshift(c)
    return chain.join('/')
  }
  for (const n of nodes) {
    await trx.updateTable('framework_nodes')
      .set({ parent_id: n.parent ? nodeIds.get(n.parent)! : null, path: pathOf(n.code) })
      .where('id', '=', nodeIds.get(n.code)!)
      .execute()
  }

  const flat: { t: TargetInput; parent: string | null; top: TargetInput }[] = []
  const walk = (t: TargetInput, parent: string | null, top: TargetInput) => {
    flat.push({ t, parent, top })
    t.parts?.forEach((p) => walk(p, t.code, top))
  }
  for (const t of pkg.framework.targets ?? []) walk(t, null, t)
  const targetIds = await upsertRows(trx, 'targets', flat.map(({ t, top }, i) => {
    const u = unitOf(t.unit)
    const node = t.node ?? top.node ?? null
    return {
      plan_id: planId,
      node_id: node ? nodeIds.get(node)! : null,
      parent_target_id: null,
      code: t.code,
      scope: t.scope ?? top.scope ?? (node ? 'programme' : 'overall'),
      no: t.no ?? null,
      sort_order: i,
      kind: t.kind,
      text_lo: t.text?.lo ?? null,
      text_en: t.text?.en ?? null,
      target_value: t.value ?? null,
      unit_lo: u.lo,
      unit_en: u.en,
      target_year: t.year ?? null,
      per_year: t.per_year ?? false,
      comparator: t.comparator ?? 'at_least',
      baseline_value: t.baseline?.value ?? null,
      baseline_year: t.baseline?.year ?? null,
      note: t.note ?? null,
      src: srcText(t.src ?? top.src),
      src_line: srcLine(t.src ?? top.src),
      missing_in_source: t.missing ?? false,
      meta: JSON.stringify({ raw: t.raw, see: t.see, baseline_src: t.baseline?.src, outcome: t.outcome }),
    }
  }), ['plan_id', 'code'])
  for (const { t, parent } of flat) {
    if (parent) await trx.updateTable('targets').set({ parent_target_id: targetIds.get(parent)! }).where('id', '=', targetIds.get(t.code)!).execute()
  }
  return { nodes: nodeIds, targets: targetIds }
}
