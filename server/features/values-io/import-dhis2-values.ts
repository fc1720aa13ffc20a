import crypto from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { assertActorCan, type Actor } from '../../platform/auth/request-actor.js'
import { AppError } from '../../platform/http/errors.js'
import { findReportContext } from '../reporting/find-report-context.js'
import { loadFormItems } from '../reporting/load-form-items.js'
import { resolveEntries } from '../reporting/resolve-entries.js'
import { saveReportEntries } from '../reporting/save-report-entries.js'
import { reportNotEditable } from '../reporting/reporting-errors.js'
import { EDITABLE, type ReportStatus } from '../reporting/report-workflow.js'
import type { SaveBody } from '../reporting/reporting.schemas.js'
import { fromDhis2Period } from './dhis2-periods.js'
import { isDefaultCombo, parseDhis2Payload, type Dhis2Value } from './dhis2-format.js'
import { resolveDataSet } from './resolve-data-set.js'

export type Dhis2Conflict = { object: string; value: string; value_lo: string; errorCode: string; property?: string; indexes: number[] }
type Group = { unit: string; period: string; body: SaveBody; indexes: number[] }

const importConflicts = (summary: unknown, count: number) =>
  new AppError(409, 'import_conflicts', `${count} ${count === 1 ? 'conflict' : 'conflicts'}; nothing was imported`, `ມີ ${count} ຂໍ້ຂັດແຍ່ງ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ`, summary)

/**
 * Imports a DHIS2 data value set (JSON or CSV) into reports of one data set, grouped by org unit and period, all or
 * nothing across the whole payload. Every unit must be within the caller's data-entry scope (403 otherwise). The
 * answer is shaped like DHIS2's ImportSummary; on any conflict nothing is saved and all conflicts are listed.
 */
export async function importDhis2Values(db: Kysely<DB>, actor: Actor, q: { plan?: string; dataSet?: string }, payload: { contentType: string; content: Buffer }) {
  const started = performance.now()
  const { format, set } = parseDhis2Payload(payload.content, payload.contentType)
  const ds = await resolveDataSet(db, q.dataSet ?? set.dataSet, q.plan)
  const conflicts: Dhis2Conflict[] = []
  const conflict = (indexes: number[], object: string, errorCode: string, en: string, lo: string, property?: string) =>
    conflicts.push({ object, value: en, value_lo: lo, errorCode, ...(property ? { property } : {}), indexes })
  const { groups, ignored } = groupValues(set.dataValues, set, conflict)

  const units = groups.size ? await db.selectFrom('org_units').select(['code', 'path']).where('code', 'in', [...new Set([...groups.values()].map((g) => g.unit))]).execute() : []
  const pathOf = new Map(units.map((u) => [u.code, u.path]))
  for (const g of groups.values()) {
    const path = pathOf.get(g.unit)
    if (path) assertActorCan(actor, 'data:enter', { unitPath: path })
  }
  for (const g of groups.values()) {
    if (!pathOf.has(g.unit)) {
      conflict(g.indexes, g.unit, 'unknown_org_unit', `There is no org unit ${g.unit}`, `ບໍ່ມີຫົວໜ່ວຍ ${g.unit}`, 'orgUnit')
      continue
    }
    await checkGroup(db, ds.planCode, ds.code, g, conflict)
  }
  const total = set.dataValues.length
  if (!groups.size && !conflicts.length) throw new AppError(422, 'nothing_to_import', 'The payload has no values to import', 'ບໍ່ມີຄ່າທີ່ຈະນຳເຂົ້າ')
  if (conflicts.length) {
    throw importConflicts({ responseType: 'ImportSummary', status: 'ERROR', importCount: { imported: 0, updated: 0, ignored: total, deleted: 0 }, conflicts }, conflicts.length)
  }

  const sha256 = crypto.createHash('sha256').update(payload.content).digest('hex')
  const reports = await db.transaction().execute(async (trx) => {
    const out = []
    for (const g of groups.values()) {
      const saved = await saveReportEntries(trx, actor, { plan: ds.planCode, dataSet: ds.code, unit: g.unit, period: g.period }, g.body, {
        checkVersions: false, numbers: 'plain', auditAction: 'report.import', auditExtra: { file: { source: 'dhis2', format, sizeBytes: payload.content.length, sha256 } },
      })
      out.push({ orgUnit: g.unit, period: g.period, reportId: saved.reportId, version: saved.version, created: saved.valueCounts.created, saved: saved.saved.values.length })
    }
    return out
  })
  const imported = reports.reduce((n, r) => n + r.created, 0)
  // As DHIS2 counts: a value sent again unchanged is "updated" (here it keeps its version).
  const updated = reports.reduce((n, r) => n + r.saved, 0) - imported
  return {
    responseType: 'ImportSummary', status: 'SUCCESS', description: 'Import process completed successfully',
    importCount: { imported, updated, ignored, deleted: 0 }, conflicts: [] as Dhis2Conflict[], dataSet: ds.code, plan: ds.planCode,
    reports: reports.map(({ orgUnit, period, reportId, version }) => ({ orgUnit, period, reportId, version })),
    timing: { totalMs: Math.round(performance.now() - started) },
  }
}

