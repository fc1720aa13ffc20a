import { Alert, Button, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'

/**
 * The API refused the filters in the URL (an old link, a unit outside the reader's scope, a period outside the plan):
 * say why in the reader's language and offer the dashboard without them, instead of a dead end.
 */
export function DashboardFilterError({ error, onReset }: { error: unknown; onReset: () => void }) {
  const { t, i18n } = useTranslation()
  const message = error instanceof ApiError ? (i18n.language === 'lo' && error.messageLo ? error.messageLo : error.message) : String(error)
  return (
    <Stack maw={640} py="md" data-testid="dashboard-filter-error">
      <Alert color="orange" title={t('dashboard.access.filterTitle')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{message.charAt(0).toUpperCase() + message.slice(1)}</Text>
          <Button variant="light" onClick={onReset} data-testid="dashboard-reset-filters">{t('dashboard.access.resetFilters')}</Button>
        </Stack>
      </Alert>
    </Stack>
  )
}
