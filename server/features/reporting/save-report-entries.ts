import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { actorUserId, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { findReportContext, type ReportKey } from './find-report-context.js'
import { loadFormItems } from './load-form-items.js'
import { resolveEntries, type ResolvedMilestone, type ResolvedProject, type ResolvedValue } from './resolve-entries.js'
import { openReportForUpdate } from './open-report-for-edit.js'
import { editConflict, invalidEntries, reportNotEditable } from './reporting-errors.js'
import { EDITABLE, type ReportStatus } from './report-workflow.js'
import type { SaveBody } from './reporting.schemas.js'
import type { NumberReading } from '../../../common/numbers/parse-number-text.js'

const num = (v: string | null) => (v === null ? null : Number(v))
const CHUNK = 10_000

export type SaveOptions = {
  checkVersions?: boolean; auditAction?: string; auditExtra?: Record<string, unknown>
  /** how values sent as text are read (default Lao: 1.234,5) */
  numbers?: NumberReading
}

/**
 * Saves entries of one report, all or nothing. Each entry carries the version its editor loaded; if anyone saved it
 * since, nothing is saved and the caller gets every conflicting entry with its current value (409) — no edit is ever
 * silently lost. The report row is locked for the transaction, so two saves of one report queue.
 */
export async function saveReportEntries(db: Kysely<DB>, actor: Actor, key: ReportKey, body: SaveBody, opts: SaveOptions = {}) {
  const ctx = await findReportContext(db, key)
  const items = await loadFormItems(db, ctx.dataSet.id, ctx.unit.id)
  const resolved = await resolveEntries(db, items, body, opts.numbers)
  if (resolved.errors.length) throw invalidEntries(resolved.errors)
  const checkVersions = opts.checkVersions ?? true

  // Inside a caller's transaction (an idempotent retry, an import) the save joins it.
  const run = <T>(fn: (trx: Transaction<DB>) => Promise<T>) => (db.isTransaction ? fn(db as Transaction<DB>) : db.transaction().execute(fn))
  return run(async (trx) => {
    const report = await openReportForUpdate(trx, ctx, actorUserId(actor))
    if (!EDITABLE.includes(report.status as ReportStatus)) throw reportNotEditable(report.status)
    const current = await currentVersions(trx, report.id)
    const conflicts = checkVersions ? findConflicts(resolved, current) : []
    if (conflicts.length) throw editConflict(conflicts)

    const by = actorUserId(actor)
    const changes = {
      values: await writeValues(trx, report, resolved.values, current.values, by),
      milestones: await writeMilestones(trx, report.id, resolved.milestones, current.milestones, by),
      projects: await writeProjects(trx, report.id, resolved.projects, current.projects, by),
    }
    const edited = changes.values.audit.length + resolved.milestones.length + resolved.projects.length > 0
    // Nothing new: the report's version stays too, so a colleague's pending submit (If-Match) still holds.
    const updated = edited
      ? await trx.updateTable('reports').set({ version: sql`version + 1`, updated_at: new Date() }).where('id', '=', report.id).returning(['version']).executeTakeFirstOrThrow()
      : { version: report.version }
    await recordAudit(trx, {
      action: opts.auditAction ?? 'report.save', entityType: 'report', entityId: report.id, entityCode: `${ctx.dataSet.code}/${ctx.unit.code}/${ctx.period.id}`,
      before: { version: report.version },
      after: { version: updated.version, ...opts.auditExtra, values: changes.values.audit, milestones: changes.milestones.audit, projects: changes.projects.audit },
      ...auditBy(actor),
    })
    return {
      reportId: report.id, version: updated.version,
      saved: { values: changes.values.versions, milestones: changes.milestones.versions, projects: changes.projects.versions },
      valueCounts: changes.values.counts,
    }
  })
}

type Current = Awaited<ReturnType<typeof currentVersions>>

async function currentVersions(trx: Transaction<DB>, reportId: number) {
  const values = await trx.selectFrom('data_values').select(['data_element_id', 'option_id', 'value', 'text_value', 'comment', 'version', 'updated_at', 'updated_by']).where('report_id', '=', reportId).execute()
  const milestones = await trx.selectFrom('milestone_progress').selectAll().where('report_id', '=', reportId).execute()
  const projects = await trx.selectFrom('project_progress').selectAll().where('report_id', '=', reportId).execute()
  return {
    values: new Map(values.map((v) => [`${v.data_element_id}:${v.option_id}`, v])),
    milestones: new Map(milestones.map((m) => [m.target_id, m])),
    projects: new Map(projects.map((p) => [p.project_id, p])),
  }
}

function findConflicts(r: Awaited<ReturnType<typeof resolveEntries>>, current: Current) {
  const out: unknown[] = []
  for (const v of r.values) {
    const c = current.values.get(`${v.elementId}:${v.optionId}`)
    if ((c?.version ?? 0) !== v.baseVersion) out.push({ type: 'value', element: v.elementCode, option: v.optionCode, yourBaseVersion: v.baseVersion, current: c ? { value: num(c.value), text: c.text_value, version: c.version, updatedAt: c.updated_at.toISOString() } : null })
  }
  for (const m of r.milestones) {
    const c = current.milestones.get(m.targetId)
    if ((c?.version ?? 0) !== m.baseVersion) out.push({ type: 'milestone', target: m.code, yourBaseVersion: m.baseVersion, current: c ? { status: c.status, percentComplete: num(c.percent_complete), narrative: c.narrative, version: c.version } : null })
  }
  for (const p of r.projects) {
    const c = current.projects.get(p.projectId)
    if ((c?.version ?? 0) !== p.baseVersion) out.push({ type: 'project', project: p.code, yourBaseVersion: p.baseVersion, current: c ? { physicalPercent: num(c.physical_percent), issues: c.issues, disbursements: c.disbursements, version: c.version } : null })
  }
  return out
}

async function writeValues(trx: Transaction<DB>, report: { id: number; org_unit_id: number; period: string; period_start: string }, values: ResolvedValue[], current: Current['values'], by: number | null) {
  const audit: unknown[] = []
  const versions: { element: string; option: string | null; version: number }[] = []
  const rows = []
  let [created, updated, unchanged] = [0, 0, 0]
  for (const v of values) {
    const c = current.get(`${v.elementId}:${v.optionId}`)
    // The same value again (a re-imported template, a retried save) is not an edit: its version stays, so nobody
    // editing it meanwhile gets a false conflict, and an import does not report it as changed.
    if (c && num(c.value) === v.value && c.text_value === v.text && c.comment === v.comment) {
      versions.push({ element: v.elementCode, option: v.optionCode, version: c.version })
      unchanged++
      continue
    }
    const version = (c?.version ?? 0) + 1
    versions.push({ element: v.elementCode, option: v.optionCode, version })
    if (c) updated++
    else created++
    audit.push([v.elementCode, v.optionCode, c ? num(c.value) ?? c.text_value : null, v.value ?? v.text])
    rows.push({ report_id: report.id, data_element_id: v.elementId, option_id: v.optionId, org_unit_id: report.org_unit_id, period: report.period, period_start: report.period_start, value: v.value, text_value: v.text, comment: v.comment, version, updated_by: by, updated_at: new Date() })
  }
  // One array per column (unnest) instead of a VALUES list: 12 parameters per statement, not 12 per row, which
  // keeps a 100,000-value import from spending its time binding parameters (see docs/benchmarks.md).
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK)
    const col = (name: string) => part.map((r) => (r as Record<string, unknown>)[name])
    await sql`insert into data_values (report_id, data_element_id, option_id, org_unit_id, period, period_start, value, text_value, comment, version, updated_by, updated_at)
      select * from unnest(${col('report_id')}::int[], ${col('data_element_id')}::int[], ${col('option_id')}::int[], ${col('org_unit_id')}::int[], ${col('period')}::text[],
        ${col('period_start')}::date[], ${col('value')}::numeric[], ${col('text_value')}::text[], ${col('comment')}::text[], ${col('version')}::int[], ${col('updated_by')}::int[], ${col('updated_at')}::timestamptz[])
      on conflict (report_id, data_element_id, option_id) do update set value = excluded.value, text_value = excluded.text_value, comment = excluded.comment,
        version = excluded.version, updated_by = excluded.updated_by, updated_at = excluded.updated_at`.execute(trx)
  }
  return { audit, versions, counts: { created, updated, unchanged } }
}

