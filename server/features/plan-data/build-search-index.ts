import type { Transaction } from 'kysely'
import { normalizeLao } from '../../../common/lao-text.js'
import type { DB } from '../../platform/db/schema.js'
import { upsertRows } from './upsert.js'

type Doc = { entity_type: string; entity_code: string; title_lo: string | null; title_en: string | null; src: string | null; extra?: string | null }

/** One row per searchable item, its text normalised (NFC, ຳ) so that either Lao spelling finds it. */
export async function buildSearchIndex(trx: Transaction<DB>, planId: number): Promise<number> {
  const docs: Doc[] = []
  const nodes = await trx.selectFrom('framework_nodes').select(['code', 'kind', 'name_lo', 'name_en', 'src', 'note']).where('plan_id', '=', planId).execute()
  docs.push(...nodes.map((n) => ({ entity_type: 'node', entity_code: n.code, title_lo: n.name_lo, title_en: n.name_en, src: n.src, extra: n.note })))
  const targets = await trx.selectFrom('targets').select(['code', 'text_lo', 'text_en', 'src']).where('plan_id', '=', planId).execute()
  docs.push(...targets.map((t) => ({ entity_type: 'target', entity_code: t.code, title_lo: t.text_lo, title_en: t.text_en, src: t.src })))
  const projects = await trx.selectFrom('projects').select(['code', 'name_lo', 'name_en', 'src', 'garbled']).where('plan_id', '=', planId).execute()
  docs.push(...projects.map((p) => ({ entity_type: 'project', entity_code: p.code, title_lo: p.garbled ? null : p.name_lo, title_en: p.name_en, src: p.src })))
  const inds = await trx.selectFrom('indicators').select(['code', 'name_lo', 'name_en', 'src', 'sdg_code']).where('plan_id', '=', planId).execute()
  docs.push(...inds.map((i) => ({ entity_type: 'indicator', entity_code: i.code, title_lo: i.name_lo, title_en: i.name_en, src: i.src, extra: i.sdg_code })))
  const legal = await trx.selectFrom('legal_instruments').select(['code', 'title_lo', 'title_en', 'src', 'number', 'garbled']).where('plan_id', '=', planId).execute()
  docs.push(...legal.map((l) => ({ entity_type: 'legislation', entity_code: l.code, title_lo: l.garbled ? null : l.title_lo, title_en: l.title_en, src: l.src, extra: l.number })))
  const series = await trx.selectFrom('stat_series').innerJoin('stat_tables', 'stat_tables.id', 'stat_series.table_id')
    .select(['stat_series.code', 'stat_series.name_lo', 'stat_series.name_en', 'stat_series.src']).where('stat_tables.plan_id', '=', planId).execute()
  docs.push(...series.map((x) => ({ entity_type: 'series', entity_code: x.code, title_lo: x.name_lo, title_en: x.name_en, src: x.src })))
  const findings = await trx.selectFrom('findings').select(['code', 'title_lo', 'title_en', 'src_a']).where('plan_id', '=', planId).execute()
  docs.push(...findings.map((f) => ({ entity_type: 'finding', entity_code: f.code, title_lo: f.title_lo, title_en: f.title_en, src: f.src_a })))
  const units = await trx.selectFrom('org_units').select(['code', 'name_lo', 'name_en', 'abbr_lo', 'abbr_en', 'src']).execute()
  docs.push(...units.map((u) => ({ entity_type: 'orgunit', entity_code: u.code, title_lo: u.name_lo, title_en: u.name_en, src: u.src, extra: [u.abbr_lo, u.abbr_en].filter(Boolean).join(' ') })))

  await upsertRows(trx, 'search_documents', docs.map((d) => ({
    plan_id: planId,
    entity_type: d.entity_type,
    entity_code: d.entity_code,
    title_lo: d.title_lo,
    title_en: d.title_en,
    src: d.src,
    norm: normalizeLao([d.entity_code, d.title_lo, d.title_en, d.extra].filter(Boolean).join(' \u2022 ')),
  })), ['plan_id', 'entity_type', 'entity_code'], null)
  return docs.length
}
