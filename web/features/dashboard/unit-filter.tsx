import '@mantine/core/styles/Combobox.css'
import { useState } from 'react'
import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useOrgUnitOptions } from '../../api/dashboard-queries'
import { useMe } from '../../api/me-query'
import { pickBi } from '../../ui/bilingual'
import { canOnUnit } from '../auth/permissions'

/**
 * An org unit inside the reader's scope: figures for its subtree only. The list of units is fetched the first time
 * the list is opened, so it costs nothing on a slow line until it is needed.
 */
export function UnitFilter({ value, selected, onChange }: { value: string | undefined; selected: { code: string; name: { lo: string | null; en: string | null } } | null; onChange: (unit: string | undefined) => void }) {
  const { t, i18n } = useTranslation()
  const [wanted, setWanted] = useState(false)
  const me = useMe().data
  const units = useOrgUnitOptions(wanted)
  const parents = new Map((units.data ?? []).map((u) => [u.code, u.parentCode]))
  const label = (code: string, name: { lo: string | null; en: string | null }) => `${pickBi(name, i18n.language)?.text ?? code} (${code})`
  // The other language's name rides along, so "Luang" finds ຫຼວງພະບາງ on a Lao screen and the other way round.
  const otherNames = new Map((units.data ?? []).map((u) => [u.code, `${u.name.lo ?? ''} ${u.name.en ?? ''}`]))
  const options = (units.data ?? [])
    .filter((u) => !u.closed && canOnUnit(me, 'unit-data:read', u.code, (c) => parents.get(c)))
    .map((u) => ({ value: u.code, label: label(u.code, u.name) }))
  const filter: OptionsFilter = ({ options: all, search }) => {
    const q = search.trim().toLocaleLowerCase()
    if (!q) return all
    return (all as ComboboxItem[]).filter((o) => `${o.label} ${otherNames.get(o.value) ?? ''}`.toLocaleLowerCase().includes(q))
  }
  if (selected && !options.some((o) => o.value === selected.code)) options.unshift({ value: selected.code, label: label(selected.code, selected.name) })
  return (
    <Select
      label={t('dashboard.filters.unit')}
      placeholder={t('dashboard.filters.allUnits')}
      data={options}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      onDropdownOpen={() => setWanted(true)}
      searchable
      filter={filter}
      clearable
      nothingFoundMessage={units.isFetching ? t('state.loading') : t('dashboard.filters.noUnits')}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      data-testid="filter-unit"
    />
  )
}
