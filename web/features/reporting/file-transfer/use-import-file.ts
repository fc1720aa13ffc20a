import { useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../api/client'
import { reportFormKey } from '../../../api/reporting-queries'
import type { ReportKey } from '../../../api/reporting-types'
import { importReportFile } from '../../../api/values-io'
import { outcomeOfError, type ImportOutcome } from './import-outcome'

export type ImportStep = { step: 'idle' } | { step: 'savingFirst' } | { step: 'sending'; name: string; percent: number } | { step: 'checking'; name: string }

const outcomeKey = (k: ReportKey) => ['import-outcome', k.plan, k.dataSet, k.unit, k.period] as const

/**
 * Imports a filled template into the report: first saves what was typed on the page (an import reloads the form, which
 * would drop it), then uploads with progress. A good file reloads the form through its query, so the editor shows the
 * imported values; the outcome is kept in the query cache because that reload mounts a new editor.
 */
export function useImportFile(reportKey: ReportKey, settle: () => Promise<boolean>, maxBytes: number | undefined) {
  const queryClient = useQueryClient()
  const { i18n } = useTranslation()
  const [progress, setProgress] = useState<ImportStep>({ step: 'idle' })
  const key = outcomeKey(reportKey)
  const outcome = useQuery({ queryKey: key, queryFn: () => null as ImportOutcome | null, enabled: false, initialData: null, staleTime: Infinity }).data
  const setOutcome = (o: ImportOutcome | null) => queryClient.setQueryData(key, o)
  const reloadForm = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: reportFormKey(reportKey) }),
    queryClient.invalidateQueries({ queryKey: ['reports'] }),
  ])

  async function start(file: File) {
    setOutcome(null)
    if (maxBytes !== undefined && file.size > maxBytes) return setOutcome({ kind: 'tooBigHere', name: file.name, size: file.size, max: maxBytes })
    setProgress({ step: 'savingFirst' })
    try {
      if (!(await settle())) return setOutcome({ kind: 'unsaved' })
      setProgress({ step: 'sending', name: file.name, percent: 0 })
      const result = await importReportFile(reportKey, file, i18n.language === 'en' ? 'en' : 'lo', (p) =>
        setProgress(p.done ? { step: 'checking', name: file.name } : { step: 'sending', name: file.name, percent: p.total ? Math.floor((100 * p.sent) / p.total) : 0 }))
      setOutcome({ kind: 'saved', name: file.name, result })
      await reloadForm()
    } catch (err) {
      setOutcome(outcomeOfError(file.name, err))
      // Someone submitted or approved the report meanwhile: show it as it is now.
      if (err instanceof ApiError && err.status === 409) await reloadForm()
    } finally {
      setProgress({ step: 'idle' })
    }
  }

  return { start, progress, outcome, dismiss: () => setOutcome(null) }
}
