import { MILESTONE_STATUSES, type TargetProgress } from './dashboard.schemas.js'
import type { PlanTarget } from './read-plan-targets.js'
import type { ReportedMilestone } from './read-latest-milestones.js'
import type { FigureSource } from './resolve-element-sources.js'
import type { Figure } from '../analytics/progress-window.js'
import { quantitativeProgress, directionOf, type ProgressStatus } from '../analytics/progress/quantitative-progress.js'
import { milestoneProgressStatus } from '../analytics/progress/milestone-progress.js'
import type { ProgressThresholds } from '../analytics/progress/progress-thresholds.js'

const num = (v: string | null) => (v === null ? null : Number(v))
const bi = (lo: string | null, en: string | null) => ({ lo, en })
type MilestoneStatus = (typeof MILESTONE_STATUSES)[number]
const isMilestoneStatus = (s: string | null | undefined): s is MilestoneStatus => MILESTONE_STATUSES.includes(s as MilestoneStatus)

export type TargetInputs = {
  plan: { start: number; end: number }
  asOf: string
  thresholds: ProgressThresholds
  source: FigureSource | null
  actual: Figure | null
  indicatorDirection: string | null
  reported: ReportedMilestone | undefined
  focusPlanCode: string | null
}

/** A target with its actual, expected value, % of the way and status; cancelled milestones carry status no_data. */
export function buildTargetProgress(t: PlanTarget, x: TargetInputs): { view: TargetProgress; status: ProgressStatus | 'cancelled' } {
  const baseline = t.baseline_value === null ? null : { value: Number(t.baseline_value), year: t.baseline_year }
  const target = { value: num(t.target_value), year: t.target_year }
  const common = {
    code: t.code, no: t.no, scope: t.scope, text: bi(t.text_lo, t.text_en), unit: bi(t.unit_lo, t.unit_en),
    node: t.node ? { code: t.node.code, kind: t.node.kind, no: t.node.no, name: bi(t.node.name_lo, t.node.name_en) } : null,
    focusPlan: x.focusPlanCode, comparator: t.comparator, baseline, target,
    element: x.source?.kind === 'element' ? x.source.element.code : null,
  }
  if (t.kind === 'milestone') {
    const reported = isMilestoneStatus(x.reported?.status) ? x.reported! : undefined
    const status: MilestoneStatus = reported ? (reported.status as MilestoneStatus) : isMilestoneStatus(t.milestone_status) ? t.milestone_status : 'not_started'
    const fromReport = reported !== undefined
    const percentComplete = reported ? reported.percentComplete : num(t.percent_complete)
    const overall = milestoneProgressStatus(status, percentComplete, t.target_year ?? x.plan.end, x.asOf)
    return {
      status: overall,
      view: {
        ...common, kind: 'milestone', direction: 'increase', actual: null, expected: null, percentOfTarget: percentComplete,
        status: overall === 'cancelled' ? 'no_data' : overall,
        milestone: { status, percentComplete, source: fromReport ? 'report' : 'plan', period: reported?.period ?? null },
      },
    }
  }
  const p = quantitativeProgress(
    { comparator: t.comparator, baseline, target, perYear: t.per_year, indicatorDirection: x.indicatorDirection, plan: x.plan },
    x.actual?.value ?? null, x.asOf, x.thresholds,
  )
  return {
    status: p.status,
    view: { ...common, kind: 'quantitative', direction: directionOf({ comparator: t.comparator, baseline, target, indicatorDirection: x.indicatorDirection }), actual: x.actual, expected: p.expected, percentOfTarget: p.percentOfTarget, status: p.status, milestone: null },
  }
}