type ConflictFn = (indexes: number[], object: string, errorCode: string, en: string, lo: string, property?: string) => void

/** Values by (unit, period); empty or deleted values are ignored, as DHIS2 does. */
function groupValues(values: Dhis2Value[], set: { period?: string; orgUnit?: string }, conflict: ConflictFn) {
  const groups = new Map<string, Group>()
  let ignored = 0
  values.forEach((v, i) => {
    const raw = v.value
    if (v.deleted === true || raw === null || raw === undefined || raw === '') return void ignored++
    const element = typeof v.dataElement === 'string' ? v.dataElement.trim() : ''
    const unit = typeof (v.orgUnit ?? set.orgUnit) === 'string' ? (v.orgUnit ?? set.orgUnit)!.trim() : ''
    const periodId = typeof (v.period ?? set.period) === 'string' ? (v.period ?? set.period)! : ''
    const period = fromDhis2Period(periodId)
    if (!element) return conflict([i], '', 'missing_data_element', 'The value has no dataElement', 'ຄ່ານີ້ບໍ່ມີ dataElement', 'dataElement')
    if (!unit) return conflict([i], element, 'missing_org_unit', `${element}: the value has no orgUnit`, `${element}: ຄ່ານີ້ບໍ່ມີ orgUnit`, 'orgUnit')
    if (!period) return conflict([i], periodId, 'invalid_period', `${periodId || '(empty)'} is not a period this system uses (e.g. 202403, 2024Q1, 2024S1, 2024)`, `${periodId || '(ຫວ່າງ)'} ບໍ່ແມ່ນໄລຍະທີ່ລະບົບນີ້ໃຊ້ (ເຊັ່ນ 202403, 2024Q1, 2024S1, 2024)`, 'period')
    if (!isDefaultCombo(v.attributeOptionCombo)) return conflict([i], String(v.attributeOptionCombo), 'attribute_option_combo', 'Only the default attribute option combo is used here', 'ລະບົບນີ້ໃຊ້ສະເພາະ attribute option combo ແບບ default', 'attributeOptionCombo')
    if (typeof raw !== 'string' && typeof raw !== 'number') return conflict([i], element, 'invalid_value', `${element}: the value must be text or a number`, `${element}: ຄ່າຕ້ອງເປັນຂໍ້ຄວາມ ຫຼື ຕົວເລກ`, 'value')
    const key = `${unit}\u0000${period}`
    const g = groups.get(key) ?? { unit, period, body: { values: [], milestones: [], projects: [] }, indexes: [] }
    groups.set(key, g)
    const combo = typeof v.categoryOptionCombo === 'string' ? v.categoryOptionCombo.trim() : undefined
    const comment = typeof v.comment === 'string' && v.comment.trim() ? v.comment.slice(0, 2000) : null
    g.body.values.push({ element, option: isDefaultCombo(combo) ? null : combo, value: typeof raw === 'string' ? raw.slice(0, 100) : raw, text: String(raw).slice(0, 4000), comment, baseVersion: 0 })
    g.indexes.push(i)
  })
  return { groups, ignored }
}

/** Whether a group can be saved: its period fits the form, its report is editable, every value passes the form's checks. */
async function checkGroup(db: Kysely<DB>, plan: string, dataSet: string, g: Group, conflict: ConflictFn) {
  let ctx
  try {
    ctx = await findReportContext(db, { plan, dataSet, unit: g.unit, period: g.period })
  } catch (e) {
    if (!(e instanceof AppError)) throw e
    return conflict(g.indexes, `${g.unit}/${g.period}`, e.code, e.messageEn, e.messageLo, 'period')
  }
  if (ctx.report && !EDITABLE.includes(ctx.report.status as ReportStatus)) {
    const e = reportNotEditable(ctx.report.status)
    return conflict(g.indexes, `${g.unit}/${g.period}`, e.code, e.messageEn, e.messageLo)
  }
  const items = await loadFormItems(db, ctx.dataSet.id, ctx.unit.id)
  // DHIS2 writes values as plain numbers (1200, 61.5): no grouping, whatever the reader's language.
  const resolved = await resolveEntries(db, items, g.body, 'plain')
  for (const e of resolved.errors) {
    const j = Number(/\[(\d+)\]/.exec(e.path)?.[1])
    const property = e.code === 'not_in_form' ? 'dataElement' : e.code === 'unknown_option' ? 'categoryOptionCombo' : e.code === 'duplicate' ? 'dataElement' : 'value'
    conflict([g.indexes[j]], e.item, e.code, `${g.unit} ${g.period}: ${e.message}`, `${g.unit} ${g.period}: ${e.message_lo}`, property)
  }
}
