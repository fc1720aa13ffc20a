import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TargetProgress } from '../../api/dashboard-types'
import { OverallTargetRow } from './overall-target-row'

/** The overall targets at a glance; on a phone each row becomes a small card (dashboard.css). */
export function OverallTargetsTable({ plan, targets, onDrill }: { plan: string; targets: TargetProgress[]; onDrill: (t: TargetProgress) => void }) {
  const { t } = useTranslation()
  if (!targets.length) return <Text c="dimmed" size="sm">{t('dashboard.targets.none')}</Text>
  return (
    <Table className="dashboard-targets" verticalSpacing="xs" highlightOnHover data-testid="overall-targets">
      <Table.Caption className="dashboard-visually-hidden">{t('dashboard.targets.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" className="dashboard-col-no">{t('dashboard.targets.no')}</Table.Th>
          <Table.Th scope="col">{t('dashboard.targets.target')}</Table.Th>
          <Table.Th scope="col" className="dashboard-col-status">{t('dashboard.targets.status')}</Table.Th>
          <Table.Th scope="col" className="dashboard-col-progress">{t('dashboard.targets.progress')}</Table.Th>
          <Table.Th scope="col" className="dashboard-col-figures">{t('dashboard.targets.actualVsTarget')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {targets.map((target) => <OverallTargetRow key={target.code} plan={plan} target={target} onDrill={onDrill} />)}
      </Table.Tbody>
    </Table>
  )
}
