import { sql, type Kysely } from 'kysely'

// The plan as a results framework. Everything that can come from a plan document carries `src` (its line or line
// range in the document) and `missing_in_source` for items the document lost.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db)
  await sql`create collation if not exists lao (provider = icu, locale = 'lo')`.execute(db)

  await sql`
    create table org_units (
      id serial primary key,
      code text not null unique,
      kind text not null,
      parent_id int references org_units(id),
      path text not null,
      name_lo text not null,
      name_en text,
      abbr_lo text,
      abbr_en text,
      iso_code text,
      is_reference boolean not null default false,
      src text,
      closed_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index org_units_path on org_units (path text_pattern_ops)`.execute(db)

  await sql`
    create table plans (
      id serial primary key,
      code text not null unique,
      name_lo text not null,
      name_en text,
      period_start int not null,
      period_end int not null,
      role text not null default 'current',
      owner_org_unit_id int references org_units(id),
      meta jsonb not null default '{}',
      content_hash text,
      is_demo boolean not null default false,
      src text,
      loaded_at timestamptz not null default now()
    )`.execute(db)

  await sql`
    create table plan_source_lines (
      plan_id int not null references plans(id),
      line int not null,
      text text not null,
      primary key (plan_id, line)
    )`.execute(db)

  await sql`
    create table framework_nodes (
      id serial primary key,
      plan_id int not null references plans(id),
      code text not null,
      kind text not null,
      no int,
      parent_id int references framework_nodes(id),
      path text not null,
      sort_order int not null,
      name_lo text,
      name_en text,
      note text,
      src text,
      src_line int,
      missing_in_source boolean not null default false,
      title_missing boolean not null default false,
      garbled boolean not null default false,
      meta jsonb not null default '{}',
      unique (plan_id, code)
    )`.execute(db)
  await sql`create index framework_nodes_parent on framework_nodes (parent_id)`.execute(db)

  await sql`
    create table indicators (
      id serial primary key,
      plan_id int not null references plans(id),
      code text not null,
      name_lo text,
      name_en text,
      unit_lo text,
      unit_en text,
      sdg_code text,
      direction text not null default 'up',
      decimals int not null default 0,
      formula text,
      src text,
      src_line int,
      meta jsonb not null default '{}',
      unique (plan_id, code)
    )`.execute(db)

  await sql`
    create table disaggregations (
      id serial primary key,
      code text not null unique,
      name_lo text not null,
      name_en text
    )`.execute(db)
  await sql`
    create table disaggregation_options (
      id serial primary key,
      disaggregation_id int not null references disaggregations(id),
      code text not null,
      name_lo text not null,
      name_en text,
      sort_order int not null default 0,
      unique (disaggregation_id, code)
    )`.execute(db)

  await sql`
    create table data_elements (
      id serial primary key,
      plan_id int references plans(id),
      code text not null unique,
      name_lo text not null,
      name_en text,
      value_type text not null default 'number',
      aggregation text not null default 'sum',
      disaggregation_id int references disaggregations(id),
      unit_lo text,
      unit_en text,
      is_demo boolean not null default false
    )`.execute(db)

  await sql`
    create table targets (
      id serial primary key,
      plan_id int not null references plans(id),
      node_id int references framework_nodes(id),
      parent_target_id int references targets(id),
      code text not null,
      scope text not null,
      no int,
      sort_order int not null,
      kind text not null,
      text_lo text,
      text_en text,
      target_value numeric,
      unit_lo text,
      unit_en text,
      target_year int,
      per_year boolean not null default false,
      comparator text not null default 'at_least',
      baseline_value numeric,
      baseline_year int,
      indicator_id int references indicators(id),
      milestone_status text,
      percent_complete numeric,
      note text,
      src text,
      src_line int,
      missing_in_source boolean not null default false,
      meta jsonb not null default '{}',
      unique (plan_id, code)
    )`.execute(db)
  await sql`create index targets_node on targets (node_id)`.execute(db)

  await sql`
    create table target_links (
      from_target_id int not null references targets(id),
      to_target_id int not null references targets(id),
      kind text not null,
      primary key (from_target_id, to_target_id, kind)
    )`.execute(db)

  await sql`
    create table indicator_values (
      id serial primary key,
      indicator_id int not null references indicators(id),
      period text not null,
      value numeric not null,
      raw text,
      src text,
      is_demo boolean not null default false,
      unique (indicator_id, period)
    )`.execute(db)

  await sql`
    create table projects (
      id serial primary key,
      plan_id int not null references plans(id),
      code text not null,
      no int,
      focus_plan_id int references framework_nodes(id),
      programme_id int references framework_nodes(id),
      responsible_org_unit_id int references org_units(id),
      name_lo text,
      name_en text,
      garbled boolean not null default false,
      start_year int,
      end_year int,
      years_raw text,
      amount numeric,
      currency text not null,
      funding_source text not null,
      donor text,
      note text,
      src text,
      src_line int,
      meta jsonb not null default '{}',
      unique (plan_id, code)
    )`.execute(db)

  await sql`
    create table project_years (
      project_id int not null references projects(id),
      year int not null,
      planned numeric,
      approved numeric,
      disbursed numeric,
      primary key (project_id, year)
    )`.execute(db)

  await sql`
    create table legal_instruments (
      id serial primary key,
      plan_id int not null references plans(id),
      code text not null,
      type text not null,
      no int,
      number text,
      issued_on date,
      date_raw text,
      status text,
      title_lo text,
      title_en text,
      garbled boolean not null default false,
      note text,
      src text,
      src_line int,
      unique (plan_id, code)
    )`.execute(db)

  await sql`
    create table stat_tables (
      id serial primary key,
      plan_id int not null references plans(id),
      code text not null,
      category text not null,
      title_lo text,
      title_en text,
      source_note_lo text,
      columns jsonb not null,
      note text,
      src text,
      src_line int,
      sort_order int not null,
      unique (plan_id, code)
    )`.execute(db)
  await sql`
    create table stat_series (
      id serial primary key,
      table_id int not null references stat_tables(id),
      code text not null,
      row_label text,
      name_lo text,
      name_en text,
      unit_lo text,
      unit_en text,
      parent_id int references stat_series(id),
      stated_total boolean not null default false,
      sort_order int not null,
      note text,
      src text,
      src_line int,
      unique (table_id, code)
    )`.execute(db)
  await sql`
    create table stat_values (
      series_id int not null references stat_series(id),
      col text not null,
      value numeric not null,
      raw text,
      primary key (series_id, col)
    )`.execute(db)

  await sql`
    create table findings (
      id serial primary key,
      plan_id int not null references plans(id),
      code text not null,
      kind text not null,
      severity text not null,
      subject_type text,
      subject_code text,
      title_lo text not null,
      title_en text not null,
      figure_a numeric,
      figure_a_label text,
      src_a text,
      figure_b numeric,
      figure_b_label text,
      src_b text,
      detail jsonb not null default '{}',
      unique (plan_id, code)
    )`.execute(db)

  await sql`
    create table search_documents (
      id serial primary key,
      plan_id int references plans(id),
      entity_type text not null,
      entity_code text not null,
      title_lo text,
      title_en text,
      norm text not null,
      src text,
      unique (plan_id, entity_type, entity_code)
    )`.execute(db)
  await sql`create index search_documents_trgm on search_documents using gin (norm gin_trgm_ops)`.execute(db)
}
