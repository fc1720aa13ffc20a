import { Alert, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportResult } from '../../api/people-types'

/** What an import did (or, on a dry run, would do): the codes created, updated, moved and left alone. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation()
  const groups = (['created', 'updated', 'moved', 'unchanged'] as const).filter((g) => result[g].length)
  return (
    <Alert color={result.dryRun ? 'blue' : 'green'} title={result.dryRun ? t('orgUnits.import.dryRunOk') : t('orgUnits.import.done')} role="status" data-testid="import-result">
      {groups.length ? (
        <List size="sm" spacing={2}>
          {groups.map((g) => (
            <List.Item key={g}>
              <Text span size="sm" fw={600}>{t(`orgUnits.import.${g}`, { count: result[g].length })}</Text>{' '}
              <Text span size="xs" ff="monospace">{result[g].join(', ')}</Text>
            </List.Item>
          ))}
        </List>
      ) : <Text size="sm">{t('orgUnits.import.nothing')}</Text>}
    </Alert>
  )
}
