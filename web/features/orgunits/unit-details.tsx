import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { UnitPage } from '../../api/people-types'
import { AppLink } from '../../ui/app-link'
import { BiText } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { useKindLabel } from './unit-label'

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm">{children}</Text>
    </div>
  )
}

/** The unit itself: names, kind, codes, whether it came from the plan document, closed or not; and its sub-units. */
export function UnitDetails({ page }: { page: UnitPage }) {
  const { t } = useTranslation()
  const kindLabel = useKindLabel()
  const format = useFormat()
  const u = page.unit
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="unit-details-title" data-testid="unit-details">
      <Stack gap="sm">
        <Title order={2} size="h3" id="unit-details-title">{t('orgUnits.unit.details')}</Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Fact label={t('orgUnits.field.code')}><Text span ff="monospace" inherit>{u.code}</Text></Fact>
          <Fact label={t('orgUnits.field.kind')}>{kindLabel(u.kind)}</Fact>
          <Fact label={t('orgUnits.field.iso')}>{u.iso ?? '—'}</Fact>
          <Fact label={t('orgUnits.field.nameLo')}><span lang="lo">{u.name.lo ?? '—'}</span></Fact>
          <Fact label={t('orgUnits.field.nameEn')}><span lang="en">{u.name.en ?? '—'}</span></Fact>
          <Fact label={t('orgUnits.field.abbr')}>{[u.abbr.lo, u.abbr.en].filter(Boolean).join(' · ') || '—'}</Fact>
        </SimpleGrid>
        <Group gap="xs">
          <Badge variant="light" color={u.published ? 'teal' : 'yellow'}>{u.published ? t('orgUnits.fromPlan') : t('orgUnits.unpublished')}</Badge>
          {u.closed ? <Badge color="gray" data-testid="closed-badge">{t('orgUnits.closedOn', { date: format.date(u.closedAt) })}</Badge> : null}
        </Group>
        {page.children.length ? (
          <div>
            <Text size="xs" c="dimmed">{t('orgUnits.unit.children', { count: page.children.length })}</Text>
            <Group gap="sm" wrap="wrap">
              {page.children.map((c) => (
                <AppLink key={c.code} to="/org-units/$unit" params={{ unit: c.code }} size="sm" c={c.closed ? 'dimmed' : undefined}>
                  <BiText value={c.name} empty={c.code} />
                </AppLink>
              ))}
            </Group>
          </div>
        ) : null}
      </Stack>
    </Paper>
  )
}
