import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { LegalInstrument } from '../../api/types'
import { BiText } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { EditorNote, MissingBadge } from '../../ui/missing-note'
import { SourceLink } from '../../ui/source-link'

/** Legal instruments (Annex 5): printed number and date, title, status, source line. */
export function LegislationTable({ plan, items }: { plan: string; items: LegalInstrument[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('legislation.no')}</Table.Th>
            <Table.Th scope="col">{t('legislation.titleCol')}</Table.Th>
            <Table.Th scope="col">{t('legislation.number')}</Table.Th>
            <Table.Th scope="col">{t('legislation.date')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('legislation.status')}</Table.Th>
            <Table.Th scope="col">{t('source.column')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((l) => (
            <Table.Tr key={l.code} id={l.code}>
              <Table.Td>{l.no ?? '—'}</Table.Td>
              <Table.Td style={{ minWidth: 260 }}>
                {l.garbled ? <MissingBadge kind="garbled" /> : <BiText value={l.title} />}
                <EditorNote note={l.note} />
              </Table.Td>
              <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{l.number ?? '—'}</Text></Table.Td>
              <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{f.date(l.date)}</Text>{l.dateRaw && !l.date ? <Text size="xs" c="dimmed">{l.dateRaw}</Text> : null}</Table.Td>
              <Table.Td><Text size="sm">{l.status ? t(`legislation.statuses.${l.status}`, { defaultValue: l.status }) : '—'}</Text></Table.Td>
              <Table.Td><SourceLink src={l.src} plan={plan} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
