import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { notFound } from '../../platform/http/errors.js'
import { bi, findPlanId, num } from './find-plan.js'
import { presentTarget, type TargetRow } from './present-target.js'

export async function getNode(db: Kysely<DB>, planCode: string, nodeCode: string) {
  const planId = await findPlanId(db, planCode)
  const n = await db.selectFrom('framework_nodes').selectAll().where('plan_id', '=', planId).where('code', '=', nodeCode).executeTakeFirst()
  if (!n) throw notFound('node', nodeCode)
  const chain = n.path.split('/')
  const crumbs = await db.selectFrom('framework_nodes').select(['code', 'kind', 'no', 'name_lo', 'name_en']).where('plan_id', '=', planId).where('code', 'in', chain).execute()
  const children = await db.selectFrom('framework_nodes').select(['code', 'kind', 'no', 'name_lo', 'name_en', 'missing_in_source', 'title_missing', 'src']).where('parent_id', '=', n.id).orderBy('sort_order').execute()
  const targets = (await db.selectFrom('targets').selectAll().where('plan_id', '=', planId)
    .where((eb) => eb.or([eb('node_id', '=', n.id), eb('parent_target_id', 'in', eb.selectFrom('targets as t2').select('t2.id').where('t2.node_id', '=', n.id))]))
    .orderBy('sort_order').execute()) as TargetRow[]
  const projectFilter = n.kind === 'focus_plan' ? 'focus_plan_id' : 'programme_id'
  const projects = await db.selectFrom('projects').select(['code', 'no', 'name_lo', 'name_en', 'garbled', 'start_year', 'end_year', 'years_raw', 'amount', 'currency', 'funding_source', 'src'])
    .where(projectFilter, '=', n.id).orderBy('id').execute()
  const meta = n.meta as { links?: { to: string }[]; see?: number[]; also_src?: string[] }
  const links = meta.links?.length ? await db.selectFrom('framework_nodes').select(['code', 'kind', 'no', 'name_lo', 'name_en']).where('plan_id', '=', planId).where('code', 'in', meta.links.map((l) => l.to)).execute() : []
  return {
    code: n.code, kind: n.kind, no: n.no, name: bi(n.name_lo, n.name_en), note: n.note, src: n.src, alsoSrc: meta.also_src ?? [], see: meta.see ?? [],
    missing: n.missing_in_source, titleMissing: n.title_missing, garbled: n.garbled,
    breadcrumb: chain.map((c) => crumbs.find((x) => x.code === c)).filter(Boolean).map((x) => ({ code: x!.code, kind: x!.kind, no: x!.no, name: bi(x!.name_lo, x!.name_en) })),
    children: children.map((c) => ({ code: c.code, kind: c.kind, no: c.no, name: bi(c.name_lo, c.name_en), missing: c.missing_in_source, titleMissing: c.title_missing, src: c.src })),
    links: links.map((x) => ({ code: x.code, kind: x.kind, no: x.no, name: bi(x.name_lo, x.name_en) })),
    targets: targets.filter((t) => t.parent_target_id === null).map((t) => presentTarget(t, targets)),
    projects: projects.map((p) => ({ code: p.code, no: p.no, name: bi(p.name_lo, p.name_en), garbled: p.garbled, years: { start: p.start_year, end: p.end_year, raw: p.years_raw }, amount: num(p.amount), currency: p.currency, funding: p.funding_source, src: p.src })),
  }
}
