import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TargetProgress } from '../../api/dashboard-types'
import { AppLink } from '../../ui/app-link'
import { BiText } from '../../ui/bilingual'
import { ActualVsTarget } from './actual-vs-target'
import { StatusChip } from './status-chip'
import { TargetProgressBar } from './target-progress-bar'

/** One overall target: number, text (a link to its page), status, progress and actual against target. */
export function OverallTargetRow({ plan, target, onDrill }: { plan: string; target: TargetProgress; onDrill: (t: TargetProgress) => void }) {
  const { t } = useTranslation()
  return (
    <Table.Tr data-code={target.code} data-status={target.status} data-testid="overall-target">
      <Table.Td className="dashboard-col-no" data-label={t('dashboard.targets.no')}>
        <Text size="sm" fw={600}>{target.no ?? '·'}</Text>
      </Table.Td>
      <Table.Td className="dashboard-col-text">
        <AppLink to="/plans/$code/targets/$target" params={{ code: plan, target: target.code }} size="sm" c="dark.8" className="tidtam-lao" title={t('dashboard.targets.open', { code: target.code })}>
          <BiText value={target.text} empty={target.code} />
        </AppLink>
      </Table.Td>
      <Table.Td className="dashboard-col-status" data-label={t('dashboard.targets.status')}>
        <StatusChip status={target.status} />
      </Table.Td>
      <Table.Td className="dashboard-col-progress" data-label={t('dashboard.targets.progress')}>
        <TargetProgressBar target={target} />
      </Table.Td>
      <Table.Td className="dashboard-col-figures" data-label={t('dashboard.targets.actualVsTarget')}>
        <ActualVsTarget target={target} onDrill={onDrill} />
      </Table.Td>
    </Table.Tr>
  )
}
