import { Badge, Paper, Stack, Text, Title, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PreviousTarget } from '../../api/types'
import { BiText, useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { EditorNote } from '../../ui/missing-note'
import { SourceLink } from '../../ui/source-link'

const ACHIEVED_COLOR = { true: 'green', false: 'red', partial: 'orange', null: 'gray' } as const

/** The previous plan's target this one continues, with what it achieved (lines are in this plan's document). */
export function PreviousPlanTargets({ plan, items }: { plan: string; items: PreviousTarget[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  return (
    <section aria-labelledby="h-previous">
      <Title order={2} id="h-previous" size="h3" mb="xs">{t('target.previousPlan')}</Title>
      <Stack gap="sm">
        {items.map((p) => {
          const achieved = String(p.result?.achieved ?? null) as keyof typeof ACHIEVED_COLOR
          const unit = bi(p.unit)?.text ?? ''
          return (
            <Paper key={p.code} withBorder p="md" radius="md">
              <Stack gap={6}>
                <Group gap="xs"><Text fw={600} size="sm">{p.code}</Text><Text size="xs" c="dimmed">{p.plan}</Text><SourceLink src={p.src} plan={plan} /></Group>
                <Text size="sm"><BiText value={p.text} /></Text>
                {p.value !== null && p.value !== undefined ? <Text size="sm">{t('target.previousValue')}: <b>{f.number(p.value)} {unit}</b></Text> : null}
                {p.result ? (
                  <Stack gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>{t('target.result')}</Text>
                      <Badge color={ACHIEVED_COLOR[achieved] ?? 'gray'} variant="light">{t(`target.achieved.${achieved}`)}</Badge>
                      {p.result.value !== null ? <Text size="sm">{f.number(p.result.value)} {unit}</Text> : null}
                      <SourceLink src={p.result.src} plan={plan} />
                    </Group>
                    {p.result.text ? <Text size="sm"><BiText value={p.result.text} /></Text> : null}
                    <EditorNote note={p.result.note} />
                  </Stack>
                ) : null}
              </Stack>
            </Paper>
          )
        })}
      </Stack>
    </section>
  )
}
