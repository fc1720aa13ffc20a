import type { ColumnType } from 'kysely'

type Num = ColumnType<string, number | string, number | string> // numeric comes back as string
type DateCol = ColumnType<string, string, string>

export interface AnalyticsCountedReportTable {
  report_id: number
  plan_id: number
  org_unit_id: number
  counted_at: ColumnType<Date, Date | string, Date | string>
}

/** Counted values of the units strictly below `org_unit_id`; option_id 0 is the total. */
export interface AnalyticsCellTable {
  data_element_id: number
  org_unit_id: number
  period: string
  option_id: number
  period_start: DateCol
  period_end: DateCol
  value_sum: Num
  value_count: number
  last_sum: Num
}

export interface AnalyticsUnitReportTable {
  plan_id: number
  org_unit_id: number
  approved_reports: number
  last_approved_at: Date | null
}

export interface AnalyticsTables {
  analytics_counted_reports: AnalyticsCountedReportTable
  analytics_cells: AnalyticsCellTable
  analytics_unit_reports: AnalyticsUnitReportTable
}
