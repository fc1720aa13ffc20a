import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { parseFormula, formulaElements, type FormulaNode } from '../analytics/formula/parse-formula.js'

export type ElementRef = { id: number; code: string; aggregation: string }
/** Where a figure comes from: one data element, or an indicator's formula over several. */
export type FigureSource = { kind: 'element'; element: ElementRef } | { kind: 'formula'; formula: string; tree: FormulaNode; elements: Map<string, ElementRef> }

/**
 * The source of each target's and indicator's actual value: the element made for the target (`DE-<target>`), else
 * the indicator's formula, else the indicator's element (`DE-<indicator>`). A formula that does not parse, or names an
 * element the plan lacks, gives no value (checkFormula says why).
 */
export async function resolveElementSources(db: Kysely<DB>, planId: number, targetIds: number[], indicatorIds: number[]) {
  const elements = await db.selectFrom('data_elements').select(['id', 'code', 'aggregation', 'target_id', 'indicator_id'])
    .where('plan_id', '=', planId)
    .where((eb) => eb.or([eb('target_id', 'in', targetIds.length ? targetIds : [0]), eb('indicator_id', 'in', indicatorIds.length ? indicatorIds : [0])]))
    .orderBy('id').execute()
  const indicators = indicatorIds.length
    ? await db.selectFrom('indicators').select(['id', 'formula']).where('id', 'in', indicatorIds).execute()
    : []
  const formulas = new Map<number, { formula: string; tree: FormulaNode }>()
  const codes = new Set<string>()
  for (const i of indicators) {
    if (!i.formula?.trim()) continue
    let tree: FormulaNode
    try {
      tree = parseFormula(i.formula)
    } catch {
      continue // a broken formula shows no value here; checkFormula reports it where formulas are edited
    }
    formulas.set(i.id, { formula: i.formula, tree })
    for (const c of formulaElements(tree)) codes.add(c)
  }
  const named = codes.size
    ? await db.selectFrom('data_elements').select(['id', 'code', 'aggregation', 'plan_id']).where('code', 'in', [...codes])
      .where((eb) => eb.or([eb('plan_id', '=', planId), eb('plan_id', 'is', null)])).execute()
    : []
  const byCode = new Map<string, ElementRef>()
  for (const e of named) if (!byCode.has(e.code) || e.plan_id !== null) byCode.set(e.code, { id: e.id, code: e.code, aggregation: e.aggregation })

  const indicatorSource = (indicatorId: number): FigureSource | null => {
    const f = formulas.get(indicatorId)
    if (f) return { kind: 'formula', ...f, elements: new Map(formulaElements(f.tree).flatMap((c) => (byCode.has(c) ? [[c, byCode.get(c)!] as const] : []))) }
    const e = elements.find((x) => x.indicator_id === indicatorId)
    return e ? { kind: 'element', element: { id: e.id, code: e.code, aggregation: e.aggregation } } : null
  }
  const targetSource = (targetId: number, indicatorId: number | null): FigureSource | null => {
    const e = elements.find((x) => x.target_id === targetId)
    if (e) return { kind: 'element', element: { id: e.id, code: e.code, aggregation: e.aggregation } }
    return indicatorId === null ? null : indicatorSource(indicatorId)
  }
  return { targetSource, indicatorSource }
}

/** Every element id a set of sources reads. */
export function elementIdsOf(sources: (FigureSource | null)[]): number[] {
  const ids = new Set<number>()
  for (const s of sources) {
    if (s?.kind === 'element') ids.add(s.element.id)
    else if (s) for (const e of s.elements.values()) ids.add(e.id)
  }
  return [...ids]
}
