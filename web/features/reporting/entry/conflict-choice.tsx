import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../ui/format'
import { sameField } from '../draft/draft-entries'
import { useDraft, useEntry } from './draft-context'
import { fieldLabel } from './field-label'

/**
 * Someone else saved this entry after it was loaded. Both versions are shown side by side; nothing is saved until the
 * person keeps theirs (saved over the other) or takes the other person's.
 */
export function ConflictChoice({ entryKey }: { entryKey: string }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const { store } = useDraft()
  const entry = useEntry(entryKey)
  const conflict = entry?.conflict
  if (!entry || !conflict) return null
  const show = (field: string, v: string | undefined) => {
    if (!v) return t('dataEntry.conflict.empty')
    return field === 'status' ? t(`dataEntry.milestone.statuses.${v}`, { defaultValue: v }) : v
  }
  const fields = Object.keys({ ...entry.fields, ...conflict.fields }).filter((f) => !sameField(entry, f, entry.fields[f], conflict.fields[f]))
  return (
    <div className="rg-conflict" role="group" aria-label={t('dataEntry.conflict.title')} data-testid="conflict">
      <p className="rg-conflict-title">{t('dataEntry.conflict.title')}{conflict.at ? ` (${fmt.dateTime(conflict.at)})` : ''}</p>
      <table className="rg-conflict-table">
        <thead>
          <tr><th scope="col" />
            <th scope="col">{t('dataEntry.conflict.theirs')}</th>
            <th scope="col">{t('dataEntry.conflict.yours')}</th>
          </tr>
        </thead>
        <tbody>
          {(fields.length ? fields : ['value']).map((f) => (
            <tr key={f}>
              <th scope="row">{fieldLabel(t, f)}</th>
              <td data-testid="conflict-theirs">{show(f, conflict.fields[f])}</td>
              <td data-testid="conflict-yours">{show(f, entry.fields[f])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Group gap="xs" mt={4} wrap="wrap">
        <Button size="compact-sm" variant="filled" onClick={() => store.resolve(entryKey, 'mine')} data-testid="keep-mine">{t('dataEntry.conflict.keepMine')}</Button>
        <Button size="compact-sm" variant="default" onClick={() => store.resolve(entryKey, 'theirs')} data-testid="take-theirs">{t('dataEntry.conflict.takeTheirs')}</Button>
      </Group>
    </div>
  )
}
