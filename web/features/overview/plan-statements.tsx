import { List, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Plan } from '../../api/types'
import { BiText } from '../../ui/bilingual'
import { SourceLink } from '../../ui/source-link'

/** Vision, overall goal and strategies, each with its source line. */
export function PlanStatements({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const { vision, overall_goal: goal, strategies = [] } = plan.meta
  return (
    <Stack gap="md">
      {vision ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="h-vision">
          <Title order={2} id="h-vision" size="h3">{t('overview.vision')}</Title>
          <Text><BiText value={vision} /> <SourceLink src={vision.src} plan={plan.code} /></Text>
        </Paper>
      ) : null}
      {goal ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="h-goal">
          <Title order={2} id="h-goal" size="h3">{t('overview.goal')}</Title>
          <Text><BiText value={goal} /> <SourceLink src={goal.src} plan={plan.code} /></Text>
        </Paper>
      ) : null}
      {strategies.length ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="h-strategies">
          <Title order={2} id="h-strategies" size="h3">{t('overview.strategies', { count: strategies.length })}</Title>
          <List type="ordered" spacing={6}>
            {strategies.map((s) => (
              <List.Item key={s.no}><BiText value={s} /> <SourceLink src={s.src} plan={plan.code} /></List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
    </Stack>
  )
}
