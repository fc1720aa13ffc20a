import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../../api/client'
import { useFormat } from '../../../ui/format'
import { fileSize } from './file-size'
import type { ImportOutcome } from './import-outcome'
import { ImportProblemsTable } from './import-problems-table'

type Props = { outcome: ImportOutcome; itemName: (code: string) => string | null; onClose: () => void }

/** The answer to the last import: what was saved, every cell to fix, or why the file was refused. */
export function ImportOutcomeView({ outcome, itemName, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const fmt = useFormat()
  const close = { withCloseButton: true, onClose, closeButtonLabel: t('valueFiles.dismiss') }
  if (outcome.kind === 'saved') {
    const { values, milestones } = outcome.result
    return (
      <Alert color="teal" title={t('valueFiles.savedTitle', { name: outcome.name })} role="status" data-testid="import-saved" {...close}>
        <Text size="sm">{t('valueFiles.savedValues', { count: values.saved, created: values.created, updated: values.updated })}</Text>
        {milestones.saved ? <Text size="sm">{t('valueFiles.savedMilestones', { count: milestones.saved })}</Text> : null}
        {values.unchanged ? <Text size="sm" c="dimmed">{t('valueFiles.unchanged', { count: values.unchanged })}</Text> : null}
        {values.leftEmpty ? <Text size="sm" c="dimmed">{t('valueFiles.leftEmpty', { count: values.leftEmpty })}</Text> : null}
      </Alert>
    )
  }
  if (outcome.kind === 'badCells') {
    return (
      <Alert color="red" title={t('valueFiles.badCellsTitle', { count: outcome.cells.length })} role="alert" data-testid="import-bad-cells" {...close}>
        <Text size="sm" mb="xs">{outcome.name} — {t('valueFiles.badCellsHint')}</Text>
        <ImportProblemsTable cells={outcome.cells} itemName={itemName} />
      </Alert>
    )
  }
  if (outcome.kind === 'unsaved') return <Alert color="orange" role="alert" data-testid="import-unsaved" {...close}>{t('valueFiles.unsavedFirst')}</Alert>
  if (outcome.kind === 'tooBigHere') {
    return (
      <Alert color="red" title={t('valueFiles.tooBigTitle')} role="alert" data-testid="import-refused" {...close}>
        <Text size="sm">{t('valueFiles.tooBigLocal', { name: outcome.name, size: fileSize(outcome.size, fmt), max: fileSize(outcome.max, fmt) })}</Text>
        <Text size="sm">{t('valueFiles.tooBigHint')}</Text>
      </Alert>
    )
  }
  const title = outcome.reason === 'notEditable' ? 'notEditableTitle' : outcome.reason === 'tooBig' ? 'tooBigTitle' : 'refusedTitle'
  return (
    <Alert color="red" title={t(`valueFiles.${title}`)} role="alert" data-testid="import-refused" data-reason={outcome.reason} {...close}>
      <Text size="sm">{outcome.name}: {errorText(outcome.error, i18n.language)}</Text>
    </Alert>
  )
}
