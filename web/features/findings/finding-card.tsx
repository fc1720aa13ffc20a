import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Finding, FindingSide } from '../../api/types'
import { BiText } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { SourceLink } from '../../ui/source-link'
import { TargetLink } from '../search/result-link'
import { routeFor } from '../search/result-route'

const SEVERITY_COLOR = { error: 'red', warning: 'orange', info: 'gray' } as const

/** Labels the server writes in English ("stated in the document", "baseline 2020"); codes (OT01) stay as they are. */
function sideLabel(label: string | null, letter: 'a' | 'b', t: (k: string, o?: Record<string, unknown>) => string): string {
  if (!label) return t(`finding.side.${letter}`)
  const year = /^baseline (\d{4})$/.exec(label)
  if (year) return t('finding.label.baselineYear', { year: year[1] })
  return t(`finding.label.${label}`, { defaultValue: label })
}

function Side({ plan, side, letter }: { plan: string; side: FindingSide | null; letter: 'a' | 'b' }) {
  const { t } = useTranslation()
  const f = useFormat()
  if (!side) return null
  const value = typeof side.value === 'number' ? f.number(side.value) : side.value ?? '—'
  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0" data-testid={`finding-${letter}`}>
      <Text size="xs" c="dimmed">{sideLabel(side.label, letter, t)}</Text>
      <Text fw={700} size="lg">{value}</Text>
      {side.src ? <SourceLink src={side.src} plan={plan} /> : <Text size="xs" c="dimmed">{t('finding.noLine')}</Text>}
    </Paper>
  )
}

/** A data-quality finding about the document: both figures, each with its own source line. */
export function FindingCard({ plan, finding, tableFor, highlighted }: { plan: string; finding: Finding; tableFor: (series: string) => string | undefined; highlighted?: boolean }) {
  const { t } = useTranslation()
  const detailTable = typeof finding.detail?.table === 'string' ? finding.detail.table : undefined
  const subject = routeFor(finding.subject.type, finding.subject.code, plan, { table: detailTable ?? tableFor(finding.subject.code) })
  return (
    <Paper withBorder p="md" radius="md" id={finding.code} data-testid="finding" style={highlighted ? { outline: '3px solid var(--mantine-color-yellow-5)' } : undefined}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge color={SEVERITY_COLOR[finding.severity]} variant="filled">{t(`finding.severity.${finding.severity}`)}</Badge>
          <Badge variant="light" color="gray">{t(`finding.kind.${finding.kind}`, { defaultValue: finding.kind })}</Badge>
          <TargetLink target={subject} size="sm">{finding.subject.code}</TargetLink>
        </Group>
        <Text fw={600}><BiText value={finding.title} /></Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={640}>
          <Side plan={plan} side={finding.a} letter="a" />
          <Side plan={plan} side={finding.b} letter="b" />
        </SimpleGrid>
      </Stack>
    </Paper>
  )
}
