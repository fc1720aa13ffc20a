import { Alert, Code, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiError, errorText } from '../../api/client'
import type { ImportIssue } from '../../api/people-types'

/** Nothing was imported: every problem of every row, by line and column, in the reader's language. */
export function ImportProblems({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation()
  const issues = error instanceof ApiError && Array.isArray(error.details) ? (error.details as ImportIssue[]).filter((i) => typeof i.row === 'number') : []
  return (
    <Alert color="red" title={errorText(error, i18n.language)} role="alert" tabIndex={-1} data-form-error data-testid="import-problems">
      {issues.length ? (
        <Table.ScrollContainer minWidth={300} maw="100%">
          <Table withRowBorders striped fz="sm">
            <Table.Thead>
              <Table.Tr><Table.Th>{t('orgUnits.import.line')}</Table.Th><Table.Th>{t('orgUnits.import.column')}</Table.Th><Table.Th>{t('orgUnits.import.problem')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issues.map((i, n) => (
                <Table.Tr key={n} data-row={i.row}>
                  <Table.Td className="num">{i.row}</Table.Td>
                  <Table.Td>{i.column ? <Code>{i.column}</Code> : '—'}</Table.Td>
                  <Table.Td>{i18n.language === 'lo' ? i.message_lo : i.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Alert>
  )
}
