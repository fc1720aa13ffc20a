import { ApiError } from '../../../api/client'
import type { ImportCellProblem, ImportResult } from '../../../api/values-io'

/** What became of the last file imported into a report, shown until the person dismisses it or imports another. */
export type ImportOutcome =
  | { kind: 'saved'; name: string; result: ImportResult }
  | { kind: 'badCells'; name: string; cells: ImportCellProblem[] }
  | { kind: 'unsaved' }
  | { kind: 'tooBigHere'; name: string; size: number; max: number }
  | { kind: 'refused'; name: string; reason: 'notEditable' | 'tooBig' | 'other'; error: unknown }

/** A failed import as the person should see it: every bad cell (422 invalid_file), or why the file was refused. */
export function outcomeOfError(name: string, err: unknown): ImportOutcome {
  if (err instanceof ApiError) {
    const cells = (err.details as { errors?: ImportCellProblem[] } | undefined)?.errors
    if (err.status === 422 && err.code === 'invalid_file' && Array.isArray(cells)) return { kind: 'badCells', name, cells }
    if (err.status === 409) return { kind: 'refused', name, reason: 'notEditable', error: err }
    if (err.status === 413) return { kind: 'refused', name, reason: 'tooBig', error: err }
  }
  return { kind: 'refused', name, reason: 'other', error: err }
}
