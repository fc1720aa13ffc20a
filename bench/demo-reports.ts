import { sql, type Kysely } from 'kysely'
import type { DB } from '../server/platform/db/schema.js'
import { parsePeriod, periodsBetween } from '../common/periods.js'

/** Demo districts (DEMO-<province>-Dnn) under the 18 provinces, round-robin. */
export async function createDemoDistricts(db: Kysely<DB>, districts: number): Promise<number> {
  await sql`
    with provinces as (select id, code, path, row_number() over (order by code) - 1 as k, count(*) over () as n from org_units where kind = 'province' and iso_code is not null)
    insert into org_units (code, kind, parent_id, path, name_lo, name_en, published)
    select 'DEMO-' || p.code || '-D' || lpad(((d - 1) / p.n + 1)::text, 2, '0'), 'district', p.id, '', '(ສາທິດ) ເມືອງ ' || d, 'Demo district ' || d, false
    from generate_series(1, ${districts}) d join provinces p on p.k = (d - 1) % p.n`.execute(db)
  await sql`update org_units u set path = p.path || '/' || u.id from org_units p where u.parent_id = p.id and u.code like 'DEMO-%' and u.path = ''`.execute(db)
  const n = await sql<{ n: number }>`select count(*)::int as n from org_units where code like 'DEMO-%'`.execute(db)
  return n.rows[0].n
}

const periodArrays = (ids: string[]) => {
  const p = ids.map(parsePeriod)
  return { ids: p.map((x) => x.id), starts: p.map((x) => x.start), ends: p.map((x) => x.end) }
}

/**
 * Reports: every district monthly for every demo plan (2021-01 … 2025-12), the provinces and the first ten districts
 * yearly (so those districts mix monthly and annual reports of the same elements). Up to 2023 locked, then
 * approved, ~2 % returned, the last two months still under review. All labelled demo.
 */
export async function createDemoReports(db: Kysely<DB>): Promise<void> {
  const months = periodArrays(periodsBetween('month', '2021-01', '2025-12'))
  const years = periodArrays(periodsBetween('year', '2021', '2025'))
  const status = sql`case when m.start >= '2025-11-01' then 'submitted' when m.start < '2024-01-01' then 'locked'
    when (u.id * 31 + ds.plan_id * 7 + extract(month from m.start)::int) % 50 = 0 then 'returned' else 'approved' end`
  await sql`
    insert into reports (data_set_id, org_unit_id, period, period_start, period_end, status, is_demo, submitted_at, approved_at, locked_at, updated_at)
    select ds.id, u.id, m.id, m.start, m.end, s.status, true, m.end + 3,
           case when s.status in ('approved', 'locked') then m.end + 5 + (u.id + ds.plan_id) % 20 end,
           case when s.status = 'locked' then m.end + 40 end, m.end + 5
    from data_sets ds
    cross join org_units u
    cross join unnest(${months.ids}::text[], ${months.starts}::date[], ${months.ends}::date[]) as m(id, start, "end")
    cross join lateral (select ${status} as status) s
    where ds.is_demo and ds.code = 'DEMO-MONTHLY' and u.code like 'DEMO-%' and u.kind = 'district'`.execute(db)
  await sql`
    insert into reports (data_set_id, org_unit_id, period, period_start, period_end, status, is_demo, submitted_at, approved_at, locked_at, updated_at)
    select ds.id, u.id, y.id, y.start, y.end, case when y.start >= '2025-01-01' then 'submitted' when y.start < '2024-01-01' then 'locked' else 'approved' end, true,
           y.end + 10, case when y.start < '2025-01-01' then y.end + 20 end, case when y.start < '2024-01-01' then y.end + 60 end, y.end + 20
    from data_sets ds
    cross join unnest(${years.ids}::text[], ${years.starts}::date[], ${years.ends}::date[]) as y(id, start, "end")
    join org_units u on (u.kind = 'province' and u.iso_code is not null)
      or u.id in (select id from org_units where code like 'DEMO-%' and kind = 'district' order by id limit 10)
    where ds.is_demo and ds.code = 'DEMO-ANNUAL'`.execute(db)
}

/** Values for every report and member element (both sexes for disaggregated ones, no total), set-based. */
export async function createDemoValues(db: Kysely<DB>): Promise<void> {
  const noise = sql`mod(r.id * 7919 + de.id * 104729 + o.option_id * 1299709, 1000)`
  const value = sql`case de.aggregation
      when 'sum' then ${noise} * case when ds.frequency = 'year' then 12 else 1 end
      when 'average' then 20 + mod(${noise}, 80)
      else (extract(year from r.period_start)::int - 2020) * 1200 + extract(month from r.period_start)::int * 100 + mod(r.org_unit_id, 100) end`
  await sql`
    insert into data_values (report_id, data_element_id, option_id, org_unit_id, period, period_start, value, updated_at)
    select r.id, de.id, o.option_id, r.org_unit_id, r.period, r.period_start, ${value}, r.updated_at
    from reports r
    join data_sets ds on ds.id = r.data_set_id
    join data_set_members m on m.data_set_id = r.data_set_id and m.entity_type = 'data_element'
    join data_elements de on de.id = m.entity_id
    cross join lateral (
      select 0 as option_id where de.disaggregation_id is null
      union all select id from disaggregation_options where disaggregation_id = de.disaggregation_id
    ) o
    where r.is_demo`.execute(db)
}

/** Milestone and project progress in the provinces' annual reports. */
export async function createDemoProgress(db: Kysely<DB>): Promise<void> {
  await sql`
    insert into milestone_progress (report_id, target_id, status, percent_complete)
    select r.id, t.id, (array['not_started', 'on_track', 'delayed', 'completed', 'on_track'])[1 + (r.id + t.id) % 5],
           least(100, (extract(year from r.period_start)::int - 2020) * 20 + (t.id % 3) * 5)
    from reports r join data_sets ds on ds.id = r.data_set_id join org_units u on u.id = r.org_unit_id
    join targets t on t.plan_id = ds.plan_id and t.kind = 'milestone'
    where r.is_demo and ds.code = 'DEMO-ANNUAL' and u.kind = 'province'`.execute(db)
  await sql`
    insert into project_progress (report_id, project_id, physical_percent, disbursements)
    select r.id, p.id, least(100, (extract(year from r.period_start)::int - 2020) * 18),
           jsonb_build_object(p.funding_source, round(p.amount / 5 * (0.5 + (p.id % 5) / 10.0)))
    from reports r join data_sets ds on ds.id = r.data_set_id
    join projects p on p.plan_id = ds.plan_id and p.responsible_org_unit_id = r.org_unit_id
    where r.is_demo and ds.code = 'DEMO-ANNUAL'`.execute(db)
}
