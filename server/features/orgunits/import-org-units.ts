import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { assertActorCan, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { AppError } from '../../platform/http/errors.js'
import { readImportCsv, type ImportIssue, type ImportRow } from './read-import-csv.js'
import { createOrgUnitIn } from './create-org-unit.js'
import { updateOrgUnitIn } from './update-org-unit.js'
import { moveOrgUnitIn } from './move-org-unit.js'
import { lockOrgTree } from './lock-org-tree.js'
import { findParentCycles, parentsFirst } from './order-import-rows.js'

export type ImportResult = { dryRun: boolean; created: string[]; updated: string[]; moved: string[]; unchanged: string[] }

const COLUMN_OF: Record<string, string> = { unknown_parent: 'parent', parent_closed: 'parent', move_into_subtree: 'parent', code_taken: 'code', org_unit_closed: 'code' }

class RollBack extends Error {}

async function applyRow(trx: Transaction<DB>, actor: Actor, row: ImportRow, result: ImportResult): Promise<void> {
  const exists = await trx.selectFrom('org_units').select('id').where('code', '=', row.code).executeTakeFirst()
  if (!exists) {
    await createOrgUnitIn(trx, actor, {
      code: row.code, kind: row.kind, parent: row.parent ?? null, name: { lo: row.name_lo, en: row.name_en ?? null },
      abbr: { lo: row.abbr_lo ?? null, en: row.abbr_en ?? null }, iso: row.iso ?? null,
    })
    result.created.push(row.code)
    return
  }
  const name = row.name_en === undefined ? { lo: row.name_lo } : { lo: row.name_lo, en: row.name_en }
  const abbr = { ...(row.abbr_lo !== undefined ? { lo: row.abbr_lo } : {}), ...(row.abbr_en !== undefined ? { en: row.abbr_en } : {}) }
  const updated = await updateOrgUnitIn(trx, actor, row.code, { kind: row.kind, name, abbr, ...(row.iso !== undefined ? { iso: row.iso } : {}) })
  const moved = row.parent === undefined ? { moved: 0 } : await moveOrgUnitIn(trx, actor, row.code, row.parent)
  if (updated.changed) result.updated.push(row.code)
  if (moved.moved) result.moved.push(row.code)
  if (!updated.changed && !moved.moved) result.unchanged.push(row.code)
}

/**
 * All or nothing: every row is applied inside one transaction through the same operations as single edits (same
 * checks, same audit entries); any problem in any row rolls everything back and all problems are reported, each with
 * its line and column. A dry run does the same and always rolls back.
 */
export async function importOrgUnits(db: Kysely<DB>, actor: Actor, csv: string, dryRun: boolean): Promise<ImportResult> {
  assertActorCan(actor, 'orgunits:manage', 'anywhere')
  const { rows, issues } = readImportCsv(csv)
  if (!issues.length) issues.push(...findParentCycles(rows))
  const result: ImportResult = { dryRun, created: [], updated: [], moved: [], unchanged: [] }
  if (!issues.length) {
    try {
      await db.transaction().execute(async (trx) => {
        await lockOrgTree(trx)
        for (const row of parentsFirst(rows)) {
          try {
            await applyRow(trx, actor, row, result)
          } catch (err) {
            if (!(err instanceof AppError)) throw err
            issues.push({ row: row.line, column: err.code === 'forbidden' ? null : COLUMN_OF[err.code] ?? null, code: err.code, message: err.messageEn, message_lo: err.messageLo })
          }
        }
        if (issues.length || dryRun) throw new RollBack()
        await recordAudit(trx, { action: 'org_unit.import', entityType: 'org_unit', after: { rows: rows.length, created: result.created, updated: result.updated, moved: result.moved }, ...auditBy(actor) })
      })
    } catch (err) {
      if (!(err instanceof RollBack)) throw err
    }
  }
  if (issues.length) throw importInvalid(issues)
  return result
}

function importInvalid(issues: ImportIssue[]): AppError {
  const sorted = [...issues].sort((a, b) => a.row - b.row)
  // Rows outside the caller's scope make the whole request a 403, like any other out-of-scope write.
  return new AppError(sorted.some((i) => i.code === 'forbidden') ? 403 : 400, 'import_invalid', `The file has ${sorted.length} ${sorted.length === 1 ? 'problem' : 'problems'}; nothing was imported`, `ໄຟລ໌ມີ ${sorted.length} ບັນຫາ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ`, sorted)
}
