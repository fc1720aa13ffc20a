import { useId } from 'react'
import { useDraft, useEntry } from './draft-context'

/** A labelled free text of a milestone or project (narrative, issues); grows with its content. */
export function TextField({ entryKey, field, label, testId }: { entryKey: string; field: string; label: string; testId?: string }) {
  const { store, readOnly } = useDraft()
  const entry = useEntry(entryKey)
  const id = useId()
  if (!entry) return null
  return (
    <div className="rg-field rg-field-wide">
      <label htmlFor={id} className="rg-label">{label}</label>
      <textarea
        id={id}
        className="rg-textarea"
        rows={3}
        maxLength={8000}
        value={entry.fields[field] ?? ''}
        disabled={readOnly}
        data-testid={testId}
        onChange={(e) => store.setField(entryKey, field, e.currentTarget.value)}
      />
    </div>
  )
}