async function writeMilestones(trx: Transaction<DB>, reportId: number, entries: ResolvedMilestone[], current: Current['milestones'], by: number | null) {
  const audit: unknown[] = []
  const versions: { target: string; version: number }[] = []
  for (const m of entries) {
    const c = current.get(m.targetId)
    // Fields the request left out keep their saved value.
    const next = {
      status: m.touched.has('status') ? m.status : c?.status ?? null,
      percent_complete: m.touched.has('percentComplete') ? m.percentComplete : num(c?.percent_complete ?? null),
      narrative: m.touched.has('narrative') ? m.narrative : c?.narrative ?? null,
    }
    const version = (c?.version ?? 0) + 1
    await trx.insertInto('milestone_progress').values({ report_id: reportId, target_id: m.targetId, ...next, version, updated_by: by, updated_at: new Date() })
      .onConflict((oc) => oc.columns(['report_id', 'target_id']).doUpdateSet({ ...next, version, updated_by: by, updated_at: new Date() })).execute()
    audit.push({ target: m.code, before: c ? { status: c.status, percentComplete: num(c.percent_complete), narrative: c.narrative } : null, after: { status: next.status, percentComplete: next.percent_complete, narrative: next.narrative } })
    versions.push({ target: m.code, version })
  }
  return { audit, versions }
}

async function writeProjects(trx: Transaction<DB>, reportId: number, entries: ResolvedProject[], current: Current['projects'], by: number | null) {
  const audit: unknown[] = []
  const versions: { project: string; version: number }[] = []
  for (const p of entries) {
    const c = current.get(p.projectId)
    const next = {
      physical_percent: p.touched.has('physicalPercent') ? p.physicalPercent : num(c?.physical_percent ?? null),
      issues: p.touched.has('issues') ? p.issues : c?.issues ?? null,
      disbursements: JSON.stringify(p.touched.has('disbursements') ? p.disbursements ?? {} : c?.disbursements ?? {}),
    }
    const version = (c?.version ?? 0) + 1
    await trx.insertInto('project_progress').values({ report_id: reportId, project_id: p.projectId, ...next, version, updated_by: by, updated_at: new Date() })
      .onConflict((oc) => oc.columns(['report_id', 'project_id']).doUpdateSet({ ...next, version, updated_by: by, updated_at: new Date() })).execute()
    audit.push({ project: p.code, before: c ? { physicalPercent: num(c.physical_percent), issues: c.issues, disbursements: c.disbursements } : null, after: { ...next, disbursements: JSON.parse(next.disbursements) } })
    versions.push({ project: p.code, version })
  }
  return { audit, versions }
}
