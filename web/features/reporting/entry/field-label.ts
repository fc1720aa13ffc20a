import type { TFunction } from 'i18next'
import { DISBURSED } from '../draft/draft-entries'

/** The name of a milestone's or project's field ("Complete (%)", "Disbursed this period — ODA"); none for a grid value. */
export function fieldLabel(t: TFunction, field: string): string | null {
  if (field === 'value') return null
  if (field.startsWith(DISBURSED)) {
    const source = field.slice(DISBURSED.length)
    return t('dataEntry.project.disbursedFrom', { source: t(`funding.${source}`, { defaultValue: source }) })
  }
  if (field === 'status') return t('dataEntry.milestone.status')
  return t(`dataEntry.field.${field}`)
}
