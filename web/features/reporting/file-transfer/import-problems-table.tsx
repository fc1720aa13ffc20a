import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportCellProblem } from '../../../api/values-io'

/** Every bad cell of a refused file, where to find it and what is wrong, in the reader's language. */
export function ImportProblemsTable({ cells, itemName }: { cells: ImportCellProblem[]; itemName: (code: string) => string | null }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="vf-problems" tabIndex={0} role="region" aria-label={t('valueFiles.problem')}>
      <Table striped withTableBorder stickyHeader fz="sm" verticalSpacing={4} data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('valueFiles.sheet')}</Table.Th>
            <Table.Th>{t('valueFiles.cell')}</Table.Th>
            <Table.Th className="vf-col-item">{t('valueFiles.item')}</Table.Th>
            <Table.Th className="vf-col-problem">{t('valueFiles.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cells.map((c, i) => {
            const name = c.element ? itemName(c.element) : null
            return (
              <Table.Tr key={i}>
                <Table.Td className="vf-nowrap vf-sheet" data-label={t('valueFiles.sheet')}>{c.sheet}</Table.Td>
                <Table.Td className="vf-nowrap vf-cell" data-label={t('valueFiles.cell')}>{c.cell}</Table.Td>
                <Table.Td className="vf-item">
                  {name ? <span className="vf-item-name" title={name}>{name}</span> : null}
                  <span className="vf-code">{[c.element, c.option].filter(Boolean).join(' · ')}</span>
                </Table.Td>
                <Table.Td className="vf-message">{i18n.language === 'en' ? c.message : c.message_lo}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </div>
  )
}
