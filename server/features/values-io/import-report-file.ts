import crypto from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Actor } from '../../platform/auth/request-actor.js'
import { AppError } from '../../platform/http/errors.js'
import { findReportContext, type ReportKey } from '../reporting/find-report-context.js'
import { loadFormItems } from '../reporting/load-form-items.js'
import { resolveEntries, type EntryError } from '../reporting/resolve-entries.js'
import { saveReportEntries } from '../reporting/save-report-entries.js'
import { reportNotEditable } from '../reporting/reporting-errors.js'
import { EDITABLE, type ReportStatus } from '../reporting/report-workflow.js'
import { inspectZip } from './inspect-zip.js'
import { inflateWithinLimits } from './inflate-within-limits.js'
import { readCsvSheet, readXlsxSheets } from './read-sheets.js'
import { sheetsToEntries, type CellProblem, type ParsedFile } from './sheets-to-entries.js'
import type { NumberStyle } from '../../../common/numbers/parse-number-text.js'
import { emptyFile, fileForAnotherReport, IMPORT_MAX_ROWS, invalidFile, notATemplate, nothingToImport, oldExcelFile, unsupportedFile } from './values-io-errors.js'

export type UploadedFile = { name: string; contentType: string; content: Buffer }
/** `numbers`: how text cells are read — the importing reader's convention (Lao 1.234,5 by default). */
export type ImportOptions = { numbers?: NumberStyle }

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0])

/** XLSX by its ZIP signature, CSV when the bytes are text; the declared content type only breaks ties. */
export function detectFormat(content: Buffer, contentType: string): 'xlsx' | 'csv' {
  if (!content.length) throw emptyFile()
  if (content.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx'
  if (content.subarray(0, 4).equals(OLE_MAGIC)) throw oldExcelFile()
  if (/spreadsheetml|zip/.test(contentType)) throw unsupportedFile()
  if (content.subarray(0, 8192).includes(0)) throw unsupportedFile()
  return 'csv'
}

/**
 * Imports a filled template (XLSX or CSV) into one report, all or nothing. The file is bounded before any parser sees
 * it (request size at the route; for XLSX the ZIP directory, then the bytes really inflated); then every bad cell is
 * listed with its sheet, address and element in Lao and English, and nothing is saved unless all are good. A good
 * file is saved through the same operation as the form (`report.import` in the audit log, with the file's digest).
 * Numeric cells are numbers; numbers typed as text are read as the form reads them in the reader's language.
 */
export async function importReportFile(db: Kysely<DB>, actor: Actor, key: ReportKey, file: UploadedFile, opts: ImportOptions = {}) {
  const numbers = opts.numbers ?? 'lo'
  const started = performance.now()
  const format = detectFormat(file.content, file.contentType)
  const sha256 = crypto.createHash('sha256').update(file.content).digest('hex')
  let unpackedBytes = file.content.length
  if (format === 'xlsx') unpackedBytes = await inflateWithinLimits(file.content, inspectZip(file.content))
  const sheets = format === 'xlsx' ? await readXlsxSheets(file.content, IMPORT_MAX_ROWS) : [readCsvSheet(file.content, file.name, IMPORT_MAX_ROWS)]
  const parsed = sheetsToEntries(sheets, numbers)
  const parsedAt = performance.now()

  const expected = { plan: key.plan, dataSet: key.dataSet, unit: key.unit, period: key.period }
  if (parsed.madeFor && (['plan', 'dataSet', 'unit', 'period'] as const).some((k) => parsed.madeFor![k] !== expected[k])) throw fileForAnotherReport(parsed.madeFor, expected)
  if (!parsed.valueRefs.length && !parsed.milestoneRefs.length && !parsed.problems.length) throw parsed.headerFound ? nothingToImport(parsed.rowsRead) : notATemplate()
  const ctx = await findReportContext(db, key)
  // No cell is worth fixing in a report that cannot change (the save checks again, under its lock).
  if (ctx.report && !EDITABLE.includes(ctx.report.status as ReportStatus)) throw reportNotEditable(ctx.report.status)
  const items = await loadFormItems(db, ctx.dataSet.id, ctx.unit.id)
  const resolved = await resolveEntries(db, items, parsed.body, numbers)
  const counts = { rowsRead: parsed.rowsRead, blankValues: parsed.blankValues }
  const problems = [...parsed.problems, ...resolved.errors.map((e) => locate(e, parsed))].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row)
  if (problems.length) throw invalidFile(problems, counts)
  const validatedAt = performance.now()

  let saved
  try {
    saved = await saveReportEntries(db, actor, key, parsed.body, {
      checkVersions: false, numbers, auditAction: 'report.import', auditExtra: { file: { name: file.name, sizeBytes: file.content.length, sha256, format }, numbers },
    })
  } catch (e) {
    // The form changed between the check above and the save: the same mapping applies.
    if (e instanceof AppError && e.code === 'invalid_entries') throw invalidFile(((e.details as { errors: EntryError[] }).errors).map((x) => locate(x, parsed)), counts)
    throw e
  }
  const savedAt = performance.now()
  return {
    reportId: saved.reportId,
    version: saved.version,
    file: { name: file.name, format, sizeBytes: file.content.length, unpackedBytes, sha256 },
    rowsRead: parsed.rowsRead,
    values: { saved: saved.valueCounts.created + saved.valueCounts.updated, ...saved.valueCounts, leftEmpty: parsed.blankValues },
    milestones: { saved: saved.saved.milestones.length },
    timing: { parseMs: ms(parsedAt - started), validateMs: ms(validatedAt - parsedAt), saveMs: ms(savedAt - validatedAt), totalMs: ms(savedAt - started) },
  }
}

const ms = (n: number) => Math.round(n)

/** A form check's error (`values[12]`) placed on the cell it came from. */
function locate(e: EntryError, parsed: ParsedFile): CellProblem {
  const [, list, index] = /^(values|milestones|projects)\[(\d+)\]$/.exec(e.path) ?? []
  const ref = (list === 'milestones' ? parsed.milestoneRefs : parsed.valueRefs)[Number(index)]
  if (!ref) return { sheet: '', cell: '', row: 0, element: e.item, option: e.option ?? null, code: e.code, message: e.message, message_lo: e.message_lo }
  const cell = e.code === 'not_in_form' || e.code === 'duplicate' ? ref.element : e.code === 'unknown_option' ? ref.option : ref.value
  return { sheet: ref.sheet, cell, row: ref.row, element: e.item, option: e.option ?? null, code: e.code, message: e.message, message_lo: e.message_lo }
}
