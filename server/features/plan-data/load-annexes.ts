import type { Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PlanPackage } from './read-package.js'
import type { TablesFile } from './package-schema.js'
import { srcLine, srcText, upsertRows } from './upsert.js'

const unitOf = (u: unknown) => (typeof u === 'string' ? { lo: u, en: u } : { lo: (u as { lo?: string } | null)?.lo ?? null, en: (u as { en?: string } | null)?.en ?? null })

export async function loadIndicators(trx: Transaction<DB>, planId: number, pkg: PlanPackage, targets: Map<string, number>): Promise<number> {
  const list = pkg.indicators?.indicators ?? []
  const ids = await upsertRows(trx, 'indicators', list.map((ind) => {
    const u = unitOf(ind.unit)
    return {
      plan_id: planId,
      code: ind.code,
      name_lo: ind.name.lo ?? null,
      name_en: ind.name.en ?? null,
      unit_lo: u.lo,
      unit_en: u.en,
      sdg_code: ind.sdg ?? null,
      direction: ind.direction ?? 'up',
      decimals: ind.decimals ?? 0,
      formula: null,
      src: srcText(ind.src),
      src_line: srcLine(ind.src),
      meta: JSON.stringify({ row: ind.row, target_2025: ind.target_2025, binds: ind.binds ?? [], issues: ind.issues ?? [], note: ind.note }),
    }
  }), ['plan_id', 'code'])
  const values = list.flatMap((ind) => (ind.values ?? []).map((v) => ({
    indicator_id: ids.get(ind.code)!,
    period: String(v.year),
    value: v.value,
    raw: v.raw !== undefined ? String(v.raw) : null,
    src: srcText(v.src ?? ind.src),
  })))
  await upsertRows(trx, 'indicator_values', values, ['indicator_id', 'period'], null)
  // A target measured by several indicators (the document repeats some rows) keeps the first binding.
  const bound = new Set<string>()
  for (const ind of list) for (const code of ind.binds ?? []) {
    if (bound.has(code) || !targets.has(code)) continue
    bound.add(code)
    await trx.updateTable('targets').set({ indicator_id: ids.get(ind.code)! }).where('id', '=', targets.get(code)!).execute()
  }
  return list.length
}

export async function loadTables(trx: Transaction<DB>, planId: number, file: TablesFile | undefined, category: 'statistics' | 'budget', offset: number): Promise<number> {
  if (!file) return 0
  const tableIds = await upsertRows(trx, 'stat_tables', file.tables.map((t, i) => ({
    plan_id: planId,
    code: t.code,
    category,
    title_lo: t.title.lo ?? null,
    title_en: t.title.en ?? null,
    source_note_lo: t.source_note?.lo ?? null,
    columns: JSON.stringify(t.columns.map(String)),
    note: t.note ?? null,
    src: srcText(t.src),
    src_line: srcLine(t.src),
    sort_order: offset + i,
  })), ['plan_id', 'code'])
  let count = 0
  for (const t of file.tables) {
    const tableId = tableIds.get(t.code)!
    const seriesIds = await upsertRows(trx, 'stat_series', t.series.map((s, i) => {
      const u = unitOf(s.unit ?? t.unit)
      return {
        table_id: tableId,
        code: s.code,
        row_label: s.row !== undefined && s.row !== null ? String(s.row) : null,
        name_lo: s.name.lo ?? null,
        name_en: s.name.en ?? null,
        unit_lo: u.lo,
        unit_en: u.en,
        parent_id: null,
        stated_total: s.stated_total ?? false,
        sort_order: i,
        note: s.note ?? null,
        src: srcText(s.src),
        src_line: srcLine(s.src),
      }
    }), ['table_id', 'code'])
    for (const s of t.series) if (s.parent && seriesIds.has(s.parent)) {
      await trx.updateTable('stat_series').set({ parent_id: seriesIds.get(s.parent)! }).where('id', '=', seriesIds.get(s.code)!).execute()
    }
    const raw = (s: (typeof t.series)[number], col: string) => {
      const r = s.raw as Record<string, unknown> | undefined
      return r && typeof r === 'object' && r[col] !== undefined ? String(r[col]) : null
    }
    await upsertRows(trx, 'stat_values', t.series.flatMap((s) => Object.entries(s.values ?? {}).map(([col, value]) => ({
      series_id: seriesIds.get(s.code)!, col, value, raw: raw(s, col),
    }))), ['series_id', 'col'], null)
    count += t.series.length
  }
  return count
}

export async function loadLegislation(trx: Transaction<DB>, planId: number, pkg: PlanPackage): Promise<number> {
  const list = pkg.legislation?.instruments ?? []
  const iso = (d: unknown) => {
    if (d instanceof Date) return d.toISOString().slice(0, 10)
    return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null
  }
  await upsertRows(trx, 'legal_instruments', list.map((l) => ({
    plan_id: planId,
    code: l.code,
    type: l.type,
    no: l.no ?? null,
    number: l.number ?? null,
    issued_on: iso(l.date),
    date_raw: l.date_raw !== undefined && l.date_raw !== null ? String(l.date_raw) : null,
    status: l.status ?? null,
    title_lo: l.title.lo ?? null,
    title_en: l.title.en ?? null,
    garbled: l.garbled ?? l.title.garbled ?? false,
    note: l.note ?? null,
    src: srcText(l.src),
    src_line: srcLine(l.src),
  })), ['plan_id', 'code'])
  return list.length
}
