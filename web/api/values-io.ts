/** A report's values as a file: the XLSX/CSV template to fill offline, and the import of a filled one. */
import { useQuery } from '@tanstack/react-query'
import { apiErrorOf, apiUrl, getJson } from './client'
import { reportPath } from './reporting-queries'
import type { ReportKey } from './reporting-types'
import { uploadWithProgress, type UploadProgress } from './upload-with-progress'

export type TemplateFormat = 'xlsx' | 'csv'
export type ImportLimits = { maxBytes: number; maxUnpackedBytes: number; maxRows: number }
export type ImportResult = {
  reportId: number
  version: number
  file: { name: string; format: TemplateFormat; sizeBytes: number }
  rowsRead: number
  values: { saved: number; created: number; updated: number; unchanged: number; leftEmpty: number }
  milestones: { saved: number }
}
/** One bad cell of a refused import (422 `invalid_file`). */
export type ImportCellProblem = { sheet: string; cell: string; row: number; element: string | null; option?: string | null; code: string; message: string; message_lo: string }

export const useImportLimits = () =>
  useQuery({ queryKey: ['import-limits'], queryFn: ({ signal }) => getJson<ImportLimits>('/v1/imports/limits', {}, signal), staleTime: Infinity })

/** Fetches the template and hands it to the browser as a download (errors stay in the page, not in a JSON tab). */
export async function downloadTemplate(k: ReportKey, format: TemplateFormat): Promise<void> {
  const res = await fetch(apiUrl(`${reportPath(k)}/template.${format}`), { credentials: 'same-origin' })
  if (!res.ok) throw apiErrorOf(res.status, res.statusText, await res.json().catch(() => null))
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${k.dataSet}-${k.unit}-${k.period}.${format}`
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

const TYPES: Record<TemplateFormat, string> = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv' }

/** Uploads a filled template; numbers typed as text are read the way of `lang`, the reader's language. */
export const importReportFile = (k: ReportKey, file: File, lang: 'lo' | 'en', onProgress: (p: UploadProgress) => void) => {
  // The server tells XLSX from CSV by the bytes; the type only breaks ties.
  const type = /\.csv$/i.test(file.name) ? TYPES.csv : /\.xlsx$/i.test(file.name) ? TYPES.xlsx : file.type || 'application/octet-stream'
  return uploadWithProgress<ImportResult>(`${reportPath(k)}/import`, { name: file.name, lang }, file, type, onProgress)
}
