import { z } from 'zod'

/**
 * The minister's dashboard: request and response shapes. The web page is built from these, so they change only by
 * adding optional fields. Every figure is computed from approved (or locked) reports of units inside the caller's
 * scope, further narrowed by `?unit=`; published plan content (targets, baselines, history) is the same for everyone.
 */

const bilingual = z.object({ lo: z.string().nullable(), en: z.string().nullable() })
const unitRef = z.object({ code: z.string(), name: bilingual })
const nodeRef = z.object({ code: z.string(), kind: z.string(), no: z.number().nullable(), name: bilingual })
const periodId = z.string().min(4).max(12).describe('a period id: 2024-03, 2024Q1, 2024S1, 2024N9, 2024, 2021-2023M, 2021-2025')
const periodRef = z.object({ id: z.string(), start: z.string(), end: z.string(), label: bilingual })

export const PROGRESS_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const
export const progressStatus = z.enum(PROGRESS_STATUSES)
export type ProgressStatus = z.infer<typeof progressStatus>
export const MILESTONE_STATUSES = ['not_started', 'on_track', 'delayed', 'completed', 'cancelled'] as const
export const milestoneStatus = z.enum(MILESTONE_STATUSES)

export const dashboardParams = z.strictObject({ code: z.string().min(1).max(60) })
export const dashboardQuery = z.strictObject({
  period: periodId.optional().describe('figures up to the end of this period (default: the plan period up to today)'),
  unit: z.string().min(1).max(60).optional().describe('an org unit inside the caller\'s scope: figures for its subtree only'),
  focusPlan: z.string().min(1).max(80).optional().describe('a focus plan code: targets, nodes and projects of that focus plan only'),
  indicator: z.string().min(1).max(80).optional().describe('indicator or data element code for the per-province map (default: the first indicator with data)'),
})
export type DashboardQuery = z.infer<typeof dashboardQuery>

/** Targets by status; `cancelled` milestones are counted apart and left out of `total`. */
export const statusCounts = z.object({
  achieved: z.number(), on_track: z.number(), at_risk: z.number(), off_track: z.number(), no_data: z.number(),
  cancelled: z.number(), total: z.number(),
})
export type StatusCounts = z.infer<typeof statusCounts>

export const figure = z.object({
  value: z.number().nullable(),
  period: z.string().nullable().describe('the period the value covers'),
  reports: z.number().describe('approved reports behind the value'),
})

export const targetProgress = z.object({
  code: z.string(),
  no: z.number().nullable(),
  scope: z.string(),
  kind: z.enum(['quantitative', 'milestone']),
  text: bilingual,
  unit: bilingual,
  node: nodeRef.nullable().describe('the programme (or other node) the target belongs to'),
  focusPlan: z.string().nullable(),
  comparator: z.string(),
  direction: z.enum(['increase', 'decrease']),
  baseline: z.object({ value: z.number(), year: z.number().nullable() }).nullable(),
  target: z.object({ value: z.number().nullable(), year: z.number().nullable() }),
  element: z.string().nullable().describe('data element code behind the actual (for drill-down)'),
  actual: figure.nullable(),
  expected: z.number().nullable().describe('where a straight line from baseline to target puts the value at the period end'),
  percentOfTarget: z.number().nullable().describe('% of the way from baseline to target (may exceed 100 or be negative)'),
  status: progressStatus,
  milestone: z.object({
    status: milestoneStatus,
    percentComplete: z.number().nullable(),
    source: z.enum(['report', 'plan']),
    period: z.string().nullable(),
  }).nullable(),
})
export type TargetProgress = z.infer<typeof targetProgress>

export const nodeRollup = nodeRef.extend({
  counts: statusCounts,
  meanPercent: z.number().nullable().describe('mean % of the way to target over quantitative targets with data (capped at 100)'),
})
export const focusPlanRollup = nodeRollup.extend({ outcomes: z.array(z.string()), programmes: z.array(nodeRollup) })

const point = z.object({ period: z.string(), value: z.number().nullable() })
export const indicatorTrend = z.object({
  code: z.string(),
  name: bilingual,
  unit: bilingual,
  direction: z.enum(['up', 'down']),
  decimals: z.number(),
  element: z.string().nullable(),
  formula: z.string().nullable(),
  history: z.array(point).describe('2016–2020 values from the plan document (indicator_values)'),
  actuals: z.array(point.extend({ reports: z.number() })).describe('approved values by year of the plan period, in scope'),
  target: z.object({ year: z.number(), value: z.number().nullable() }).nullable(),
})

