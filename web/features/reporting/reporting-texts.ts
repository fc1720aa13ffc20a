import { useEffect, useState } from 'react'
import i18n from 'i18next'

/**
 * The reporting texts (i18n/reporting.*.json) are only for signed-in users: they load with the reporting pages, the
 * menu entry and the notification bell, so a plan reader's first visit does not download them.
 */
let loading: Promise<void> | null = null
let loaded = false

export function loadReportingTexts(): Promise<void> {
  loading ??= Promise.all([import('../../../i18n/reporting.lo.json'), import('../../../i18n/reporting.en.json')]).then(([lo, en]) => {
    i18n.addResourceBundle('lo', 'translation', lo.default, true, true)
    i18n.addResourceBundle('en', 'translation', en.default, true, true)
    loaded = true
  }).catch((err: unknown) => {
    loading = null
    throw err
  })
  return loading
}

/** True once the texts are there (asks for them when `wanted`). */
export function useReportingTexts(wanted: boolean): boolean {
  const [ready, setReady] = useState(loaded)
  useEffect(() => {
    if (!wanted || ready) return
    let live = true
    loadReportingTexts().then(() => { if (live) setReady(true) }, () => {})
    return () => { live = false }
  }, [wanted, ready])
  return ready
}
