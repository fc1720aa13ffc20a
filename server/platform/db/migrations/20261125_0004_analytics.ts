import { sql, type Kysely } from 'kysely'

// Analytics: roll-ups of approved values kept current by every approve / lock / reopen (no nightly job), so the
// dashboard reads small summary rows instead of scanning data_values.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Which reports the summaries currently count. Refreshing compares a report's state here with its new state, so a
  // second call for the same state (approve, then lock) changes nothing.
  await sql`
    create table analytics_counted_reports (
      report_id int primary key references reports(id),
      plan_id int not null references plans(id),
      org_unit_id int not null references org_units(id),
      counted_at timestamptz not null
    )`.execute(db)
  await sql`create index analytics_counted_reports_unit on analytics_counted_reports (org_unit_id)`.execute(db)

  // One row per (element, org unit, period, disaggregation option) with the counted values of the units strictly
  // below that unit (a unit's own values are read from data_values: one unit's rows are few, and leaving them out keeps
  // this table a fraction of data_values). option_id 0 is the total. value_sum and value_count serve sums and means,
  // last_sum adds each unit's latest value (stocks). Derived data: no foreign keys, so rebuilding is fast; rows are
  // deleted when nothing below counts any more.
  await sql`
    create table analytics_cells (
      data_element_id int not null,
      org_unit_id int not null,
      period text not null,
      option_id int not null,
      period_start date not null,
      period_end date not null,
      value_sum numeric not null,
      value_count int not null,
      last_sum numeric not null,
      primary key (data_element_id, org_unit_id, period, option_id)
    )`.execute(db)

  // Per plan and reporting unit: how many reports count and when the latest was approved (the dashboard's freshness).
  await sql`
    create table analytics_unit_reports (
      plan_id int not null references plans(id),
      org_unit_id int not null references org_units(id),
      approved_reports int not null,
      last_approved_at timestamptz,
      primary key (plan_id, org_unit_id)
    )`.execute(db)

  // A unit's own values for an element and a date range (own contributions, drill-down).
  await sql`create index data_values_unit_element on data_values (org_unit_id, data_element_id, period_start)`.execute(db)
  await sql`create index milestone_progress_target on milestone_progress (target_id)`.execute(db)
  await sql`create index project_progress_project on project_progress (project_id)`.execute(db)
}
