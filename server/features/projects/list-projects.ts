import { sql, type Kysely } from 'kysely'
import { z } from 'zod'
import type { DB } from '../../platform/db/schema.js'
import { bi, findPlanId, num } from '../plans/find-plan.js'
import { escapeLike } from '../../../common/escape-like.js'
import { normalizeLao } from '../../../common/lao-text.js'

export const projectFilters = z.object({
  focusPlan: z.string().max(40).optional(),
  funding: z.string().max(40).optional(),
  currency: z.enum(['LAK_M', 'LAK', 'USD']).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['document', 'name', 'amount', 'start']).default('document'),
})
export type ProjectFilters = z.infer<typeof projectFilters>

// Sort keys are whitelisted expressions, never user text; Lao names sort in Lao alphabetical order (ICU collation).
const SORTS = {
  document: sql`p.id`,
  name: sql`coalesce(p.name_lo, p.name_en) collate "lao"`,
  amount: sql`p.amount desc nulls last`,
  start: sql`p.start_year nulls last`,
} as const

/** Projects with the same filters applied to the list and to its totals; kip and USD are never added together. */
export async function listProjects(db: Kysely<DB>, planCode: string, f: ProjectFilters) {
  const planId = await findPlanId(db, planCode)
  let q = db.selectFrom('projects as p').leftJoin('framework_nodes as fp', 'fp.id', 'p.focus_plan_id').where('p.plan_id', '=', planId)
  if (f.focusPlan) q = f.focusPlan === 'ODA' ? q.where('p.focus_plan_id', 'is', null) : q.where('fp.code', '=', f.focusPlan)
  if (f.funding) q = q.where('p.funding_source', '=', f.funding)
  if (f.currency) q = q.where('p.currency', '=', f.currency)
  if (f.year) q = q.where('p.start_year', '<=', f.year).where((eb) => eb.or([eb('p.end_year', '>=', f.year!), eb('p.end_year', 'is', null)]))
  if (f.q) {
    const like = `%${escapeLike(normalizeLao(f.q))}%`
    q = q.where((eb) => eb.or([eb('p.name_lo', 'ilike', like), eb('p.name_en', 'ilike', like), eb('p.code', 'ilike', like)]))
  }
  const rows = await q.select(['p.code', 'p.no', 'p.name_lo', 'p.name_en', 'p.garbled', 'p.start_year', 'p.end_year', 'p.years_raw', 'p.amount', 'p.currency', 'p.funding_source', 'p.donor', 'p.note', 'p.src', 'fp.code as fp_code', 'fp.no as fp_no'])
    .orderBy(SORTS[f.sort ?? 'document']).orderBy('p.id').execute()
  const totals = <K extends string>(key: (r: (typeof rows)[number]) => K) => {
    const m = new Map<string, { key: K; currency: string; count: number; amount: number }>()
    for (const r of rows) {
      const k = `${key(r)}|${r.currency}`
      const t = m.get(k) ?? { key: key(r), currency: r.currency, count: 0, amount: 0 }
      t.count++
      t.amount += num(r.amount) ?? 0
      m.set(k, t)
    }
    return [...m.values()].map((t) => ({ ...t, amount: Math.round(t.amount * 100) / 100 }))
  }
  const years: { year: number; currency: string; running: number; starting: number; startingAmount: number }[] = []
  const plan = await db.selectFrom('plans').select(['period_start', 'period_end']).where('id', '=', planId).executeTakeFirstOrThrow()
  for (let y = plan.period_start; y <= plan.period_end; y++) {
    for (const currency of [...new Set(rows.map((r) => r.currency))]) {
      const cur = rows.filter((r) => r.currency === currency)
      years.push({
        year: y, currency,
        running: cur.filter((r) => r.start_year !== null && r.start_year <= y && (r.end_year ?? r.start_year) >= y).length,
        starting: cur.filter((r) => r.start_year === y).length,
        startingAmount: cur.filter((r) => r.start_year === y).reduce((a, r) => a + (num(r.amount) ?? 0), 0),
      })
    }
  }
  return {
    items: rows.map((r) => ({
      code: r.code, no: r.no, focusPlan: r.fp_code, name: bi(r.name_lo, r.name_en), garbled: r.garbled,
      years: { start: r.start_year, end: r.end_year, raw: r.years_raw }, amount: num(r.amount), currency: r.currency,
      funding: r.funding_source, donor: r.donor, note: r.note, src: r.src,
    })),
    totals: {
      all: totals(() => 'all'),
      byFocusPlan: totals((r) => r.fp_code ?? 'ODA'),
      byFunding: totals((r) => r.funding_source),
      byYear: years,
    },
  }
}
