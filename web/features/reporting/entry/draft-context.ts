import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import type { ReportKey } from '../../../api/reporting-types'
import type { Autosaver } from '../draft/autosaver'
import type { Entry } from '../draft/draft-entries'
import type { DraftStore } from '../draft/draft-store'
import type { EntryRef } from './layout'

export type Draft = {
  store: DraftStore
  saver: Autosaver | null
  readOnly: boolean
  reportKey: ReportKey
  /** the last grid row (for keyboard moves) */
  maxRow: number
  /** every entry in page order, with its name (to list problems and go from one to the next) */
  entries: EntryRef[]
  /** formats a number for an input ("1.200" in Lao) */
  formatInput: (n: number, decimals: number) => string
  /** "ໄຕມາດ 4/2023": the period warnings compare with */
  previousLabel: string | null
}

export const DraftContext = createContext<Draft | null>(null)

export function useDraft(): Draft {
  const d = useContext(DraftContext)
  if (!d) throw new Error('useDraft outside DraftContext')
  return d
}

/** One entry; the component re-renders only when this entry changes. */
export function useEntry(key: string): Entry | undefined {
  const { store } = useDraft()
  const subscribe = useCallback((fn: () => void) => store.subscribe(key, fn), [store, key])
  return useSyncExternalStore(subscribe, () => store.get(key))
}

/** A number that changes whenever any entry changes (for counts and the save status). */
export function useDraftRevision(): number {
  const { store } = useDraft()
  return useSyncExternalStore(store.subscribeAll, store.getRevision)
}
