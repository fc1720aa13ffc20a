import { useState } from 'react'
import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../api/people-types'
import { useFormat } from '../../ui/format'
import { ChevronIcon } from '../../ui/icons'
import { AuditDiff } from './audit-diff'
import { useAuditLabels } from './use-audit-labels'

/** The audit log on a phone: one card per entry, opening in place to show what changed. */
export function AuditCards({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const labels = useAuditLabels()
  const [open, setOpen] = useState<number | null>(null)
  return (
    <Stack gap="sm" data-testid="audit-table">
      {entries.map((e) => (
        <Paper key={e.seq} withBorder p="sm" radius="md" data-testid="audit-entry" data-action={e.action} data-code={e.entity.code ?? ''}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600}>{labels.action(e.action)}</Text>
              <Text size="xs" c="dimmed" className="num">#{e.seq}</Text>
            </Group>
            <Text size="xs" c="dimmed">{format.dateTime(e.at)} · <Text span inherit ff="monospace">{e.actor.username ?? t('audit.system')}</Text></Text>
            <Text size="xs" style={{ wordBreak: 'break-all' }}>{labels.entity(e.entity.type)}{e.entity.code ? ` · ${e.entity.code}` : ''}</Text>
            <Button size="compact-sm" variant="subtle" px={0} w="fit-content" leftSection={<ChevronIcon open={open === e.seq} />} aria-expanded={open === e.seq} aria-controls={`audit-card-${e.seq}`} onClick={() => setOpen(open === e.seq ? null : e.seq)}>
              {t('audit.details')}
            </Button>
            {open === e.seq ? <div id={`audit-card-${e.seq}`}><AuditDiff entry={e} /></div> : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
