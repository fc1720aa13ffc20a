import { Paper, Stack, Text, Title, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MissingItem } from '../../api/types'
import { AppLink } from '../../ui/app-link'
import { MissingBadge } from '../../ui/missing-note'
import { SourceLink } from '../../ui/source-link'

/** What the scanned document lost or garbled, listed openly with the extractors' notes. */
export function MissingItems({ plan, items }: { plan: string; items: MissingItem[] }) {
  const { t } = useTranslation()
  if (!items.length) return null
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="h-missing">
      <Title order={2} id="h-missing" size="h3">{t('overview.missingTitle', { count: items.length })}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('overview.missingIntro')}</Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((m) => (
          <li key={`${m.type}-${m.code}`}>
            <Group gap={8} wrap="wrap">
              {m.type === 'node'
                ? <AppLink to="/plans/$code/nodes/$node" params={{ code: plan, node: m.code }}>{t(`kind.${m.kind}`, { defaultValue: m.kind })} {m.no ?? m.code}</AppLink>
                : <AppLink to="/plans/$code/projects" params={{ code: plan }} search={{ q: m.code }}>{m.code}</AppLink>}
              <MissingBadge kind={m.kind === 'garbled_name' ? 'garbled' : 'missing'} />
              <SourceLink src={m.src} plan={plan} />
            </Group>
            {m.note ? (
              <details>
                <summary style={{ cursor: 'pointer' }}><Text span size="xs" c="dimmed">{t('missing.showNote')}</Text></summary>
                <Text size="sm" c="dimmed" lang="en">{m.note}</Text>
              </details>
            ) : null}
          </li>
        ))}
      </Stack>
    </Paper>
  )
}
