import { useEffect, useState } from 'react'
import { Button, Group, NativeSelect, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { Overview } from '../../api/types'
import { useBi } from '../../ui/bilingual'

export type ProjectFilterValues = { focusPlan?: string; funding?: string; currency?: string; year?: number; q?: string }

/** Filters that live in the URL (shareable, back-button friendly); the text filter applies after a short pause. */
export function ProjectFilters({ value, overview, onChange }: { value: ProjectFilterValues; overview: Overview | undefined; onChange: (v: ProjectFilterValues) => void }) {
  const { t } = useTranslation()
  const bi = useBi()
  const [q, setQ] = useState(value.q ?? '')
  const [debounced] = useDebouncedValue(q, 350)
  useEffect(() => setQ(value.q ?? ''), [value.q])
  useEffect(() => {
    if ((debounced || undefined) !== value.q) onChange({ ...value, q: debounced.trim() || undefined })
    // Only the debounced text drives this; the other filters apply at once through onChange.
  }, [debounced])
  const all = { value: '', label: t('project.filter.all') }
  const focusPlans = [all, ...(overview?.projects.byFocusPlan ?? []).map((fp) => fp.focusPlan
    ? { value: fp.focusPlan, label: `${fp.focusPlan} — ${bi(fp.name)?.text ?? ''}`.slice(0, 90) }
    : { value: 'ODA', label: t('project.filter.oda') })]
  const fundings = [all, ...[...new Set((overview?.projects.byFunding ?? []).map((f) => f.funding))].map((f) => ({ value: f, label: t(`funding.${f}`, { defaultValue: f }) }))]
  const currencies = [all, ...[...new Set((overview?.projects.byFunding ?? []).map((f) => f.currency))].map((c) => ({ value: c, label: t(`currency.name.${c}`, { defaultValue: c }) }))]
  const period = overview?.plan.period ?? { start: 2021, end: 2025 }
  const years = [all, ...Array.from({ length: period.end - period.start + 1 }, (_, i) => String(period.start + i)).map((y) => ({ value: y, label: y }))]
  const set = (patch: Partial<ProjectFilterValues>) => onChange({ ...value, ...patch })
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('project.filter.label')}>
      <NativeSelect label={t('project.focusPlan')} data={focusPlans} value={value.focusPlan ?? ''} onChange={(e) => set({ focusPlan: e.currentTarget.value || undefined })} w={{ base: '100%', sm: 260 }} data-testid="filter-focus-plan" />
      <NativeSelect label={t('project.funding')} data={fundings} value={value.funding ?? ''} onChange={(e) => set({ funding: e.currentTarget.value || undefined })} w={{ base: '47%', sm: 150 }} data-testid="filter-funding" />
      <NativeSelect label={t('project.currency')} data={currencies} value={value.currency ?? ''} onChange={(e) => set({ currency: e.currentTarget.value || undefined })} w={{ base: '47%', sm: 150 }} data-testid="filter-currency" />
      <NativeSelect label={t('project.year')} data={years} value={value.year ? String(value.year) : ''} onChange={(e) => set({ year: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })} w={{ base: '47%', sm: 110 }} data-testid="filter-year" />
      <TextInput label={t('project.filter.text')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} w={{ base: '100%', sm: 220 }} data-testid="filter-text" />
      <Button variant="subtle" onClick={() => { setQ(''); onChange({}) }}>{t('project.filter.clear')}</Button>
    </Group>
  )
}
