import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { periodLabel } from '../../../common/periods'

/**
 * "2024Q1" → "ໄຕມາດ 1/2024", "2024" → "ປີ 2024", "2021-2025" → "ທັງແຜນ 2021–2025", a span "2021..2024" →
 * "ປີ 2021–2024"; semesters, months and the like as common/periods names them.
 */
export function usePeriodLabel() {
  const { t, i18n } = useTranslation()
  return useCallback(function label(id: string | null | undefined): string {
    if (!id) return '—'
    const span = /^(\S+?)\.\.(\S+)$/.exec(id)
    if (span) {
      const [, from, to] = span
      return /^\d{4}$/.test(from) && /^\d{4}$/.test(to) ? t('dashboard.period.years', { from, to }) : `${label(from)} – ${label(to)}`
    }
    let m = /^(\d{4})Q([1-4])$/.exec(id)
    if (m) return t('dashboard.period.quarter', { year: m[1], quarter: m[2] })
    if (/^\d{4}$/.test(id)) return t('dashboard.period.year', { year: id })
    m = /^(\d{4})-(\d{4})$/.exec(id)
    if (m) return t('dashboard.period.plan', { start: m[1], end: m[2] })
    try {
      return periodLabel(id, i18n.language === 'en' ? 'en' : 'lo')
    } catch {
      return id
    }
  }, [t, i18n.language])
}
