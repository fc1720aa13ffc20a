import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isDirty } from '../draft/draft-entries'
import { useDraft, useDraftRevision } from './draft-context'

/** What was typed and not saved, listed so it can be copied before reloading: nothing disappears unseen. */
export function UnsavedList() {
  const { t } = useTranslation()
  const { store } = useDraft()
  useDraftRevision()
  const unsaved = store.list().filter(isDirty)
  if (!unsaved.length) return <Text size="sm">{t('dataEntry.save.nothingLost')}</Text>
  return (
    <>
      <Text size="sm">{t('dataEntry.save.notSaved')}</Text>
      <ul className="rg-unsaved" data-testid="unsaved-list">
        {unsaved.map((e) => (
          <li key={e.key}>
            <b>{e.code}{e.option ? ` (${e.option})` : ''}</b>: {Object.entries(e.fields).filter(([f, v]) => v !== (e.saved[f] ?? '')).map(([, v]) => v || '—').join(' · ')}
          </li>
        ))}
      </ul>
    </>
  )
}
