import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { countStatuses } from '../analytics/progress/count-statuses.js'
import type { ProgressStatus } from '../analytics/progress/quantitative-progress.js'
import type { NodeRow } from './dashboard-context.js'

export type JudgedTarget = { nodePath: string | null; status: ProgressStatus | 'cancelled'; percent: number | null }
export type FrameworkNode = NodeRow & { meta: unknown }

const bi = (lo: string | null, en: string | null) => ({ lo, en })
const under = (path: string | null, root: string) => path !== null && (path === root || path.startsWith(`${root}/`))

function rollup(node: FrameworkNode, targets: JudgedTarget[]) {
  const percents = targets.map((t) => t.percent).filter((p): p is number => p !== null).map((p) => Math.min(100, Math.max(0, p)))
  return {
    code: node.code, kind: node.kind, no: node.no, name: bi(node.name_lo, node.name_en),
    counts: countStatuses(targets.map((t) => t.status)),
    meanPercent: percents.length ? Math.round((10 * percents.reduce((a, b) => a + b, 0)) / percents.length) / 10 : null,
  }
}

const linksOf = (meta: unknown): string[] =>
  ((meta as { links?: { to?: string }[] } | null)?.links ?? []).map((l) => l.to).filter((c): c is string => typeof c === 'string')

/**
 * Targets by status for each programme, focus plan and outcome. A focus plan holds its programmes' targets; an
 * outcome holds its own targets and those of the focus plans the plan links to it.
 */
export function rollupFramework(nodes: FrameworkNode[], targets: JudgedTarget[], focusPlan: NodeRow | null) {
  const focusPlans = nodes.filter((n) => n.kind === 'focus_plan' && (!focusPlan || n.id === focusPlan.id))
  const programmes = nodes.filter((n) => n.kind === 'programme')
  const linkedOutcomes = new Set(focusPlans.flatMap((f) => linksOf(f.meta)))
  const outcomes = nodes.filter((n) => n.kind === 'outcome' && (!focusPlan || linkedOutcomes.has(n.code)))

  return {
    outcomes: outcomes.map((o) => {
      const feeding = focusPlans.filter((f) => linksOf(f.meta).includes(o.code))
      return rollup(o, targets.filter((t) => under(t.nodePath, o.path) || feeding.some((f) => under(t.nodePath, f.path))))
    }),
    focusPlans: focusPlans.map((f) => ({
      ...rollup(f, targets.filter((t) => under(t.nodePath, f.path))),
      outcomes: linksOf(f.meta),
      programmes: programmes.filter((p) => under(p.path, f.path)).map((p) => rollup(p, targets.filter((t) => under(t.nodePath, p.path)))),
    })),
    plan: countStatuses((focusPlan ? targets.filter((t) => under(t.nodePath, focusPlan.path)) : targets).map((t) => t.status)),
  }
}

/** The plan's outcomes, focus plans and programmes in document order. */
export async function readFrameworkNodes(db: Kysely<DB>, planId: number): Promise<FrameworkNode[]> {
  return await db.selectFrom('framework_nodes').select(['id', 'code', 'kind', 'no', 'name_lo', 'name_en', 'path', 'meta'])
    .where('plan_id', '=', planId).where('kind', 'in', ['outcome', 'focus_plan', 'programme']).orderBy('sort_order').execute() as FrameworkNode[]
}

/** The focus plan a node lies in, if any. */
export function focusPlanOf(nodes: FrameworkNode[], nodePath: string | null): FrameworkNode | null {
  return nodePath === null ? null : nodes.find((n) => n.kind === 'focus_plan' && under(nodePath, n.path)) ?? null
}
