import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrgUnit } from '../../api/people-types'
import { useUnitLabel } from './unit-label'

export const WHOLE_SYSTEM = '*'

type Props = {
  label: string
  units: OrgUnit[]
  value: string | null
  onChange: (code: string | null) => void
  /** Adds a first choice standing for "no unit" (the whole system, or no parent). */
  noneLabel?: string
  error?: string
  description?: string
  placeholder?: string
  testId?: string
  autoFocus?: boolean
}

/** A searchable unit picker; closed units are left out (nothing new may go under them). */
export function UnitSelect({ label, units, value, onChange, noneLabel, error, description, placeholder, testId, autoFocus }: Props) {
  const { t } = useTranslation()
  const unitLabel = useUnitLabel()
  const data = [
    ...(noneLabel ? [{ value: WHOLE_SYSTEM, label: noneLabel }] : []),
    ...units.filter((u) => !u.closed).map((u) => ({ value: u.code, label: unitLabel(u) })),
  ]
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      data={data}
      value={value ?? (noneLabel ? WHOLE_SYSTEM : null)}
      onChange={(v) => onChange(v === WHOLE_SYSTEM ? null : v)}
      searchable
      nothingFoundMessage={t('orgUnits.noMatch')}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      error={error}
      data-testid={testId}
      data-autofocus={autoFocus || undefined}
      required
    />
  )
}
