import type { ColumnType, Generated } from 'kysely'
import type { ReportingTables } from './schema-reporting.js'
import type { AnalyticsTables } from './schema-analytics.js'

type Num = ColumnType<string | null, number | string | null, number | string | null> // numeric comes back as string
type Json<T = Record<string, unknown>> = ColumnType<T, T | string, T | string>
type Ts = ColumnType<Date, Date | string | undefined, Date | string>

export interface OrgUnitTable {
  id: Generated<number>
  code: string
  kind: string
  parent_id: number | null
  path: string
  name_lo: string
  name_en: string | null
  abbr_lo: string | null
  abbr_en: string | null
  iso_code: string | null
  is_reference: Generated<boolean>
  src: string | null
  closed_at: Date | null
  created_at: Generated<Date>
  published: Generated<boolean>
  updated_at: Date | null
}

export interface PlanTable {
  id: Generated<number>
  code: string
  name_lo: string
  name_en: string | null
  period_start: number
  period_end: number
  role: Generated<string>
  owner_org_unit_id: number | null
  meta: Json
  content_hash: string | null
  is_demo: Generated<boolean>
  src: string | null
  loaded_at: Generated<Ts>
}

export interface PlanSourceLineTable {
  plan_id: number
  line: number
  text: string
}

export interface FrameworkNodeTable {
  id: Generated<number>
  plan_id: number
  code: string
  kind: string
  no: number | null
  parent_id: number | null
  path: string
  sort_order: number
  name_lo: string | null
  name_en: string | null
  note: string | null
  src: string | null
  src_line: number | null
  missing_in_source: Generated<boolean>
  title_missing: Generated<boolean>
  garbled: Generated<boolean>
  meta: Json
}

export interface IndicatorTable {
  id: Generated<number>
  plan_id: number
  code: string
  name_lo: string | null
  name_en: string | null
  unit_lo: string | null
  unit_en: string | null
  sdg_code: string | null
  direction: Generated<string>
  decimals: Generated<number>
  formula: string | null
  src: string | null
  src_line: number | null
  meta: Json
}

export interface DisaggregationTable {
  id: Generated<number>
  code: string
  name_lo: string
  name_en: string | null
}

export interface DisaggregationOptionTable {
  id: Generated<number>
  disaggregation_id: number
  code: string
  name_lo: string
  name_en: string | null
  sort_order: Generated<number>
}

export interface DataElementTable {
  id: Generated<number>
  plan_id: number | null
  code: string
  name_lo: string
  name_en: string | null
  value_type: Generated<string>
  aggregation: Generated<string>
  disaggregation_id: number | null
  unit_lo: string | null
  unit_en: string | null
  is_demo: Generated<boolean>
  target_id: number | null
  indicator_id: number | null
  min_value: Num
  max_value: Num
  decimals: Generated<number>
  src: string | null
  src_line: number | null
}

export interface TargetTable {
  id: Generated<number>
  plan_id: number
  node_id: number | null
  parent_target_id: number | null
  code: string
  scope: string
  no: number | null
  sort_order: number
  kind: string
  text_lo: string | null
  text_en: string | null
  target_value: Num
  unit_lo: string | null
  unit_en: string | null
  target_year: number | null
  per_year: Generated<boolean>
  comparator: Generated<string>
  baseline_value: Num
  baseline_year: number | null
  indicator_id: number | null
  milestone_status: string | null
  percent_complete: Num
  note: string | null
  src: string | null
  src_line: number | null
  missing_in_source: Generated<boolean>
  meta: Json
}

export interface TargetLinkTable {
  from_target_id: number
  to_target_id: number
  kind: string
}

export interface IndicatorValueTable {
  id: Generated<number>
  indicator_id: number
  period: string
  value: ColumnType<string, number | string, number | string>
  raw: string | null
  src: string | null
  is_demo: Generated<boolean>
}

export interface ProjectTable {
  id: Generated<number>
  plan_id: number
  code: string
  no: number | null
  focus_plan_id: number | null
  programme_id: number | null
  responsible_org_unit_id: number | null
  name_lo: string | null
  name_en: string | null
  garbled: Generated<boolean>
  start_year: number | null
  end_year: number | null
  years_raw: string | null
  amount: Num
  currency: string
  funding_source: string
  donor: string | null
  note: string | null
  src: string | null
  src_line: number | null
  meta: Json
}

export interface ProjectYearTable {
  project_id: number
  year: number
  planned: Num
  approved: Num
  disbursed: Num
}

