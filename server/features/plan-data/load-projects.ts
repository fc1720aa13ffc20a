import type { Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PlanPackage } from './read-package.js'
import { srcLine, srcText, upsertRows } from './upsert.js'

export async function loadProjects(trx: Transaction<DB>, planId: number, pkg: PlanPackage, nodes: Map<string, number>): Promise<number> {
  const file = pkg.projects
  if (!file) return 0
  const rows = [
    ...file.sections.flatMap((s) => s.projects.map((p) => ({ p, fp: s.focus_plan }))),
    ...(file.oda?.projects ?? []).map((p) => ({ p, fp: null as string | null })),
  ].map(({ p, fp }) => ({
    plan_id: planId,
    code: p.code,
    no: p.no ?? null,
    focus_plan_id: fp ? nodes.get(fp)! : null,
    programme_id: p.programme ? nodes.get(p.programme)! : null,
    name_lo: p.name.lo ?? null,
    name_en: p.name.en ?? null,
    garbled: p.garbled ?? p.name.garbled ?? false,
    start_year: p.years?.start ?? null,
    end_year: p.years?.end ?? null,
    years_raw: p.years?.raw !== undefined ? String(p.years.raw) : null,
    amount: p.amount,
    currency: p.currency,
    funding_source: p.funding,
    donor: p.donor ?? null,
    note: [p.note, p.years?.note].filter(Boolean).join(' ') || null,
    src: srcText(p.src),
    src_line: srcLine(p.src),
    meta: JSON.stringify({ funding_raw: p.funding_raw, raw: p.raw }),
  }))
  await upsertRows(trx, 'projects', rows, ['plan_id', 'code'])
  return rows.length
}
