import { useEffect, useState } from 'react'
import { Button, Group, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { auditRangeInverted, type AuditFilter } from '../../api/people-queries'
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_FAMILIES } from './audit-vocabulary'
import { useAuditLabels } from './use-audit-labels'

type Values = Required<Omit<AuditFilter, 'page'>>
const EMPTY: Values = { action: '', entityType: '', actor: '', from: '', to: '' }

/** What, which kind of record, who, from and to which day; Enter or "Apply" puts them in the URL. */
export function AuditFilters({ value, onApply }: { value: AuditFilter; onApply: (f: AuditFilter) => void }) {
  const { t } = useTranslation()
  const labels = useAuditLabels()
  const fromUrl = { ...EMPTY, ...Object.fromEntries(Object.entries(value).filter(([k, v]) => k !== 'page' && v)) } as Values
  const [v, setV] = useState<Values>(fromUrl)
  const [rangeError, setRangeError] = useState(false)
  useEffect(() => setV(fromUrl), [value.action, value.entityType, value.actor, value.from, value.to])
  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setV({ ...v, [k]: e.currentTarget.value })
    if (k === 'from' || k === 'to') setRangeError(false)
  }
  const apply = (next: Values) => onApply(Object.fromEntries(Object.entries(next).map(([k, x]) => [k, x.trim() || undefined])) as AuditFilter)
  return (
    <form onSubmit={(e) => {
      e.preventDefault()
      const inverted = auditRangeInverted(v)
      setRangeError(inverted)
      if (!inverted) apply(v)
    }} aria-label={t('audit.filters')} data-testid="audit-filters">
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        <TextInput label={t('audit.field.action')} value={v.action} onChange={set('action')} list="audit-actions" placeholder="user." data-testid="filter-action" />
        <TextInput label={t('audit.field.entityType')} value={v.entityType} onChange={set('entityType')} list="audit-entity-types" data-testid="filter-entity" />
        <TextInput type="date" label={t('audit.field.from')} value={v.from} onChange={set('from')} data-testid="filter-from" />
        <TextInput type="date" label={t('audit.field.to')} value={v.to} onChange={set('to')} error={rangeError ? t('audit.fromAfterTo') : undefined} data-testid="filter-to" />
        <TextInput label={t('audit.field.actor')} value={v.actor} onChange={set('actor')} autoCapitalize="none" spellCheck={false} data-testid="filter-actor" />
      </SimpleGrid>
      <datalist id="audit-actions">
        {[...AUDIT_FAMILIES, ...AUDIT_ACTIONS].map((a) => <option key={a} value={a}>{labels.action(a)}</option>)}
      </datalist>
      <datalist id="audit-entity-types">
        {AUDIT_ENTITY_TYPES.map((e) => <option key={e} value={e}>{labels.entity(e)}</option>)}
      </datalist>
      <Group gap="sm" mt="sm">
        <Button type="submit" data-testid="audit-apply">{t('audit.apply')}</Button>
        <Button variant="subtle" onClick={() => { setV(EMPTY); setRangeError(false); apply(EMPTY) }}>{t('audit.clear')}</Button>
      </Group>
    </form>
  )
}
