import { sql, type RawBuilder } from 'kysely'

/**
 * What each reporting unit contributes to a summary period, from its own counted values — the one definition of the
 * roll-up rules, shared by the incremental refresh, the full rebuild and the dashboard's reads of a unit's own values.
 *
 * Rules (also in ARCHITECTURE.md, "Analytics and the dashboard"):
 * - Only values of counted reports (approved or locked) count; empty values are skipped.
 * - Option 0 is the undisaggregated total. A report that gave only disaggregated options gets a total derived from
 *   them: their sum (their mean for 'average' elements).
 * - A value counts toward every period containing its own (months → quarters → semesters, Jan–Sep → years →
 *   mid-term → plan). Within one summary period, a unit's value for a period that lies inside a longer period the
 *   same unit also reported (a quarter inside the annual report) is superseded by it, and of two reports for the same
 *   period (two data sets holding the element) the later approval counts.
 * - Per unit and summary period: value_sum, value_count and last_value (the value of the latest period).
 */
export type ValueSource = {
  /** Which data values to read; aliases: dv = data_values. */
  values: RawBuilder<boolean>
  /** Which reports count; aliases: r = reports, c = analytics_counted_reports (left-joined). */
  counted: RawBuilder<boolean>
}

/** One row per counted (report, element, option) with the derived totals: the relation `series`. */
export function seriesSql(source: ValueSource): RawBuilder<unknown> {
  return sql`
    with raw as (
      select dv.report_id, dv.org_unit_id as unit_id, dv.data_element_id as element_id, dv.option_id, dv.period, dv.period_start, dv.value,
             coalesce(c.counted_at, r.approved_at, now()) as counted_at, de.aggregation,
             pl.period_start || '-' || pl.period_end as plan_period
      from data_values dv
      join reports r on r.id = dv.report_id
      join data_sets ds on ds.id = r.data_set_id
      join plans pl on pl.id = ds.plan_id
      join data_elements de on de.id = dv.data_element_id
      left join analytics_counted_reports c on c.report_id = dv.report_id
      where dv.value is not null and ${source.values} and ${source.counted}
    )
    select report_id, unit_id, element_id, option_id, period, period_start, value, counted_at, plan_period from raw
    union all
    select report_id, unit_id, element_id, 0, period, period_start,
           case when min(aggregation) = 'average' then avg(value) else sum(value) end, counted_at, plan_period
    from raw o
    where option_id <> 0 and not exists (select 1 from raw t where t.report_id = o.report_id and t.element_id = o.element_id and t.option_id = 0)
    group by report_id, unit_id, element_id, period, period_start, counted_at, plan_period`
}

/**
 * Per (unit, element, option, summary period): value_sum, value_count, last_value, from the relation `series`
 * (a CTE or table name) and a period map (see period-map.ts), with every rule checked.
 */
export function contributionsSql(series: string, periodMap: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    with checked as (
      select distinct on (unit_id, element_id, option_id, target, period) *
      from (
        select s.*, m.period_start as v_start, m.period_end as v_end, m.target, m.target_start, m.target_end
        from ${sql.table(series)} s join ${periodMap} m on m.period = s.period and (m.plan_period = s.plan_period or m.plan_period = '*')
      ) x
      order by unit_id, element_id, option_id, target, period, counted_at desc, report_id desc
    ),
    effective as (
      select d.* from checked d where not exists (
        select 1 from checked w
        where w.unit_id = d.unit_id and w.element_id = d.element_id and w.option_id = d.option_id and w.target = d.target
          and w.period <> d.period and w.v_start <= d.v_start and w.v_end >= d.v_end)
    )
    select unit_id, element_id, option_id, target as period, target_start as period_start, target_end as period_end,
           sum(value) as value_sum, count(*)::int as value_count,
           (array_agg(value order by v_start desc))[1] as last_value
    from effective
    group by unit_id, element_id, option_id, target, target_start, target_end`
}

/** `seriesSql` and `contributionsSql` as one statement (small reads: one report, a few units). */
export function unitContributionsSql(source: ValueSource, periodMap: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    with series as (${seriesSql(source)}),
    contributions as (${contributionsSql('series', periodMap)})
    select * from contributions`
}
