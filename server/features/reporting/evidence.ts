import crypto from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { AppError } from '../../platform/http/errors.js'
import type { Subject } from '../../platform/auth/policy.js'
import { findReportContext, type ReportKey } from './find-report-context.js'
import { loadFormItems } from './load-form-items.js'
import { openReportForUpdate } from './open-report-for-edit.js'
import { reportNotEditable } from './reporting-errors.js'
import { EDITABLE, type ReportStatus } from './report-workflow.js'

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
const ALLOWED = /^(application\/pdf|image\/(png|jpeg|webp)|text\/plain|application\/vnd\.openxmlformats-officedocument\.(wordprocessingml\.document|spreadsheetml\.sheet)|application\/octet-stream)$/

/** Attaches an evidence file to a milestone of a report that can still be edited. */
export async function addEvidence(db: Kysely<DB>, actor: Actor & { kind: 'user' }, key: ReportKey, file: { target: string; name: string; mimeType: string; content: Buffer }) {
  if (!file.content.length) throw new AppError(422, 'empty_file', 'The file is empty', 'ໄຟລ໌ຫວ່າງເປົ່າ')
  if (!ALLOWED.test(file.mimeType)) throw new AppError(415, 'file_type_not_allowed', 'Attach a PDF, an image, a Word or Excel file, or plain text', 'ກະລຸນາແນບໄຟລ໌ PDF, ຮູບພາບ, Word, Excel ຫຼື ຂໍ້ຄວາມທຳມະດາ')
  const name = file.name.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || 'evidence'
  const ctx = await findReportContext(db, key)
  const target = (await loadFormItems(db, ctx.dataSet.id, ctx.unit.id)).find((i) => i.kind === 'milestone' && i.code === file.target)
  if (!target) throw new AppError(422, 'not_in_form', `${file.target} is not a milestone of this unit's form`, `${file.target} ບໍ່ແມ່ນຄາດໝາຍບາດກ້າວ ໃນແບບຟອມຂອງຫົວໜ່ວຍນີ້`)
  const sha256 = crypto.createHash('sha256').update(file.content).digest('hex')
  return db.transaction().execute(async (trx) => {
    const report = await openReportForUpdate(trx, ctx, actor.user.id)
    if (!EDITABLE.includes(report.status as ReportStatus)) throw reportNotEditable(report.status)
    const row = await trx.insertInto('evidence_files').values({
      report_id: report.id, target_id: target.id, file_name: name, mime_type: file.mimeType, size_bytes: file.content.length, sha256, content: file.content, uploaded_by: actor.user.id,
    }).returning('id').executeTakeFirstOrThrow()
    await recordAudit(trx, { action: 'report.evidence.add', entityType: 'evidence_file', entityId: row.id, entityCode: file.target, after: { report: report.id, fileName: name, sizeBytes: file.content.length, sha256 }, ...auditBy(actor) })
    return { id: row.id, fileName: name, sizeBytes: file.content.length, mimeType: file.mimeType, sha256 }
  })
}

export async function readEvidence(db: Kysely<DB>, id: number) {
  const f = await db.selectFrom('evidence_files').select(['file_name', 'mime_type', 'content']).where('id', '=', id).executeTakeFirst()
  if (!f) throw new AppError(404, 'not_found', 'File not found', 'ບໍ່ພົບໄຟລ໌')
  return f
}

/** The unit an evidence file belongs to, from the database (never from the request). */
export async function evidenceSubject(req: FastifyRequest, db: Kysely<DB>): Promise<Subject | undefined> {
  const id = Number((req.params as { fileId?: string }).fileId)
  if (!Number.isInteger(id) || id <= 0 || id > 2 ** 31 - 1) return undefined
  const row = await db.selectFrom('evidence_files as f').innerJoin('reports as r', 'r.id', 'f.report_id').innerJoin('org_units as u', 'u.id', 'r.org_unit_id')
    .select('u.path').where('f.id', '=', id).executeTakeFirst()
  return row ? { unitPath: row.path } : undefined
}
