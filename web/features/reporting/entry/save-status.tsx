import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../../api/client'
import type { SaveStatus as Status } from '../draft/autosaver'
import type { Autosaver } from '../draft/autosaver'
import { entryProblem } from '../draft/entry-body'
import { isDirty } from '../draft/draft-entries'
import { useDraft, useDraftRevision } from './draft-context'

const time = (ms: number) => new Date(ms).toTimeString().slice(0, 5)

/** "Saving… / Saved at 10:42 / Offline, will retry", and what still waits for the person (invalid values, conflicts). */
export function SaveStatus({ status, saver }: { status: Status; saver: Autosaver | null }) {
  const { t, i18n } = useTranslation()
  const { store } = useDraft()
  useDraftRevision()
  if (!saver) return null
  const entries = store.list()
  const conflicts = entries.filter((e) => e.conflict).length
  const invalid = entries.filter((e) => !e.conflict && isDirty(e) && (e.serverError || entryProblem(e))).length
  const waiting = entries.some((e) => !e.inFlight && !e.conflict && isDirty(e) && !e.serverError && !entryProblem(e))
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
      {conflicts ? <Text size="sm" c="red.8" fw={600} data-testid="conflict-count">{t('dataEntry.save.conflicts', { count: conflicts })}</Text> : null}
      {invalid ? <Text size="sm" c="red.8" data-testid="invalid-count">{t('dataEntry.save.invalid', { count: invalid })}</Text> : null}
    </Group>
  )
}
