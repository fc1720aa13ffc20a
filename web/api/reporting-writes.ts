/** Every write the reporting pages make: entries (autosave), workflow steps, evidence files, notifications read. */
import { sendJson } from './client'
import { reportPath } from './reporting-queries'
import type { Evidence, ReportAction, ReportHeader, ReportKey, SaveBody, SaveResult } from './reporting-types'

/** A save; `idempotencyKey` stays the same for every retry of one batch, so a save that got through is not applied twice. */
export const saveEntries = (k: ReportKey, body: SaveBody, idempotencyKey: string, signal?: AbortSignal) =>
  sendJson<SaveResult>('PUT', `${reportPath(k)}/entries`, body, { headers: { 'idempotency-key': idempotencyKey }, signal })

/** A workflow step, guarded by the report version the user saw (412 when someone acted first). */
export const transitionReport = (k: ReportKey, action: ReportAction, version: number, idempotencyKey: string, reason?: string) =>
  sendJson<{ report: ReportHeader }>('POST', `${reportPath(k)}/${action}`, reason === undefined ? {} : { reason }, {
    headers: { 'if-match': `"${version}"`, 'idempotency-key': idempotencyKey },
  })

export const uploadEvidence = (k: ReportKey, target: string, file: File) =>
  sendJson<Evidence & { sha256: string }>('POST', `${reportPath(k)}/evidence`, undefined, {
    params: { target, name: file.name },
    raw: { body: file, contentType: file.type || 'application/octet-stream' },
  })

export const evidenceUrl = (id: number) => `/api/v1/evidence/${id}`

export const markNotificationsRead = (ids?: number[]) => sendJson<{ marked: number }>('POST', '/v1/notifications/read', ids ? { ids } : {})

/** A fresh key for one logical request (kept across its retries); getRandomValues works on plain http too. */
export function newIdempotencyKey(prefix: string): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  return `${prefix}-${Date.now().toString(36)}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
