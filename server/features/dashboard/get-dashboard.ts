import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Principal } from '../../platform/auth/policy.js'
import { periodLabel } from '../../../common/periods.js'
import { computeCompleteness } from '../reporting/compute-completeness.js'
import { readMeasures, combineRoots } from '../analytics/read-measures.js'
import { windowParts } from '../analytics/progress-window.js'
import { countStatuses } from '../analytics/progress/count-statuses.js'
import type { ProgressThresholds } from '../analytics/progress/progress-thresholds.js'
import type { Dashboard, DashboardQuery } from './dashboard.schemas.js'
import { resolveDashboardContext } from './dashboard-context.js'
import { readPlanTargets } from './read-plan-targets.js'
import { elementIdsOf, resolveElementSources } from './resolve-element-sources.js'
import { readPlanIndicators, readIndicatorTrends } from './read-indicator-trends.js'
import { readLatestMilestones } from './read-latest-milestones.js'
import { buildTargetProgress } from './build-target-progress.js'
import { figureOfSource } from './figure-of-source.js'
import { focusPlanOf, readFrameworkNodes, rollupFramework } from './rollup-framework.js'
import { resolveMapSubject } from './resolve-map-subject.js'
import { readProvinceMap } from './read-province-map.js'
import { readBudgetExecution } from './read-budget-execution.js'
import { readFreshness } from './read-freshness.js'

const bi = (lo: string | null, en: string | null) => ({ lo, en })

/** The minister's dashboard: every figure from approved reports of units in the caller's scope (see the schema). */
export async function getDashboard(db: Kysely<DB>, user: Principal, planCode: string, query: DashboardQuery, opts: { thresholds: ProgressThresholds; today?: Date }): Promise<Dashboard> {
  const ctx = await resolveDashboardContext(db, user, planCode, query, opts.today)
  const { plan } = ctx
  const [targets, indicators, nodes] = await Promise.all([readPlanTargets(db, plan.id), readPlanIndicators(db, plan.id), readFrameworkNodes(db, plan.id)])
  const { targetSource, indicatorSource } = await resolveElementSources(db, plan.id, targets.map((t) => t.id), indicators.map((i) => i.id))
  const underFocus = (path: string | null | undefined) => !ctx.focusPlan || (!!path && (path === ctx.focusPlan.path || path.startsWith(`${ctx.focusPlan.path}/`)))
  const shownIndicators = indicators.filter((i) => !ctx.focusPlan || targets.some((t) => t.indicator_id === i.id && underFocus(t.node?.path)))
  const mapSubject = await resolveMapSubject(db, plan.id, query.indicator, indicators, indicatorSource)

  const parts = windowParts(plan.period_start, ctx.period.end)
  const lastYear = Math.min(plan.period_end, Number(ctx.period.end.slice(0, 4)))
  const years = Array.from({ length: Math.max(0, lastYear - plan.period_start + 1) }, (_, k) => String(plan.period_start + k))
  const targetSources = new Map(targets.map((t) => [t.id, targetSource(t.id, t.indicator_id)]))
  const indicatorSources = new Map(shownIndicators.map((i) => [i.id, indicatorSource(i.id)]))
  const rootIds = ctx.roots.map((r) => r.id)
  const measures = await readMeasures(db, {
    elementIds: elementIdsOf([...targetSources.values(), ...indicatorSources.values()]),
    unitIds: rootIds,
    periods: [...new Set([...parts.map((p) => p.id), ...years])],
  })
  const measure = (elementId: number, periodId: string) => combineRoots(measures, elementId, rootIds, periodId)
  const milestones = await readLatestMilestones(db, targets.filter((t) => t.kind === 'milestone').map((t) => t.id), ctx.scope, ctx.period.end)

  const directions = new Map(indicators.map((i) => [i.id, i.direction]))
  const judged = targets.map((t) => {
    const source = targetSources.get(t.id) ?? null
    const result = buildTargetProgress(t, {
      plan: { start: plan.period_start, end: plan.period_end }, asOf: ctx.asOf, thresholds: opts.thresholds, source,
      actual: t.kind === 'quantitative' ? figureOfSource(source, parts, measure, t.per_year) : null,
      indicatorDirection: t.indicator_id === null ? null : directions.get(t.indicator_id) ?? null,
      reported: milestones.get(t.id), focusPlanCode: focusPlanOf(nodes, t.node?.path ?? null)?.code ?? null,
    })
    return { target: t, ...result }
  })
  const overall = judged.filter((j) => j.target.scope === 'overall')
  const framework = rollupFramework(nodes, judged.map((j) => ({ nodePath: j.target.node?.path ?? null, status: j.status, percent: j.target.kind === 'quantitative' ? j.view.percentOfTarget : null })), ctx.focusPlan)

  const [trends, provinces, projects, completeness, freshness] = await Promise.all([
    readIndicatorTrends(db, shownIndicators, indicatorSources, years, plan.period_start, plan.period_end, measure),
    readProvinceMap(db, mapSubject?.source ?? null, ctx.period.id, ctx.scope, ctx.roots),
    readBudgetExecution(db, plan.id, ctx.period, ctx.scope, ctx.focusPlan?.id ?? null),
    computeCompleteness(db, { planId: plan.id, scope: ctx.scope, ...(opts.today ? { today: opts.today } : {}) }),
    readFreshness(db, plan.id, ctx.scope),
  ])

  return {
    plan: { code: plan.code, name: bi(plan.name_lo, plan.name_en), period: { start: plan.period_start, end: plan.period_end }, isDemo: plan.is_demo },
    filters: {
      period: { id: ctx.period.id, start: ctx.period.start, end: ctx.period.end, label: { lo: periodLabel(ctx.period.id, 'lo'), en: periodLabel(ctx.period.id, 'en') } },
      unit: ctx.unit ? { code: ctx.unit.code, name: bi(ctx.unit.name_lo, ctx.unit.name_en) } : null,
      focusPlan: ctx.focusPlan ? { code: ctx.focusPlan.code, kind: ctx.focusPlan.kind, no: ctx.focusPlan.no, name: bi(ctx.focusPlan.name_lo, ctx.focusPlan.name_en) } : null,
      indicator: mapSubject?.code ?? null,
    },
    scope: { all: ctx.scopeAll, units: ctx.roots.map((r) => ({ code: r.code, name: bi(r.name_lo, r.name_en) })) },
    freshness,
    thresholds: opts.thresholds,
    summary: countStatuses(overall.map((j) => j.status)),
    overallTargets: overall.map((j) => j.view),
    planRollup: framework.plan,
    outcomes: framework.outcomes,
    focusPlans: framework.focusPlans,
    indicators: trends,
    map: { subject: mapSubject ? { type: mapSubject.type, code: mapSubject.code, name: mapSubject.name, unit: mapSubject.unit } : null, period: ctx.period.id, provinces },
    projects,
    completeness,
  }
}
