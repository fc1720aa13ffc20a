import { Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FormProject } from '../../../api/reporting-types'
import { useBi } from '../../../ui/bilingual'
import { DISBURSED, projectKey } from '../draft/draft-entries'
import { ConflictChoice } from './conflict-choice'
import { useEntry } from './draft-context'
import { NumberField } from './number-field'
import { TextField } from './text-field'

/** A project: physical progress, what was disbursed this period from each funding source, and its issues. */
export function ProjectCard({ project }: { project: FormProject }) {
  const { t, i18n } = useTranslation()
  const bi = useBi()
  const key = projectKey(project.code)
  const entry = useEntry(key)
  if (!entry) return null
  const sources = Object.keys(entry.fields).filter((f) => f.startsWith(DISBURSED)).map((f) => f.slice(DISBURSED.length))
  const currency = t(`currency.name.${project.currency}`, { defaultValue: project.currency })
  const fundingLabel = (s: string) => t(`funding.${s}`, { defaultValue: s })
  return (
    <Paper withBorder p="sm" radius="sm" className="rg-card" data-testid="project" data-code={project.code}>
      <Text fw={700} className="tidtam-lao">{bi(project.name)?.text ?? project.code}</Text>
      <Text size="xs" c="dimmed" mb="xs">{t('dataEntry.project.kind')} · {project.code} · {fundingLabel(project.fundingSource)}</Text>
      <div className="rg-fields">
        <NumberField entryKey={key} field="physicalPercent" label={t('dataEntry.field.physicalPercent')} suffix="%" testId="project-physical" />
        {sources.map((s) => (
          <NumberField key={s} entryKey={key} field={DISBURSED + s} label={t('dataEntry.project.disbursedFrom', { source: fundingLabel(s) })} suffix={currency} testId={`project-disbursed-${s}`} />
        ))}
        <TextField entryKey={key} field="issues" label={t('dataEntry.field.issues')} testId="project-issues" />
      </div>
      {entry.serverError ? <p className="rg-problem">{i18n.language === 'lo' ? entry.serverError.message_lo : entry.serverError.message}</p> : null}
      {entry.conflict ? <ConflictChoice entryKey={key} /> : null}
    </Paper>
  )
}
