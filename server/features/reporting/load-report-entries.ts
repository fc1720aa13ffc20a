import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { FormItem } from './load-form-items.js'

const num = (v: string | null) => (v === null ? null : Number(v))

export type ValueEntry = { option: number; value: number | null; text: string | null; comment: string | null; version: number }
export type ElementEntry = { values: ValueEntry[]; previous: { option: number; value: number | null }[] }
export type MilestoneEntry = { status: string | null; percentComplete: number | null; narrative: string | null; version: number; evidence: { id: number; fileName: string; sizeBytes: number; mimeType: string }[] }
export type ProjectEntry = { physicalPercent: number | null; issues: string | null; disbursements: Record<string, number>; version: number }

/** Saved entries of a report (and last period's values) keyed `element:<id>`, `milestone:<id>`, `project:<id>`. */
export async function loadReportEntries(db: Kysely<DB>, reportId: number | null, previousReportId: number | null, items: FormItem[]) {
  const out = new Map<string, ElementEntry | MilestoneEntry | ProjectEntry>()
  const elementIds = items.filter((i) => i.kind === 'element').map((i) => i.id)
  const reportIds = [reportId, previousReportId].filter((id): id is number => id !== null)
  const values = elementIds.length && reportIds.length
    ? await db.selectFrom('data_values').select(['report_id', 'data_element_id', 'option_id', 'value', 'text_value', 'comment', 'version'])
      .where('report_id', 'in', reportIds).where('data_element_id', 'in', elementIds).execute()
    : []
  for (const id of elementIds) out.set(`element:${id}`, { values: [], previous: [] })
  for (const v of values) {
    const e = out.get(`element:${v.data_element_id}`) as ElementEntry
    if (v.report_id === reportId) e.values.push({ option: v.option_id, value: num(v.value), text: v.text_value, comment: v.comment, version: v.version })
    else e.previous.push({ option: v.option_id, value: num(v.value) })
  }
  if (reportId === null) return out

  const milestones = await db.selectFrom('milestone_progress').selectAll().where('report_id', '=', reportId).execute()
  const evidence = await db.selectFrom('evidence_files').select(['id', 'target_id', 'file_name', 'size_bytes', 'mime_type']).where('report_id', '=', reportId).orderBy('id').execute()
  for (const m of milestones) {
    out.set(`milestone:${m.target_id}`, { status: m.status, percentComplete: num(m.percent_complete), narrative: m.narrative, version: m.version, evidence: [] })
  }
  for (const f of evidence) {
    if (f.target_id === null) continue
    const key = `milestone:${f.target_id}`
    if (!out.has(key)) out.set(key, { status: null, percentComplete: null, narrative: null, version: 0, evidence: [] })
    ;(out.get(key) as MilestoneEntry).evidence.push({ id: f.id, fileName: f.file_name, sizeBytes: f.size_bytes, mimeType: f.mime_type })
  }
  const projects = await db.selectFrom('project_progress').selectAll().where('report_id', '=', reportId).execute()
  for (const p of projects) {
    out.set(`project:${p.project_id}`, { physicalPercent: num(p.physical_percent), issues: p.issues, disbursements: p.disbursements ?? {}, version: p.version })
  }
  return out
}
