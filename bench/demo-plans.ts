import { sql, type Kysely } from 'kysely'
import type { DB } from '../server/platform/db/schema.js'

/**
 * Demo plans (DEMO-01 …, is_demo) shaped like the real one, set-based: 3 outcomes, 3 focus plans linked to them,
 * 9 programmes; 41 overall targets (30 quantitative, 11 milestones) and 2 targets per programme; 10 indicators with
 * 2016–2020 history (two computed by formula); 48 data elements (12 disaggregated by sex); a monthly and an annual
 * data set; 50 projects in kip or USD with yearly plans.
 */
export async function createDemoPlans(db: Kysely<DB>, plans: number): Promise<void> {
  await sql`
    insert into plans (code, name_lo, name_en, period_start, period_end, is_demo, meta)
    select 'DEMO-' || lpad(p::text, 2, '0'), '(ສາທິດ) ແຜນພັດທະນາ ' || p, 'Demo plan ' || p || ' (synthetic benchmark data)', 2021, 2025, true, '{"demo": true}'
    from generate_series(1, ${plans}) p`.execute(db)

  await sql`
    insert into framework_nodes (plan_id, code, kind, no, path, sort_order, name_lo, name_en, meta)
    select pl.id, n.code, n.kind, n.no, n.code, n.sort_order, '(ສາທິດ) ' || n.code, 'Demo ' || n.code, n.meta::jsonb
    from plans pl cross join (
      select 'O' || k as code, 'outcome' as kind, k as no, k as sort_order, '{}' as meta from generate_series(1, 3) k
      union all select 'FP' || k, 'focus_plan', k, 10 + k, '{"links": [{"to": "O' || k || '"}]}' from generate_series(1, 3) k
      union all select 'P0' || k, 'programme', k, 20 + k, '{}' from generate_series(1, 9) k
    ) n where pl.is_demo`.execute(db)
  await sql`
    update framework_nodes p set parent_id = fp.id, path = fp.code || '/' || p.code
    from framework_nodes fp
    where p.kind = 'programme' and fp.plan_id = p.plan_id and fp.code = 'FP' || ((p.no - 1) / 3 + 1)
      and p.plan_id in (select id from plans where is_demo)`.execute(db)

  await sql`
    insert into indicators (plan_id, code, name_lo, name_en, unit_lo, unit_en, direction, decimals, formula, meta)
    select pl.id, 'IND-' || lpad(k::text, 2, '0'), '(ສາທິດ) ຕົວຊີ້ວັດ ' || k, 'Demo indicator ' || k,
           case when k in (3, 4, 9, 10) then '%' else 'ຄົນ' end, case when k in (3, 4, 9, 10) then '%' else 'people' end,
           case when k = 4 then 'down' else 'up' end, 0,
           case k when 9 then '100 * {DE-IND-01} / {DE-IND-02}' when 10 then '100 * ({DE-IND-05} - {DE-IND-06}) / {DE-IND-05}' end,
           jsonb_build_object('target_2025', jsonb_build_object('value', case when k in (3, 9, 10) then 80 when k = 4 then 10 else 200000 + 1000 * k end))
    from plans pl cross join generate_series(1, 10) k where pl.is_demo`.execute(db)
  await sql`
    insert into indicator_values (indicator_id, period, value, is_demo)
    select i.id, y::text, case when i.unit_en = '%' then 40 + (y - 2016) * 3 else 20000 * (y - 2015) end, true
    from indicators i join plans pl on pl.id = i.plan_id cross join generate_series(2016, 2020) y where pl.is_demo`.execute(db)

  // Overall targets OT01–OT41: OT01–OT10 bound to the indicators, OT11–OT30 with their own element, OT31–OT41 milestones.
  await sql`
    insert into targets (plan_id, code, scope, no, sort_order, kind, text_lo, text_en, target_value, unit_lo, unit_en, target_year, comparator, baseline_value, baseline_year, indicator_id, per_year)
    select pl.id, 'OT' || lpad(k::text, 2, '0'), 'overall', k, k, case when k <= 30 then 'quantitative' else 'milestone' end,
           '(ສາທິດ) ຄາດໝາຍ ' || k, 'Demo overall target ' || k,
           case when k > 30 then null when k = 4 then 10 when k in (3, 9, 10) then 80 when k in (13, 17) then 100 else 1000 * (50 + 7 * k) end,
           'ຫົວໜ່ວຍ', 'units', case when k > 30 then null else 2025 end,
           case when k in (4, 13) then 'at_most' when k = 17 then 'decrease_to' else 'at_least' end,
           case when k > 30 then null when k = 4 then 30 when k in (13, 17) then 300 when k in (3, 9, 10) then 50 else 10000 end,
           case when k > 30 then null else 2020 end,
           (select id from indicators i where i.plan_id = pl.id and i.code = 'IND-' || lpad(k::text, 2, '0')),
           k = 25
    from plans pl cross join generate_series(1, 41) k where pl.is_demo`.execute(db)
  await sql`
    insert into targets (plan_id, node_id, code, scope, no, sort_order, kind, text_lo, text_en, target_value, unit_lo, unit_en, target_year, comparator, baseline_value, baseline_year)
    select n.plan_id, n.id, n.code || '-T0' || k, 'programme', k, 100 + n.no * 2 + k, 'quantitative', '(ສາທິດ) ' || n.code || ' ຄາດໝາຍ ' || k,
           'Demo ' || n.code || ' target ' || k, 20000 * k, 'ຫົວໜ່ວຍ', 'units', 2025, 'at_least', 1000, 2020
    from framework_nodes n join plans pl on pl.id = n.plan_id cross join generate_series(1, 2) k
    where pl.is_demo and n.kind = 'programme'`.execute(db)

  const sex = await sql<{ id: number }>`select id from disaggregations where code = 'SEX'`.execute(db)
  await sql`
    insert into data_elements (plan_id, code, name_lo, name_en, aggregation, is_demo, indicator_id, target_id, disaggregation_id, unit_en)
    select i.plan_id, 'DE-' || i.code, i.name_lo, i.name_en, case when i.unit_en = '%' then 'average' else 'sum' end, true, i.id, null, null, i.unit_en
    from indicators i join plans pl on pl.id = i.plan_id where pl.is_demo
    union all
    select t.plan_id, 'DE-' || t.code, t.text_lo, t.text_en,
           case when t.code in ('OT13', 'OT17') or t.no % 5 = 0 then 'average' when t.no % 5 = 1 then 'last' else 'sum' end, true, null, t.id,
           case when t.scope = 'overall' and t.no between 11 and 22 then ${sex.rows[0].id}::int end, 'units'
    from targets t join plans pl on pl.id = t.plan_id
    where pl.is_demo and t.kind = 'quantitative' and t.indicator_id is null`.execute(db)

  await sql`
    insert into data_sets (plan_id, code, name_lo, name_en, frequency, deadline_days, is_demo)
    select pl.id, d.code, d.name_lo, d.name_en, d.frequency, d.deadline, true from plans pl cross join (values
      ('DEMO-MONTHLY', '(ສາທິດ) ລາຍງານປະຈຳເດືອນ', 'Demo monthly report', 'month', 10),
      ('DEMO-ANNUAL', '(ສາທິດ) ລາຍງານປະຈຳປີ', 'Demo annual report', 'year', 30)) d(code, name_lo, name_en, frequency, deadline)
    where pl.is_demo`.execute(db)
  await sql`
    insert into data_set_members (data_set_id, entity_type, entity_id, sort_order)
    select ds.id, 'data_element', de.id, de.id from data_sets ds join data_elements de on de.plan_id = ds.plan_id
    where ds.is_demo and (ds.code = 'DEMO-MONTHLY' or de.code in ('DE-IND-01', 'DE-IND-02', 'DE-IND-03', 'DE-IND-05', 'DE-IND-06'))`.execute(db)

  await sql`
    insert into projects (plan_id, code, no, focus_plan_id, responsible_org_unit_id, name_lo, name_en, start_year, end_year, amount, currency, funding_source, meta)
    select pl.id, 'PJ' || lpad(k::text, 2, '0'), k,
           (select id from framework_nodes f where f.plan_id = pl.id and f.code = 'FP' || (k % 3 + 1)),
           (select id from org_units u where u.kind = 'province' and u.iso_code is not null order by u.code offset (k % 18) limit 1),
           '(ສາທິດ) ໂຄງການ ' || k, 'Demo project ' || k, 2021, 2025,
           case when k % 3 = 1 then 5000000 + k * 10000 else 5000 + k * 100 end,
           case when k % 3 = 1 then 'USD' else 'LAK_M' end,
           case k % 3 when 1 then 'oda' when 2 then 'government' else 'private' end, '{"demo": true}'
    from plans pl cross join generate_series(1, 50) k where pl.is_demo`.execute(db)
  await sql`
    insert into project_years (project_id, year, planned, approved, disbursed)
    select p.id, y, p.amount / 5, p.amount / 5, case when y <= 2022 then round(p.amount / 5 * 0.8) end
    from projects p join plans pl on pl.id = p.plan_id cross join generate_series(2021, 2025) y where pl.is_demo`.execute(db)
}
