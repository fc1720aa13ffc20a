import { Alert, Group, Loader, Text } from '@mantine/core'
import { useRouterState } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../api/client'
import { useMe } from '../../api/me-query'
import type { Me } from '../../api/people-types'
import { NotAllowed } from './not-allowed'
import { RedirectTo } from './redirect-to'

/** A page for signed-in users: anonymous visitors go to sign-in and come back; `allowed` decides who may see it. */
export function RequireSignIn({ allowed, children }: { allowed?: (me: Me) => boolean; children: (me: Me) => React.ReactNode }) {
  const { t, i18n } = useTranslation()
  const me = useMe()
  // The location this page was rendered for: while the sign-in page loads, `location` already names it.
  const href = useRouterState({ select: (s) => (s.resolvedLocation ?? s.location).href })
  if (me.isPending) {
    return (
      <Group gap="xs" py="md" role="status" aria-live="polite">
        <Loader size="sm" />
        <Text c="dimmed">{t('state.loading')}</Text>
      </Group>
    )
  }
  if (me.isError) return <Alert color="red" title={t('state.error')} role="alert">{errorText(me.error, i18n.language)}</Alert>
  if (!me.data) return <RedirectTo href={`/sign-in?returnTo=${encodeURIComponent(href)}`} />
  if (allowed && !allowed(me.data)) return <NotAllowed />
  return <>{children(me.data)}</>
}
