import type { ColumnType, Generated } from 'kysely'

type Num = ColumnType<string | null, number | string | null, number | string | null> // numeric comes back as string
type DateCol = ColumnType<string, string, string> // `date` columns are read as ISO strings (see open-database)
type Json<T = Record<string, unknown>> = ColumnType<T, T | string, T | string>

export interface DataSetTable {
  id: Generated<number>
  plan_id: number
  code: string
  name_lo: string
  name_en: string | null
  frequency: string
  deadline_days: Generated<number>
  review_path: Generated<string>
  is_demo: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Date | null
}

export interface DataSetMemberTable {
  data_set_id: number
  entity_type: 'data_element' | 'target' | 'project'
  entity_id: number
  sort_order: Generated<number>
}

export interface ReportTable {
  id: Generated<number>
  data_set_id: number
  org_unit_id: number
  period: string
  period_start: DateCol
  period_end: DateCol
  status: Generated<string>
  review_level: Generated<number>
  version: Generated<number>
  return_reason: string | null
  is_demo: Generated<boolean>
  created_at: Generated<Date>
  created_by: number | null
  updated_at: Generated<Date>
  submitted_at: Date | null
  submitted_by: number | null
  approved_at: Date | null
  approved_by: number | null
  locked_at: Date | null
}

export interface ReportEventTable {
  id: Generated<number>
  report_id: number
  at: Generated<Date>
  actor_user_id: number | null
  action: string
  from_status: string | null
  to_status: string
  review_level: Generated<number>
  reason: string | null
}

export interface DataValueTable {
  report_id: number
  data_element_id: number
  option_id: Generated<number>
  org_unit_id: number
  period: string
  period_start: DateCol
  value: Num
  text_value: string | null
  comment: string | null
  version: Generated<number>
  updated_at: Generated<Date>
  updated_by: number | null
}

export interface MilestoneProgressTable {
  report_id: number
  target_id: number
  status: string | null
  percent_complete: Num
  narrative: string | null
  version: Generated<number>
  updated_at: Generated<Date>
  updated_by: number | null
}

export interface ProjectProgressTable {
  report_id: number
  project_id: number
  physical_percent: Num
  issues: string | null
  disbursements: Json<Record<string, number>>
  version: Generated<number>
  updated_at: Generated<Date>
  updated_by: number | null
}

export interface EvidenceFileTable {
  id: Generated<number>
  report_id: number
  target_id: number | null
  project_id: number | null
  file_name: string
  mime_type: string
  size_bytes: number
  sha256: string
  content: Buffer
  uploaded_at: Generated<Date>
  uploaded_by: number | null
}

export interface IdempotencyKeyTable {
  user_id: number
  key: string
  request_hash: string
  status_code: number
  response: Json<unknown>
  created_at: Generated<Date>
}

export interface NotificationTable {
  id: Generated<number>
  user_id: number
  at: Generated<Date>
  kind: string
  report_id: number | null
  title_lo: string
  title_en: string
  body_lo: string | null
  body_en: string | null
  read_at: Date | null
  emailed_at: Date | null
  email_attempts: Generated<number>
  email_retry_at: Date | null
  email_error: string | null
}

export interface ReportingTables {
  data_sets: DataSetTable
  data_set_members: DataSetMemberTable
  reports: ReportTable
  report_events: ReportEventTable
  data_values: DataValueTable
  milestone_progress: MilestoneProgressTable
  project_progress: ProjectProgressTable
  evidence_files: EvidenceFileTable
  idempotency_keys: IdempotencyKeyTable
  notifications: NotificationTable
}
