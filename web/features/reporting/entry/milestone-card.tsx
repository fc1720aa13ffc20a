import { useId } from 'react'
import { Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MILESTONE_STATUSES, type FormMilestone } from '../../../api/reporting-types'
import { useBi } from '../../../ui/bilingual'
import { milestoneKey } from '../draft/draft-entries'
import { ConflictChoice } from './conflict-choice'
import { useDraft, useEntry } from './draft-context'
import { EvidenceList } from './evidence-list'
import { NumberField } from './number-field'
import { TextField } from './text-field'

/** A milestone target: its status, how far along it is, what happened, and the evidence files. */
export function MilestoneCard({ milestone }: { milestone: FormMilestone }) {
  const { t, i18n } = useTranslation()
  const bi = useBi()
  const { store, readOnly } = useDraft()
  const key = milestoneKey(milestone.code)
  const entry = useEntry(key)
  const statusId = useId()
  if (!entry) return null
  return (
    <Paper withBorder p="sm" radius="sm" className="rg-card" data-testid="milestone" data-code={milestone.code}>
      <Text fw={700} className="tidtam-lao">{bi(milestone.name)?.text ?? milestone.code}</Text>
      <Text size="xs" c="dimmed" mb="xs">{t('dataEntry.milestone.kind')} · {milestone.code}</Text>
      <div className="rg-fields">
        <div className="rg-field">
          <label htmlFor={statusId} className="rg-label">{t('dataEntry.milestone.status')}</label>
          <select id={statusId} className="rg-select" value={entry.fields.status ?? ''} disabled={readOnly} onChange={(e) => store.setField(key, 'status', e.currentTarget.value)} data-testid="milestone-status">
            <option value="">{t('dataEntry.milestone.noStatus')}</option>
            {MILESTONE_STATUSES.map((s) => <option key={s} value={s}>{t(`dataEntry.milestone.statuses.${s}`)}</option>)}
          </select>
        </div>
        <NumberField entryKey={key} field="percentComplete" label={t('dataEntry.field.percentComplete')} suffix="%" testId="milestone-percent" />
        <TextField entryKey={key} field="narrative" label={t('dataEntry.field.narrative')} testId="milestone-narrative" />
      </div>
      {entry.serverError ? <p className="rg-problem">{i18n.language === 'lo' ? entry.serverError.message_lo : entry.serverError.message}</p> : null}
      {entry.conflict ? <ConflictChoice entryKey={key} /> : null}
      <EvidenceList target={milestone.code} initial={milestone.entry?.evidence ?? []} />
    </Paper>
  )
}
