import { Alert, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useOrgUnits, useRoles } from '../../api/people-queries'
import { ROLES, type Role } from '../../api/people-types'
import { useBi } from '../../ui/bilingual'
import { buildUnitTree } from '../orgunits/build-unit-tree'
import { useUnitLabel } from '../orgunits/unit-label'
import { UnitSelect } from '../orgunits/unit-select'
import type { GrantChoice, GrantProblem } from './grant-choice'
import { ReportingCoverageHint } from './reporting-coverage-hint'

type Props = { value: GrantChoice; onChange: (v: GrantChoice) => void; problem?: GrantProblem | null; autoFocus?: boolean }

/** A role and where it applies: one unit with everything under it, or — chosen on purpose — the whole system. */
export function RoleUnitFields({ value, onChange, problem, autoFocus }: Props) {
  const { t } = useTranslation()
  const bi = useBi()
  const unitLabel = useUnitLabel()
  const roles = useRoles()
  const units = useOrgUnits()
  const roleData = ROLES.map((r) => ({ value: r, label: bi(roles.data?.find((x) => x.role === r)?.name)?.text ?? t(`people.role.${r}`) }))
  const reviews = !!roles.data?.find((r) => r.role === value.role)?.permissions.includes('reports:review')
  const chosen = value.scope === 'unit' && value.unit ? units.data?.find((u) => u.code === value.unit) : undefined
  return (
    <Stack gap="sm">
      <NativeSelect label={t('users.grant.role')} value={value.role} onChange={(e) => onChange({ ...value, role: e.currentTarget.value as Role })} data={roleData} data-testid="grant-role" autoFocus={autoFocus} />
      <Radio.Group label={t('users.grant.scope')} value={value.scope ?? ''} onChange={(s) => onChange({ ...value, scope: s as 'unit' | 'system' })}
        error={problem === 'scopeRequired' ? t('users.grant.scopeRequired') : undefined} required data-testid="grant-scope">
        <Group gap="lg" mt={4}>
          <Radio value="unit" label={t('users.grant.scopeUnit')} data-testid="grant-scope-unit" aria-invalid={problem === 'scopeRequired' || undefined} />
          <Radio value="system" label={t('users.grant.scopeSystem')} data-testid="grant-scope-system" />
        </Group>
      </Radio.Group>
      {value.scope === 'unit' ? (
        <UnitSelect label={t('users.grant.unit')} units={units.data ?? []} value={value.unit} onChange={(unit) => onChange({ ...value, unit })}
          placeholder={t('users.grant.unitPlaceholder')} error={problem === 'unitRequired' ? t('users.grant.unitRequired') : undefined} testId="grant-unit" />
      ) : null}
      {chosen ? <Text size="sm" c="dimmed" data-testid="grant-covers">{t(`users.grant.covers.${value.role}`, { unit: unitLabel(chosen) })}</Text> : null}
      {chosen && reviews && units.data ? (
        <ReportingCoverageHint tree={buildUnitTree(units.data)} unit={chosen} onChoose={(unit) => onChange({ ...value, scope: unit ? 'unit' : 'system', unit })} />
      ) : null}
      {value.scope === 'system' ? (
        <Alert color="yellow" title={t('users.grant.wholeTitle')} data-testid="grant-whole-system">{t(`users.grant.whole.${value.role}`)}</Alert>
      ) : null}
    </Stack>
  )
}
