import { Badge, Code, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../api/people-types'
import { useFormat } from '../../ui/format'
import { diffJson, shown } from './diff-json'

const COLOR = { added: 'teal', removed: 'red', changed: 'indigo' } as const

/** Before and after of one entry as changed fields, with where the request came from and its place in the chain. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation()
  const format = useFormat()
  const rows = diffJson(entry.before, entry.after)
  return (
    <Stack gap="xs" data-testid="audit-diff">
      {rows.length ? (
        <Table withTableBorder fz="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">{t('audit.diff.field')}</Table.Th>
              <Table.Th>{t('audit.diff.before')}</Table.Th>
              <Table.Th>{t('audit.diff.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.path} data-change={r.change}>
                <Table.Td><Code style={{ wordBreak: 'break-all' }}>{r.path}</Code> <Badge size="xs" variant="light" color={COLOR[r.change]}>{t(`audit.diff.${r.change}`)}</Badge></Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{r.before !== undefined && r.before !== null ? <Text span size="sm" td={r.change === 'changed' ? 'line-through' : undefined} c="dimmed">{r.before}</Text> : shown(r.before)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{shown(r.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : <Text size="sm" c="dimmed">{t('audit.diff.none')}</Text>}
      <Text size="xs" c="dimmed">
        {t('audit.meta', { at: format.dateTime(entry.at), ip: entry.ip ?? '—' })}{entry.userAgent ? ` · ${entry.userAgent}` : ''}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>{t('audit.hash')}: {entry.hash}</Text>
    </Stack>
  )
}
