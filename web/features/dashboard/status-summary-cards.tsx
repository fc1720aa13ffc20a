import { Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { STATUS_ORDER, type ProgressStatus, type StatusCounts } from '../../api/dashboard-types'
import { useFormat } from '../../ui/format'
import { STATUS_COLOR } from './status-colors'

/**
 * The overall targets counted by status, one coloured card each. Pressing a card shows only that status in the table
 * below (pressing it again shows all).
 */
export function StatusSummaryCards({ counts, selected, onSelect }: { counts: StatusCounts; selected: ProgressStatus | null; onSelect: (s: ProgressStatus | null) => void }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="sm" data-testid="status-summary">
        {STATUS_ORDER.map((status) => {
          const pressed = selected === status
          return (
            <UnstyledButton
              key={status}
              onClick={() => onSelect(pressed ? null : status)}
              aria-pressed={pressed}
              data-status={status}
              className="dashboard-status-card"
              title={t('dashboard.summary.filterHint')}
            >
              <Paper
                withBorder
                p="sm"
                radius="md"
                h="100%"
                style={{ borderLeft: `6px solid ${STATUS_COLOR[status].hex}`, background: pressed ? 'var(--mantine-color-gray-1)' : undefined }}
              >
                <Text size="sm" fw={600} c="dark.6">{t(`dashboard.status.${status}`)}</Text>
                <Text fz={30} fw={700} lh={1.4} data-testid={`status-count-${status}`}>{f.number(counts[status], 0)}</Text>
                <Text size="xs" c="dimmed">{t('dashboard.summary.ofTotal', { total: f.number(counts.total, 0) })}</Text>
              </Paper>
            </UnstyledButton>
          )
        })}
      </SimpleGrid>
      {counts.cancelled ? <Text size="xs" c="dimmed">{t('dashboard.summary.cancelled', { count: counts.cancelled })}</Text> : null}
    </Stack>
  )
}
