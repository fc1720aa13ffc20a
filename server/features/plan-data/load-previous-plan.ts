import type { Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PlanPackage } from './read-package.js'
import { srcLine, srcText, upsertRows } from './upsert.js'

/** The previous plan is kept as a plan of its own (role "previous") so the two can be compared target by target. */
export async function loadPreviousPlan(trx: Transaction<DB>, pkg: PlanPackage, current: Map<string, number>): Promise<number> {
  const file = pkg.previous
  if (!file) return 0
  const plan = await trx.insertInto('plans').values({
    code: file.plan.code, name_lo: file.plan.name.lo ?? file.plan.code, name_en: file.plan.name.en ?? null,
    period_start: file.plan.period.start, period_end: file.plan.period.end, role: 'previous',
    meta: JSON.stringify({ successor: pkg.plan.code }), src: srcText(file.plan.src),
  }).onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ name_lo: eb.ref('excluded.name_lo'), name_en: eb.ref('excluded.name_en'), meta: eb.ref('excluded.meta'), src: eb.ref('excluded.src') })))
    .returning('id').executeTakeFirstOrThrow()
  const ids = await upsertRows(trx, 'targets', file.targets.map((t, i) => ({
    plan_id: plan.id, node_id: null, parent_target_id: null, code: t.code, scope: 'overall', no: t.no ?? null, sort_order: i,
    kind: t.kind, text_lo: t.text?.lo ?? null, text_en: t.text?.en ?? null, target_value: t.value ?? null,
    unit_lo: typeof t.unit === 'string' ? t.unit : t.unit?.lo ?? null, unit_en: typeof t.unit === 'string' ? t.unit : t.unit?.en ?? null,
    target_year: t.year ?? null, per_year: t.per_year ?? false, comparator: t.comparator ?? 'at_least',
    baseline_value: t.baseline?.value ?? null, baseline_year: t.baseline?.year ?? null, note: t.note ?? null,
    src: srcText(t.src), src_line: srcLine(t.src), missing_in_source: t.missing ?? false,
    meta: JSON.stringify({ result: t.result ?? null, compare_to: t.compare_to ?? [] }),
  })), ['plan_id', 'code'])
  const links = file.targets.flatMap((t) => (t.compare_to ?? []).filter((c) => current.has(c)).map((c) => ({
    from_target_id: ids.get(t.code)!, to_target_id: current.get(c)!, kind: 'continues',
  })))
  await upsertRows(trx, 'target_links', links, ['from_target_id', 'to_target_id', 'kind'], null)
  return file.targets.length
}