export interface LegalInstrumentTable {
  id: Generated<number>
  plan_id: number
  code: string
  type: string
  no: number | null
  number: string | null
  issued_on: ColumnType<string | null, string | null, string | null>
  date_raw: string | null
  status: string | null
  title_lo: string | null
  title_en: string | null
  garbled: Generated<boolean>
  note: string | null
  src: string | null
  src_line: number | null
}

export interface StatTableTable {
  id: Generated<number>
  plan_id: number
  code: string
  category: string
  title_lo: string | null
  title_en: string | null
  source_note_lo: string | null
  columns: Json<string[]>
  note: string | null
  src: string | null
  src_line: number | null
  sort_order: number
}

export interface StatSeriesTable {
  id: Generated<number>
  table_id: number
  code: string
  row_label: string | null
  name_lo: string | null
  name_en: string | null
  unit_lo: string | null
  unit_en: string | null
  parent_id: number | null
  stated_total: Generated<boolean>
  sort_order: number
  note: string | null
  src: string | null
  src_line: number | null
}

export interface StatValueTable {
  series_id: number
  col: string
  value: ColumnType<string, number | string, number | string>
  raw: string | null
}

export interface FindingTable {
  id: Generated<number>
  plan_id: number
  code: string
  kind: string
  severity: string
  subject_type: string | null
  subject_code: string | null
  title_lo: string
  title_en: string
  figure_a: Num
  figure_a_label: string | null
  src_a: string | null
  figure_b: Num
  figure_b_label: string | null
  src_b: string | null
  detail: Json
}

export interface SearchDocumentTable {
  id: Generated<number>
  plan_id: number | null
  entity_type: string
  entity_code: string
  title_lo: string | null
  title_en: string | null
  norm: string
  src: string | null
}

export interface UserTable {
  id: Generated<number>
  username: string
  display_name: string
  email: string | null
  oidc_subject: string | null
  password_hash: string | null
  must_change_password: Generated<boolean>
  disabled_at: Date | null
  failed_sign_ins: Generated<number>
  failed_window_start: Date | null
  locked_until: Date | null
  last_sign_in_at: Date | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface RoleGrantTable {
  id: Generated<number>
  user_id: number
  role: string
  org_unit_id: number | null
  created_at: Generated<Date>
  created_by: number | null
}

export interface SessionTable {
  id: Generated<number>
  token_hash: string
  user_id: number
  csrf_token: string
  auth_method: string
  created_at: Date
  last_seen_at: Date
  expires_at: Date
  revoked_at: Date | null
  revoked_reason: string | null
  ip: string | null
  user_agent: string | null
}

export interface OidcFlowTable {
  state: string
  code_verifier: string
  nonce: string
  return_to: string | null
  created_at: Date
}

export interface RateLimitHitTable {
  key: string
  hits: number
  window_start: Date
}

export interface ResponsibilityTable {
  id: Generated<number>
  org_unit_id: number
  entity_type: string
  entity_id: number
  role: Generated<string>
  created_at: Generated<Date>
  created_by: number | null
}

export interface AuditLogTable {
  id: Generated<number>
  seq: number
  at: ColumnType<Date, Date | string, never>
  actor_user_id: number | null
  actor_username: string | null
  action: string
  entity_type: string
  entity_id: string | null
  entity_code: string | null
  before: ColumnType<unknown, string | null, never>
  after: ColumnType<unknown, string | null, never>
  ip: string | null
  user_agent: string | null
  prev_hash: string
  hash: string
}

export interface AuditChainHeadTable {
  id: number
  seq: number
  hash: string
}

export interface DB extends ReportingTables, AnalyticsTables {
  org_units: OrgUnitTable
  plans: PlanTable
  plan_source_lines: PlanSourceLineTable
  framework_nodes: FrameworkNodeTable
  indicators: IndicatorTable
  disaggregations: DisaggregationTable
  disaggregation_options: DisaggregationOptionTable
  data_elements: DataElementTable
  targets: TargetTable
  target_links: TargetLinkTable
  indicator_values: IndicatorValueTable
  projects: ProjectTable
  project_years: ProjectYearTable
  legal_instruments: LegalInstrumentTable
  stat_tables: StatTableTable
  stat_series: StatSeriesTable
  stat_values: StatValueTable
  findings: FindingTable
  search_documents: SearchDocumentTable
  users: UserTable
  role_grants: RoleGrantTable
  sessions: SessionTable
  oidc_flows: OidcFlowTable
  rate_limit_hits: RateLimitHitTable
  responsibilities: ResponsibilityTable
  audit_log: AuditLogTable
  audit_chain_head: AuditChainHeadTable
}
