import { useTranslation } from 'react-i18next'
import { Text } from '@mantine/core'
import { useNode } from '../../api/plan-queries'
import { QueryState } from '../../ui/query-state'
import { TargetList } from '../targets/target-item'

/** A node's targets, fetched when its row is first opened (a programme has a handful; the plan has hundreds). */
export function NodeTargets({ plan, code }: { plan: string; code: string }) {
  const { t } = useTranslation()
  const node = useNode(plan, code)
  return (
    <QueryState query={node}>
      {(n) => (n.targets.length ? <TargetList plan={plan} targets={n.targets} /> : <Text size="sm" c="dimmed">{t('target.none')}</Text>)}
    </QueryState>
  )
}
