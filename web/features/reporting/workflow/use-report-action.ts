import { useRef } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reportFormKey } from '../../../api/reporting-queries'
import type { ReportAction, ReportKey } from '../../../api/reporting-types'
import { newIdempotencyKey, transitionReport } from '../../../api/reporting-writes'
import { isTransient } from '../draft/autosaver'

export class UnsavedEntriesError extends Error {
  constructor() {
    super('unsaved entries')
  }
}

/**
 * One workflow step. `version` gives the report version the person saw (If-Match). A step retried after a dropped
 * connection carries the same Idempotency-Key, so it is applied once; `beforeSubmit` saves pending entries first.
 */
export function useReportAction(reportKey: ReportKey, version: () => number, beforeSubmit?: () => Promise<boolean>) {
  const queryClient = useQueryClient()
  const key = useRef<string | null>(null)
  return useMutation({
    mutationFn: async ({ action, reason }: { action: ReportAction; reason?: string }) => {
      if (action === 'submit' && beforeSubmit && !(await beforeSubmit())) throw new UnsavedEntriesError()
      key.current ??= newIdempotencyKey(action)
      return transitionReport(reportKey, action, version(), key.current, reason)
    },
    onSuccess: async () => {
      key.current = null
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reportFormKey(reportKey) }),
        queryClient.invalidateQueries({ queryKey: ['reports'] }),
        queryClient.invalidateQueries({ queryKey: ['reporting-calendar'] }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ])
    },
    onError: (err) => {
      if (!isTransient(err)) key.current = null
    },
  })
}
