import { useEffect } from 'react'
import { Alert, Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useBi } from '../../../ui/bilingual'
import { useFormat } from '../../../ui/format'
import type { EntryIssue } from '../draft/entry-issue'
import { useDraft } from './draft-context'
import { fieldLabel } from './field-label'

/** More than this and the list says how many more there are (the first ones are what to fix first anyway). */
const SHOWN = 15

/**
 * In the submit dialog, before anything is sent: the values that are not valid, refused, in conflict or not saved
 * yet, each with its message and a link that closes the dialog and goes to its cell.
 */
export function SubmitIssues({ issues, onGo }: { issues: EntryIssue[]; onGo: (key: string) => void }) {
  const { t, i18n } = useTranslation()
  const bi = useBi()
  const fmt = useFormat()
  const { store, saver, entries } = useDraft()
  // Values waiting for the autosave pause go now, so the list shrinks to what needs the person.
  useEffect(() => { void saver?.flush() }, [saver])
  if (!issues.length) return null
  const refs = new Map(entries.map((e) => [e.key, e]))
  const blocking = issues.filter((i) => i.kind !== 'unsaved').length
  const name = (key: string) => {
    const ref = refs.get(key)
    if (!ref) return key
    const item = bi(ref.name)?.text ?? ref.code
    const option = ref.option ? bi(ref.option)?.text : null
    return option ? `${item} — ${option}` : item
  }
  const message = (i: EntryIssue) => {
    if (i.kind === 'invalid' && i.problem) {
      const params = Object.fromEntries(Object.entries(i.problem.params).map(([k, v]) => [k, typeof v === 'number' ? fmt.number(v, 6) : v]))
      const text = t(`dataEntry.problem.${i.problem.code}`, params)
      const field = i.field ? fieldLabel(t, i.field) : null
      return field ? `${field}: ${text}` : text
    }
    const refused = store.get(i.key)?.serverError
    if (i.kind === 'refused' && refused) return i18n.language === 'lo' ? refused.message_lo : refused.message
    if (i.kind === 'conflict') return t('dataEntry.conflict.title')
    return t('dataEntry.submitCheck.notSaved')
  }
  return (
    <Alert
      color={blocking ? 'red' : 'yellow'}
      title={blocking ? t('dataEntry.submitCheck.fix', { count: blocking }) : t('dataEntry.submitCheck.saving', { count: issues.length })}
      data-testid="submit-issues"
    >
      <Text size="sm">{t('dataEntry.submitCheck.hint')}</Text>
      <ul className="rg-issues">
        {issues.slice(0, SHOWN).map((i) => (
          <li key={i.key} data-kind={i.kind}>
            <Anchor component="button" type="button" size="sm" fw={600} className="rg-issue-link" title={name(i.key)} onClick={() => onGo(i.key)} data-testid="submit-issue">
              {name(i.key)}
            </Anchor>
            <span className="rg-issue-message">{message(i)}</span>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN ? <Text size="sm">{t('dataEntry.submitCheck.more', { count: issues.length - SHOWN })}</Text> : null}
    </Alert>
  )
}
