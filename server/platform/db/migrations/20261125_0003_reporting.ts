import { sql, type Kysely } from 'kysely'

// Periodic reporting: data sets (what a unit reports, how often), reports per (data set, unit, period) with their
// workflow, the values in them, milestone and project progress, evidence files, idempotency keys, notifications.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table data_elements
      add column target_id int references targets(id),
      add column indicator_id int references indicators(id),
      add column min_value numeric,
      add column max_value numeric,
      add column decimals int not null default 0,
      add column src text,
      add column src_line int`.execute(db)
  // Element codes come from plan item codes, which repeat across plans.
  await sql`alter table data_elements drop constraint data_elements_code_key`.execute(db)
  await sql`create unique index data_elements_plan_code on data_elements (coalesce(plan_id, 0), code)`.execute(db)

  await sql`
    create table data_sets (
      id serial primary key,
      plan_id int not null references plans(id),
      code text not null,
      name_lo text not null,
      name_en text,
      frequency text not null check (frequency in ('month', 'quarter', 'semester', 'nine_months', 'year', 'mid_term', 'plan')),
      deadline_days int not null default 15 check (deadline_days between 0 and 366),
      -- 'direct': the unit's report goes to DPF; 'via_province': a district's report is approved by its province first
      review_path text not null default 'direct' check (review_path in ('direct', 'via_province')),
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz,
      unique (plan_id, code)
    )`.execute(db)

  await sql`
    create table data_set_members (
      data_set_id int not null references data_sets(id),
      entity_type text not null check (entity_type in ('data_element', 'target', 'project')),
      entity_id int not null,
      sort_order int not null default 0,
      primary key (data_set_id, entity_type, entity_id)
    )`.execute(db)

  await sql`
    create table reports (
      id serial primary key,
      data_set_id int not null references data_sets(id),
      org_unit_id int not null references org_units(id),
      period text not null,
      period_start date not null,
      period_end date not null,
      status text not null default 'draft' check (status in ('draft', 'submitted', 'returned', 'approved', 'locked')),
      review_level int not null default 0,
      version int not null default 1,
      return_reason text,
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      created_by int references users(id),
      updated_at timestamptz not null default now(),
      submitted_at timestamptz,
      submitted_by int references users(id),
      approved_at timestamptz,
      approved_by int references users(id),
      locked_at timestamptz,
      unique (data_set_id, org_unit_id, period)
    )`.execute(db)
  await sql`create index reports_unit_period on reports (org_unit_id, period)`.execute(db)
  await sql`create index reports_status on reports (status)`.execute(db)

  await sql`
    create table report_events (
      id bigserial primary key,
      report_id int not null references reports(id),
      at timestamptz not null default now(),
      actor_user_id int references users(id),
      action text not null,
      from_status text,
      to_status text not null,
      review_level int not null default 0,
      reason text
    )`.execute(db)
  await sql`create index report_events_report on report_events (report_id, id)`.execute(db)

  // One row per (report, element, disaggregation option); option 0 is the undisaggregated value. Unit and period are
  // copied from the report so roll-ups read this table alone.
  await sql`
    create table data_values (
      report_id int not null references reports(id),
      data_element_id int not null references data_elements(id),
      option_id int not null default 0,
      org_unit_id int not null references org_units(id),
      period text not null,
      period_start date not null,
      value numeric,
      text_value text,
      comment text,
      version int not null default 1,
      updated_at timestamptz not null default now(),
      updated_by int references users(id),
      primary key (report_id, data_element_id, option_id)
    )`.execute(db)
  await sql`create index data_values_element_period on data_values (data_element_id, period_start, org_unit_id)`.execute(db)

  await sql`
    create table milestone_progress (
      report_id int not null references reports(id),
      target_id int not null references targets(id),
      status text check (status in ('not_started', 'on_track', 'delayed', 'completed', 'cancelled')),
      percent_complete numeric check (percent_complete between 0 and 100),
      narrative text,
      version int not null default 1,
      updated_at timestamptz not null default now(),
      updated_by int references users(id),
      primary key (report_id, target_id)
    )`.execute(db)

  await sql`
    create table project_progress (
      report_id int not null references reports(id),
      project_id int not null references projects(id),
      physical_percent numeric check (physical_percent between 0 and 100),
      issues text,
      -- disbursed in this period by funding source: {"government": 120.5, "oda": 40}, in the project's currency
      disbursements jsonb not null default '{}',
      version int not null default 1,
      updated_at timestamptz not null default now(),
      updated_by int references users(id),
      primary key (report_id, project_id)
    )`.execute(db)

  await sql`
    create table evidence_files (
      id serial primary key,
      report_id int not null references reports(id),
      target_id int references targets(id),
      project_id int references projects(id),
      file_name text not null,
      mime_type text not null,
      size_bytes int not null,
      sha256 text not null,
      content bytea not null,
      uploaded_at timestamptz not null default now(),
      uploaded_by int references users(id)
    )`.execute(db)
  await sql`create index evidence_files_report on evidence_files (report_id)`.execute(db)

  // A retried request with the same key gets the first answer again instead of acting twice.
  await sql`
    create table idempotency_keys (
      user_id int not null references users(id),
      key text not null,
      request_hash text not null,
      status_code int not null,
      response jsonb not null,
      created_at timestamptz not null default now(),
      primary key (user_id, key)
    )`.execute(db)

  await sql`
    create table notifications (
      id bigserial primary key,
      user_id int not null references users(id),
      at timestamptz not null default now(),
      kind text not null,
      report_id int references reports(id),
      title_lo text not null,
      title_en text not null,
      body_lo text,
      body_en text,
      read_at timestamptz,
      emailed_at timestamptz
    )`.execute(db)
  await sql`create index notifications_user on notifications (user_id, id desc)`.execute(db)

  // The one disaggregation every ministry needs; more are added in the app.
  await sql`insert into disaggregations (code, name_lo, name_en) values ('SEX', 'ເພດ', 'Sex') on conflict (code) do nothing`.execute(db)
  await sql`
    insert into disaggregation_options (disaggregation_id, code, name_lo, name_en, sort_order)
    select id, o.code, o.name_lo, o.name_en, o.sort_order from disaggregations,
      (values ('F', 'ຍິງ', 'Female', 1), ('M', 'ຊາຍ', 'Male', 2)) as o(code, name_lo, name_en, sort_order)
    where disaggregations.code = 'SEX'
    on conflict (disaggregation_id, code) do nothing`.execute(db)
}
