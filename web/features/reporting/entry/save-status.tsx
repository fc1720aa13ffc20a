import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../../api/client'
import type { SaveStatus as Status } from '../draft/autosaver'
import type { Autosaver } from '../draft/autosaver'
import { entryIssue } from '../draft/entry-issue'
import { useDraft, useDraftRevision } from './draft-context'
import { GoToNext } from './go-to-next'

const time = (ms: number) => new Date(ms).toTimeString().slice(0, 5)

/**
 * "Saving… / Saved at 10:42 / Offline, will retry", and what still waits for the person (invalid values, conflicts):
 * each count is a button that goes to the next such cell.
 */
export function SaveStatus({ status, saver }: { status: Status; saver: Autosaver | null }) {
  const { t, i18n } = useTranslation()
  const { store } = useDraft()
  useDraftRevision()
  if (!saver) return null
  const entries = store.list()
  const issues = entries.map((e) => ({ e, issue: entryIssue(e) }))
  const conflicts = entries.filter((e) => e.conflict).map((e) => e.key)
  const invalid = issues.filter(({ issue }) => issue?.kind === 'invalid' || issue?.kind === 'refused').map(({ e }) => e.key)
  const waiting = issues.some(({ e, issue }) => issue?.kind === 'unsaved' && !e.inFlight)
  let text: string
  let color = 'dimmed'
  if (status.state === 'saving') text = t('dataEntry.save.saving')
  else if (status.state === 'offline') { text = t('dataEntry.save.offline'); color = 'orange.8' }
  else if (status.state === 'error') { text = t('dataEntry.save.failed', { message: errorText(status.error, i18n.language) }); color = 'red.8' }
  else if (waiting) text = t('dataEntry.save.pending')
  else if (status.savedAt) text = t('dataEntry.save.savedAt', { time: time(status.savedAt) })
  else text = t('dataEntry.save.auto')
  return (
    <Group gap="xs" wrap="wrap" role="status" aria-live="polite" data-testid="save-status" data-state={waiting && status.state !== 'offline' && status.state !== 'error' ? 'pending' : status.state}>
      <Text size="sm" c={color} fw={status.state === 'idle' || status.state === 'saved' ? 400 : 600}>{text}</Text>
      {status.state === 'offline' ? <Button size="compact-xs" variant="light" color="orange" onClick={() => void saver.flush()}>{t('dataEntry.save.retryNow')}</Button> : null}
      {conflicts.length ? <GoToNext keys={conflicts} label={t('dataEntry.save.conflicts', { count: conflicts.length })} hint={t('dataEntry.save.goToNext')} testId="conflict-count" /> : null}
      {invalid.length ? <GoToNext keys={invalid} label={t('dataEntry.save.invalid', { count: invalid.length })} hint={t('dataEntry.save.goToNext')} testId="invalid-count" /> : null}
    </Group>
  )
}
