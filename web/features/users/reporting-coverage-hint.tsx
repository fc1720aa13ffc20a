import { Alert, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrgUnit } from '../../api/people-types'
import type { UnitTree } from '../orgunits/build-unit-tree'
import { useUnitLabel } from '../orgunits/unit-label'
import { reportingCoverage } from './grant-choice'
import { useReportingUnits } from './use-reporting-units'

type Props = { tree: UnitTree; unit: OrgUnit; onChoose: (unit: string | null) => void }

/**
 * For a role that reviews reports: how many of the units that report lie under the chosen unit. Provinces sit under
 * the country unit, not under DPF, so a reviewer granted on DPF would otherwise see an empty queue with no reason given.
 */
export function ReportingCoverageHint({ tree, unit, onChoose }: Props) {
  const { t } = useTranslation()
  const unitLabel = useUnitLabel()
  const reporting = useReportingUnits(true)
  if (!reporting || !reporting.size) return null
  const c = reportingCoverage(tree, reporting, unit.code)
  if (!c.total) return null
  const name = unitLabel(unit)
  if (c.covered === c.total) return <Text size="sm" c="teal.8" data-testid="grant-reporting" data-covered={c.covered}>{t('users.grant.reporting.all', { unit: name })}</Text>
  return (
    <Alert color={c.covered ? 'blue' : 'orange'} data-testid="grant-reporting" data-covered={c.covered}>
      <Text size="sm">
        {c.covered ? t('users.grant.reporting.some', { count: c.covered, total: c.total, unit: name }) : t('users.grant.reporting.none', { unit: name, count: c.total })}
      </Text>
      <Text size="sm" mt={4}>{t('users.grant.reporting.elsewhere')}</Text>
      <Group gap="xs" mt={6}>
        {c.elsewhere.slice(0, 4).map((code) => {
          const top = tree.byCode.get(code)
          return <Button key={code} size="compact-sm" variant="light" onClick={() => onChoose(code)}>{t('users.grant.reporting.choose', { unit: top ? unitLabel(top) : code })}</Button>
        })}
        <Button size="compact-sm" variant="subtle" onClick={() => onChoose(null)}>{t('users.grant.reporting.chooseWhole')}</Button>
      </Group>
    </Alert>
  )
}