export const provinceValue = z.object({
  iso: z.string().describe('ISO 3166-2:LA code (LA-VT …), as in data/geo/provinces.geojson'),
  unit: unitRef,
  value: z.number().nullable(),
  reports: z.number(),
})
export const provinceMap = z.object({
  subject: z.object({ type: z.enum(['indicator', 'data_element']), code: z.string(), name: bilingual, unit: bilingual }).nullable(),
  period: z.string(),
  provinces: z.array(provinceValue),
})

export const budgetLine = z.object({
  funding: z.string(),
  currency: z.string().describe('amounts of different currencies are never added together'),
  projects: z.number(),
  amount: z.number().describe('total cost stated in the plan'),
  planned: z.number().describe('planned for the years of the period (project_years)'),
  disbursed: z.number().describe('approved reported disbursements, else the plan\'s own disbursed figure, for those years'),
  executionRate: z.number().nullable().describe('disbursed / planned, 0–1+'),
})
export const projectsSummary = z.object({
  total: z.number(),
  meanPhysicalPercent: z.number().nullable().describe('latest approved physical progress, averaged over projects that reported'),
  reportingPhysical: z.number().describe('how many projects that mean is taken over'),
  byFunding: z.array(budgetLine),
})

export const completenessView = z.object({
  periods: z.array(z.object({ dataSet: z.string(), dataSetName: z.object({ lo: z.string(), en: z.string().nullable() }), period: z.string(), deadline: z.string() })),
  expected: z.number(),
  submitted: z.number(),
  approved: z.number(),
  onTime: z.number(),
  completenessRate: z.number().nullable(),
  timelinessRate: z.number().nullable(),
  overdue: z.array(z.object({ unit: z.object({ code: z.string(), name: z.object({ lo: z.string(), en: z.string().nullable() }) }), dataSet: z.string(), dataSetName: z.object({ lo: z.string(), en: z.string().nullable() }), period: z.string(), deadline: z.string(), status: z.string().nullable() })),
})

export const dashboard = z.object({
  plan: z.object({ code: z.string(), name: bilingual, period: z.object({ start: z.number(), end: z.number() }), isDemo: z.boolean() }),
  filters: z.object({
    period: periodRef,
    unit: unitRef.nullable(),
    focusPlan: nodeRef.nullable(),
    indicator: z.string().nullable(),
  }),
  scope: z.object({ all: z.boolean(), units: z.array(unitRef).describe('the subtrees the figures are computed from') }),
  freshness: z.object({ lastApprovedAt: z.string().nullable().describe('ISO time of the latest approval in scope'), approvedReports: z.number() }),
  thresholds: z.object({ onTrack: z.number(), atRisk: z.number() }).describe('trajectory ratios: ≥ onTrack on track, ≥ atRisk at risk, else off track'),
  summary: statusCounts.describe('the overall targets by status'),
  overallTargets: z.array(targetProgress),
  planRollup: statusCounts.describe('every target of the plan (overall and programme), by status'),
  outcomes: z.array(nodeRollup),
  focusPlans: z.array(focusPlanRollup),
  indicators: z.array(indicatorTrend),
  map: provinceMap,
  projects: projectsSummary,
  completeness: completenessView,
})
export type Dashboard = z.infer<typeof dashboard>

export const drillDownQuery = z.strictObject({
  element: z.string().min(1).max(80).describe('data element code'),
  unit: z.string().min(1).max(60).optional().describe('org unit code (default: the caller\'s scope)'),
  period: periodId.optional().describe('default: the plan period'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
})
export type DrillDownQuery = z.infer<typeof drillDownQuery>

export const drillDown = z.object({
  element: z.object({ code: z.string(), name: bilingual, aggregation: z.string(), unit: bilingual }),
  period: periodRef,
  unit: unitRef.nullable(),
  figure: figure.describe('the number the dashboard shows for this element, unit and period'),
  items: z.array(z.object({
    reportId: z.number(),
    dataSet: z.string(),
    dataSetName: bilingual,
    status: z.string(),
    approvedAt: z.string().nullable(),
    unit: unitRef,
    period: z.string(),
    option: z.object({ code: z.string(), name: bilingual }).nullable().describe('null: the undisaggregated value'),
    value: z.number().nullable(),
    counted: z.boolean().describe('false when a report for a longer period inside the same period supersedes it'),
  })),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
})
export type DrillDown = z.infer<typeof drillDown>
