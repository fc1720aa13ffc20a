import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { actorUserId, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { AppError } from '../../platform/http/errors.js'
import { forbidden } from '../../platform/auth/policy.js'
import { refreshReportAggregates } from '../analytics/refresh-report-aggregates.js'
import { findReportContext, type ReportKey } from './find-report-context.js'
import { openReportForUpdate } from './open-report-for-edit.js'
import { reasonRequired, transitionNotAllowed, versionMismatch, versionRequired } from './reporting-errors.js'
import { canReviewAt, COUNTS_AS_APPROVED, levelsFor, reviewUnitPath, TRANSITIONS, type ReportAction, type ReportStatus } from './report-workflow.js'
import { withIdempotency } from './with-idempotency.js'
import { notifyReportEvent } from './notify-report-event.js'
import { presentReport } from './present-report.js'

export type TransitionInput = { action: ReportAction; reason?: string; ifMatch: string | undefined; idempotencyKey: string | undefined }

/** `If-Match` carries the report version the caller saw: `3` or `"3"` (or a weak `W/"3"`). */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())
  if (!m) throw new AppError(400, 'bad_if_match', 'If-Match must be the report version, e.g. "3"', 'If-Match ຕ້ອງເປັນເລກສະບັບຂອງບົດລາຍງານ ເຊັ່ນ "3"')
  return Number(m[1])
}

/**
 * One step of the workflow: submit, return (with a reason), approve (one or two levels), lock, reopen (with a reason,
 * by DPF). Guarded by the report version (If-Match → 412 when stale) and, when given, an idempotency key; writes the
 * event, the audit entry, the notifications and the fresh aggregates in one transaction.
 */
export async function transitionReport(db: Kysely<DB>, actor: Actor & { kind: 'user' }, key: ReportKey, input: TransitionInput) {
  const expected = parseIfMatch(input.ifMatch)
  if (expected === undefined) throw versionRequired()
  const rule = TRANSITIONS[input.action]
  const reason = input.reason?.trim() || null
  if (rule.needsReason && (!reason || reason.length < 3)) throw reasonRequired()
  const ctx = await findReportContext(db, key)
  const request = { ...key, action: input.action, reason, expected }

  const { result } = await withIdempotency(db, { userId: actor.user.id, key: input.idempotencyKey, request }, async (trx) => {
    const report = await openReportForUpdate(trx, ctx, actor.user.id)
    if (report.version !== expected) throw versionMismatch(report.version)
    const from = report.status as ReportStatus
    if (!rule.from.includes(from)) throw transitionNotAllowed(input.action, from)
    const ref = { unitPath: ctx.unit.path, unitKind: ctx.unit.kind, reviewPath: ctx.dataSet.review_path, reviewLevel: report.review_level }
    if ((input.action === 'return' || input.action === 'approve') && !canReviewAt(actor.user, ref)) throw forbidden()

    const now = new Date()
    let to: ReportStatus = rule.to
    let level = report.review_level
    const patch: Record<string, unknown> = {}
    if (input.action === 'submit' || input.action === 'return' || input.action === 'reopen') level = 0
    if (input.action === 'submit') Object.assign(patch, { submitted_at: now, submitted_by: actor.user.id, return_reason: null })
    if (input.action === 'return' || input.action === 'reopen') Object.assign(patch, { return_reason: reason, approved_at: null, approved_by: null, locked_at: null })
    if (input.action === 'approve') {
      if (level + 1 < levelsFor(ctx.unit.kind, ctx.dataSet.review_path)) [to, level] = ['submitted', level + 1]
      else Object.assign(patch, { approved_at: now, approved_by: actor.user.id })
    }
    if (input.action === 'lock') patch.locked_at = now
    const updated = await trx.updateTable('reports').set({ ...patch, status: to, review_level: level, version: sql`version + 1`, updated_at: now })
      .where('id', '=', report.id).returningAll().executeTakeFirstOrThrow()
    await trx.insertInto('report_events').values({ report_id: report.id, actor_user_id: actor.user.id, action: input.action, from_status: from, to_status: to, review_level: report.review_level, reason }).execute()

    const wasCounted = COUNTS_AS_APPROVED.includes(from)
    const counts = COUNTS_AS_APPROVED.includes(to)
    if (wasCounted !== counts || input.action === 'lock') await refreshReportAggregates(trx, report.id, counts)

    const code = `${ctx.dataSet.code}/${ctx.unit.code}/${ctx.period.id}`
    await recordAudit(trx, {
      action: `report.${input.action}`, entityType: 'report', entityId: report.id, entityCode: code,
      before: { status: from, version: report.version, reviewLevel: report.review_level },
      after: { status: to, version: updated.version, reviewLevel: level, reason },
      ...auditBy(actor),
    })
    const present = presentReport({ ...ctx, report: updated }, to)
    await notifyReportEvent(trx, {
      reportId: report.id, action: input.action, actorId: actorUserId(actor), unitPath: ctx.unit.path, reviewPath: ctx.dataSet.review_path,
      reviewUnitPath: reviewUnitPath(ctx.unit.path, ctx.unit.kind, ctx.dataSet.review_path, level),
      submittedBy: updated.submitted_by, reason, toStatus: to,
      title: { unit: present.unit.name as { lo: string; en: string | null }, dataSet: present.dataSet.name, period: present.period.label },
    })
    return { report: present }
  })
  return result
}
