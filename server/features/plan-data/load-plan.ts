import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { readPlanPackage, type PlanPackage } from './read-package.js'
import { loadOrgUnits } from './load-org-units.js'
import { loadFramework } from './load-framework.js'
import { loadProjects } from './load-projects.js'
import { loadIndicators, loadLegislation, loadTables } from './load-annexes.js'
import { loadPreviousPlan } from './load-previous-plan.js'
import { detectFindings } from './detect-findings.js'
import { buildSearchIndex } from './build-search-index.js'
import { upsertRows, srcText } from './upsert.js'
import { ensurePlanReporting } from '../reporting/ensure-plan-reporting.js'
import { recordAudit } from '../../platform/audit/record-audit.js'

/** Bumped when the loader's mapping changes, so an unchanged package is still reloaded by a new loader. */
const LOADER_VERSION = '2'

export type LoadResult = { code: string; status: 'loaded' | 'unchanged'; counts: Record<string, number>; findings: number }

export function packageHash(dir: string): string {
  const h = crypto.createHash('sha256').update(LOADER_VERSION)
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d).sort()) {
      const p = path.join(d, f)
      if (fs.statSync(p).isDirectory()) walk(p)
      else h.update(path.relative(dir, p)).update(fs.readFileSync(p))
    }
  }
  walk(dir)
  return h.digest('hex')
}

export async function loadPlanPackage(db: Kysely<DB>, dir: string, opts: { force?: boolean; onProgress?: (step: string) => void } = {}): Promise<LoadResult> {
  const progress = opts.onProgress ?? (() => {})
  progress('reading')
  const pkg = readPlanPackage(dir)
  const hash = packageHash(dir)
  const existing = await db.selectFrom('plans').select(['id', 'content_hash']).where('code', '=', pkg.plan.code).executeTakeFirst()
  if (existing?.content_hash === hash && !opts.force) {
    return { code: pkg.plan.code, status: 'unchanged', counts: {}, findings: 0 }
  }
  return db.transaction().execute(async (trx) => {
    const counts: Record<string, number> = {}
    progress('org units')
    counts.orgUnits = await loadOrgUnits(trx, pkg.orgunits)
    const owner = pkg.plan.owner ? await trx.selectFrom('org_units').select('id').where('code', '=', pkg.plan.owner).executeTakeFirst() : undefined
    const planRow = {
      code: pkg.plan.code, name_lo: pkg.plan.name.lo ?? pkg.plan.code, name_en: pkg.plan.name.en ?? null,
      period_start: pkg.plan.period.start, period_end: pkg.plan.period.end, role: 'current',
      owner_org_unit_id: owner?.id ?? null, meta: JSON.stringify(planMeta(pkg)), content_hash: hash, src: srcText(pkg.plan.document.src),
    }
    const plan = await trx.insertInto('plans').values(planRow)
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...planRow, code: undefined }))
      .returning('id').executeTakeFirstOrThrow()
    progress('source text')
    if (pkg.sourceText) {
      const lines = pkg.sourceText.replace(/\n$/, '').split('\n').map((text, i) => ({ plan_id: plan.id, line: i + 1, text }))
      await upsertRows(trx, 'plan_source_lines', lines, ['plan_id', 'line'], null)
      counts.sourceLines = lines.length
    }
    progress('framework')
    const fw = await loadFramework(trx, plan.id, pkg)
    counts.nodes = fw.nodes.size
    counts.targets = fw.targets.size
    progress('indicators')
    counts.indicators = await loadIndicators(trx, plan.id, pkg, fw.targets)
    progress('projects')
    counts.projects = await loadProjects(trx, plan.id, pkg, fw.nodes)
    progress('legislation')
    counts.legislation = await loadLegislation(trx, plan.id, pkg)
    progress('statistics')
    counts.series = (await loadTables(trx, plan.id, pkg.statistics, 'statistics', 0)) + (await loadTables(trx, plan.id, pkg.budget, 'budget', 1000))
    progress('previous plan')
    counts.previousTargets = await loadPreviousPlan(trx, pkg, fw.targets)
    progress('findings')
    const findings = detectFindings(pkg)
    await upsertRows(trx, 'findings', findings.map((f) => ({
      plan_id: plan.id, code: f.code, kind: f.kind, severity: f.severity, subject_type: f.subject_type ?? null, subject_code: f.subject_code ?? null,
      title_lo: f.title_lo, title_en: f.title_en,
      figure_a: f.a?.value ?? null, figure_a_label: f.a?.label ?? null, src_a: f.a?.src ?? null,
      figure_b: f.b?.value ?? null, figure_b_label: f.b?.label ?? null, src_b: f.b?.src ?? null,
      detail: JSON.stringify(f.detail ?? {}),
    })), ['plan_id', 'code'])
    const stale = await trx.deleteFrom('findings').where('plan_id', '=', plan.id).where('code', 'not in', findings.length ? findings.map((f) => f.code) : ['']).execute()
    void stale
    progress('reporting setup')
    Object.assign(counts, await ensurePlanReporting(trx, plan.id))
    progress('search index')
    counts.searchDocuments = await buildSearchIndex(trx, plan.id)
    // An import is a write like any other: audited in the same transaction.
    await recordAudit(trx, {
      action: 'plan.load', entityType: 'plan', entityId: plan.id, entityCode: pkg.plan.code,
      before: existing ? { content_hash: existing.content_hash } : null,
      after: { content_hash: hash, counts, findings: findings.length, source: path.basename(dir) },
      actor: { userId: null, username: 'system:plan-loader' },
    })
    return { code: pkg.plan.code, status: 'loaded' as const, counts, findings: findings.length }
  })
}

function planMeta(pkg: PlanPackage) {
  const p = pkg.plan
  return { document: p.document, vision: p.vision, overall_goal: p.overall_goal, strategies: p.strategies ?? [], directions: p.directions ?? [], stated: p.stated ?? [], note: p.note }
}

/** Every folder under `root` holding a plan.yaml, in name order. */
export function listPlanPackages(root: string): string[] {
  if (!fs.existsSync(root)) return []
  if (fs.existsSync(path.join(root, 'plan.yaml'))) return [root]
  return fs.readdirSync(root).sort().map((d) => path.join(root, d)).filter((d) => fs.existsSync(path.join(d, 'plan.yaml')))
}
