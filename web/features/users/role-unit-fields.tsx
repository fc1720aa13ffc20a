import { NativeSelect, SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useOrgUnits, useRoles } from '../../api/people-queries'
import { ROLES, type Role } from '../../api/people-types'
import { useBi } from '../../ui/bilingual'
import { UnitSelect } from '../orgunits/unit-select'

export type RoleUnit = { role: Role; unit: string | null }

/** A role and the unit whose subtree it covers ("the whole system" for none). */
export function RoleUnitFields({ value, onChange, autoFocus }: { value: RoleUnit; onChange: (v: RoleUnit) => void; autoFocus?: boolean }) {
  const { t } = useTranslation()
  const bi = useBi()
  const roles = useRoles()
  const units = useOrgUnits()
  const roleData = ROLES.map((r) => ({ value: r, label: bi(roles.data?.find((x) => x.role === r)?.name)?.text ?? t(`people.role.${r}`) }))
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <NativeSelect label={t('users.grant.role')} value={value.role} onChange={(e) => onChange({ ...value, role: e.currentTarget.value as Role })} data={roleData} data-testid="grant-role" autoFocus={autoFocus} />
      <UnitSelect label={t('users.grant.unit')} units={units.data ?? []} value={value.unit} onChange={(unit) => onChange({ ...value, unit })} noneLabel={t('people.wholeSystem')} testId="grant-unit" />
    </SimpleGrid>
  )
}
