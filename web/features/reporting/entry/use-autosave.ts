import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { ReportKey } from '../../../api/reporting-types'
import { newIdempotencyKey, saveEntries } from '../../../api/reporting-writes'
import { Autosaver, type SaveStatus } from '../draft/autosaver'
import type { DraftStore } from '../draft/draft-store'

const IDLE: SaveStatus = { state: 'idle', savedAt: null, error: null, retryAt: null }

/** Autosave for an editable report (null when it cannot be edited), and a warning before leaving with unsaved values. */
export function useAutosave(store: DraftStore, reportKey: ReportKey, enabled: boolean): { saver: Autosaver | null; status: SaveStatus } {
  const { plan, dataSet, unit, period } = reportKey
  const saver = useMemo(
    () => (enabled ? new Autosaver(store, (body, key) => saveEntries({ plan, dataSet, unit, period }, body, key), () => newIdempotencyKey('save')) : null),
    [store, enabled, plan, dataSet, unit, period],
  )
  useEffect(() => {
    if (!saver) return
    saver.start()
    const warn = (e: BeforeUnloadEvent) => {
      if (!store.hasUnsaved()) return
      void saver.flush()
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => {
      window.removeEventListener('beforeunload', warn)
      // Leaving the page inside the app: whatever is waiting goes now rather than never.
      if (store.sendable().length) void saver.flush()
      saver.stop()
    }
  }, [saver, store])
  const status = useSyncExternalStore(saver?.subscribe ?? noop, saver?.getStatus ?? idle)
  return { saver, status }
}

const noop = () => () => {}
const idle = () => IDLE
