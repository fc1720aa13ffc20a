import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { notFound } from '../../platform/http/errors.js'
import { bi, findPlanId, num } from '../plans/find-plan.js'

export async function listIndicators(db: Kysely<DB>, planCode: string) {
  const planId = await findPlanId(db, planCode)
  const rows = await db.selectFrom('indicators').selectAll().where('plan_id', '=', planId).orderBy('src_line').orderBy('id').execute()
  const values = await db.selectFrom('indicator_values').select(['indicator_id', 'period', 'value']).where('indicator_id', 'in', rows.length ? rows.map((r) => r.id) : [0]).orderBy('period').execute()
  return rows.map((r) => {
    const own = values.filter((v) => v.indicator_id === r.id)
    const meta = r.meta as { target_2025?: { value: number | null } | null; binds?: string[] }
    return {
      code: r.code, name: bi(r.name_lo, r.name_en), unit: bi(r.unit_lo, r.unit_en), sdg: r.sdg_code, direction: r.direction, src: r.src,
      latest: own.length ? { period: own[own.length - 1].period, value: num(own[own.length - 1].value) } : null,
      target: meta.target_2025?.value ?? null, binds: meta.binds ?? [],
    }
  })
}

export async function getIndicator(db: Kysely<DB>, planCode: string, code: string) {
  const planId = await findPlanId(db, planCode)
  const r = await db.selectFrom('indicators').selectAll().where('plan_id', '=', planId).where('code', '=', code).executeTakeFirst()
  if (!r) throw notFound('indicator', code)
  const values = await db.selectFrom('indicator_values').select(['period', 'value', 'raw', 'src', 'is_demo']).where('indicator_id', '=', r.id).orderBy('period').execute()
  const meta = r.meta as { target_2025?: { value: number | null; src?: string | number } | null; binds?: string[]; issues?: unknown[]; note?: string; row?: string }
  const bound = meta.binds?.length
    ? await db.selectFrom('targets').select(['code', 'text_lo', 'text_en', 'target_value', 'target_year', 'unit_lo', 'unit_en', 'src']).where('plan_id', '=', planId).where('code', 'in', meta.binds).execute()
    : []
  const findings = await db.selectFrom('findings').select(['code', 'kind', 'title_lo', 'title_en']).where('plan_id', '=', planId).where('subject_code', '=', code).execute()
  return {
    code: r.code, name: bi(r.name_lo, r.name_en), unit: bi(r.unit_lo, r.unit_en), sdg: r.sdg_code, direction: r.direction, decimals: r.decimals, src: r.src,
    note: meta.note ?? null, row: meta.row ?? null,
    values: values.map((v) => ({ period: v.period, value: num(v.value), raw: v.raw, src: v.src, isDemo: v.is_demo })),
    target: meta.target_2025 ? { year: 2025, value: meta.target_2025.value, src: meta.target_2025.src !== undefined ? String(meta.target_2025.src) : null } : null,
    targets: bound.map((t) => ({ code: t.code, text: bi(t.text_lo, t.text_en), value: num(t.target_value), year: t.target_year, unit: bi(t.unit_lo, t.unit_en), src: t.src })),
    findings: findings.map((f) => ({ code: f.code, kind: f.kind, title: bi(f.title_lo, f.title_en) })),
  }
}
