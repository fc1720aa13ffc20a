import { Fragment, useState } from 'react'
import { ActionIcon, Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../api/people-types'
import { useFormat } from '../../ui/format'
import { ChevronIcon } from '../../ui/icons'
import { AuditDiff } from './audit-diff'
import { useAuditLabels } from './use-audit-labels'

/** Entries newest first; each opens to show what changed. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const labels = useAuditLabels()
  const [open, setOpen] = useState<Set<number>>(new Set())
  const toggle = (seq: number) => setOpen((prev) => {
    const next = new Set(prev)
    if (!next.delete(seq)) next.add(seq)
    return next
  })
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}><VisuallyHidden>{t('audit.details')}</VisuallyHidden></Table.Th>
            <Table.Th className="num">{t('audit.field.seq')}</Table.Th>
            <Table.Th>{t('audit.field.at')}</Table.Th>
            <Table.Th>{t('audit.field.actor')}</Table.Th>
            <Table.Th>{t('audit.field.action')}</Table.Th>
            <Table.Th>{t('audit.field.record')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => {
            const isOpen = open.has(e.seq)
            return (
              <Fragment key={e.seq}>
                <Table.Tr data-testid="audit-entry" data-action={e.action} data-code={e.entity.code ?? ''}>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="gray" aria-expanded={isOpen} aria-controls={`audit-${e.seq}`} aria-label={t('audit.toggle', { seq: e.seq })} onClick={() => toggle(e.seq)}>
                      <ChevronIcon open={isOpen} />
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td className="num">{e.seq}</Table.Td>
                  <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Text></Table.Td>
                  <Table.Td><Text size="sm" ff="monospace">{e.actor.username ?? t('audit.system')}</Text></Table.Td>
                  <Table.Td>
                    <Text size="sm">{labels.action(e.action)}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">{e.action}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{labels.entity(e.entity.type)}</Text>
                    {e.entity.code ? <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>{e.entity.code}</Text> : null}
                  </Table.Td>
                </Table.Tr>
                {isOpen ? (
                  <Table.Tr id={`audit-${e.seq}`}>
                    <Table.Td colSpan={6}><AuditDiff entry={e} /></Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
