import { Alert, Loader, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { UseQueryResult } from '@tanstack/react-query'
import { ApiError } from '../api/client'

/** Loading and error states for a query, in the reader's language; renders children only when data is there. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => React.ReactNode }) {
  const { t, i18n } = useTranslation()
  if (query.isPending) {
    return (
      <Group gap="xs" py="md" role="status" aria-live="polite">
        <Loader size="sm" />
        <Text c="dimmed">{t('state.loading')}</Text>
      </Group>
    )
  }
  if (query.isError) {
    const err = query.error
    const message = err instanceof ApiError ? (i18n.language === 'lo' && err.messageLo ? err.messageLo : err.message) : String(err)
    const notFound = err instanceof ApiError && err.status === 404
    return (
      <Alert color={notFound ? 'gray' : 'red'} title={notFound ? t('state.notFound') : t('state.error')} role="alert">
        {message}
      </Alert>
    )
  }
  return <>{children(query.data as T)}</>
}
