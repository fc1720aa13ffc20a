import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../ui/format'
import { checkValue } from '../draft/check-value'
import { useDraft, useEntry } from './draft-context'
import { ENTRY } from './grid'

/** A labelled number of a milestone or project (% complete, disbursed amount), checked like the grid's cells. */
export function NumberField({ entryKey, field, label, suffix, testId }: { entryKey: string; field: string; label: string; suffix?: string; testId?: string }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const { store, readOnly, formatInput } = useDraft()
  const entry = useEntry(entryKey)
  const id = useId()
  if (!entry) return null
  const rule = entry.rules[field]
  const text = entry.fields[field] ?? ''
  const checked = checkValue(rule, text)
  const problem = checked.problem
  return (
    <div className="rg-field">
      <label htmlFor={id} className="rg-label">{label}</label>
      <div className="rg-with-suffix">
        <input
          id={id}
          className="rg-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={readOnly}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          data-testid={testId}
          {...{ [ENTRY]: entryKey }}
          onChange={(e) => store.setField(entryKey, field, e.currentTarget.value)}
          onBlur={() => {
            if (checked.value !== null) {
              const tidy = formatInput(checked.value, rule.decimals)
              if (tidy !== text) store.setField(entryKey, field, tidy)
            }
          }}
        />
        {suffix ? <span className="rg-suffix">{suffix}</span> : null}
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="rg-problem">
          {t(`dataEntry.problem.${problem.code}`, Object.fromEntries(Object.entries(problem.params).map(([k, v]) => [k, typeof v === 'number' ? fmt.number(v, 6) : v])))}
        </p>
      ) : null}
    </div>
  )
}
