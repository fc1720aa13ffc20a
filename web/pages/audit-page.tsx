import '../features/people/people-styles'
import { Alert, Group, Pagination, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AUDIT_PAGE_SIZE, auditRangeInverted, useAudit } from '../api/people-queries'
import { AuditCards } from '../features/audit/audit-cards'
import { AuditFilters } from '../features/audit/audit-filters'
import { AuditTable } from '../features/audit/audit-table'
import { VerifyChain } from '../features/audit/verify-chain'
import { canSystemWide } from '../features/auth/permissions'
import { RequireSignIn } from '../features/auth/require-sign-in'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/audit')

/** The audit log: who changed what and when, filtered and paged, with the hash-chain check. */
export function AuditPage() {
  return <RequireSignIn allowed={(me) => canSystemWide(me, 'audit:read')}>{() => <AuditLog />}</RequireSignIn>
}

function AuditLog() {
  const { t } = useTranslation()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const audit = useAudit(search)
  const phone = useMediaQuery('(max-width: 48em)')
  return (
    <Stack gap="md">
      <PageTitle title={t('audit.title')} subtitle={t('audit.subtitle')} docTitle={t('audit.title')} />
      <VerifyChain />
      <AuditFilters value={search} onApply={(f) => void navigate({ search: { ...f, page: undefined } })} />
      {auditRangeInverted(search) ? (
        <Alert color="orange" role="alert" data-testid="audit-range-error">{t('audit.fromAfterTo')}</Alert>
      ) : (
        <QueryState query={audit}>
          {(list) => (
            <Stack gap="sm" style={{ opacity: audit.isPlaceholderData ? 0.6 : 1 }} aria-busy={audit.isFetching}>
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="audit-count">{t('audit.count', { count: list.total })}</Text>
              {!list.items.length ? <Alert color="gray">{t('audit.none')}</Alert>
                : phone ? <AuditCards entries={list.items} /> : <AuditTable entries={list.items} />}
              {list.total > AUDIT_PAGE_SIZE ? (
                <Group justify="center">
                  <Pagination total={Math.ceil(list.total / AUDIT_PAGE_SIZE)} value={list.page} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} getControlProps={(c) => ({ 'aria-label': t(`people.page.${c}`) })} />
                </Group>
              ) : null}
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  )
}
