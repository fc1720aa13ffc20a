/**
 * Shapes of the minister's dashboard API, taken from the server's zod schemas (type-only: nothing of the server or of
 * zod reaches the browser bundle). GET /api/v1/plans/{code}/dashboard → Dashboard; …/dashboard/values → DrillDown.
 */
import type { Dashboard, DrillDown, ProgressStatus, StatusCounts, TargetProgress } from '../../server/features/dashboard/dashboard.schemas'

export type { Dashboard, DrillDown, ProgressStatus, StatusCounts, TargetProgress }
export type NodeRollup = Dashboard['outcomes'][number]
export type FocusPlanRollup = Dashboard['focusPlans'][number]
export type IndicatorTrend = Dashboard['indicators'][number]
export type ProvinceMap = Dashboard['map']
export type ProvinceValue = ProvinceMap['provinces'][number]
export type BudgetLine = Dashboard['projects']['byFunding'][number]
export type Completeness = Dashboard['completeness']
export type DrillDownItem = DrillDown['items'][number]
export type MilestoneStatus = NonNullable<TargetProgress['milestone']>['status']

/** The dashboard's filters, as they stand in the URL. */
export type DashboardSearch = { period?: string; unit?: string; focusPlan?: string; indicator?: string }

/** Shown in this order everywhere (cards, bars, legends). */
export const STATUS_ORDER: readonly ProgressStatus[] = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data']
