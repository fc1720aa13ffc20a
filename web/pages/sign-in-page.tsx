import '../features/people/people-styles'
import { useEffect } from 'react'
import { Paper, Stack, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useMe } from '../api/me-query'
import type { Me } from '../api/people-types'
import { safeReturnTo } from '../features/auth/return-to'
import { SignInForm } from '../features/auth/sign-in-form'
import { SsoButton } from '../features/auth/sso-button'
import { useGoTo } from '../features/auth/use-go-to'
import { useSessionChange } from '../features/auth/use-session-change'
import { PageTitle } from '../ui/page-title'

const route = getRouteApi('/sign-in')

/** Sign in, then back where the reader came from (or first to the password change a one-time password requires). */
export function SignInPage() {
  const { t } = useTranslation()
  const { returnTo } = route.useSearch()
  const target = safeReturnTo(returnTo)
  const me = useMe()
  const change = useSessionChange()
  const goTo = useGoTo()
  const signedIn = !!me.data && !me.data.user.mustChangePassword
  useEffect(() => {
    if (signedIn) goTo(target, true)
  }, [signedIn])

  const onSignedIn = (user: Me) => {
    change(user)
    if (user.user.mustChangePassword) goTo(`/change-password?returnTo=${encodeURIComponent(target)}`, true)
    else goTo(target, true)
  }
  return (
    <Stack w="100%" maw={420} mx="auto" gap="md">
      <PageTitle title={t('auth.signIn')} docTitle={t('auth.signIn')} />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="md">
          <Text size="sm" c="dimmed">{t('auth.intro')}</Text>
          <SignInForm onSignedIn={onSignedIn} />
          <SsoButton returnTo={target} />
        </Stack>
      </Paper>
    </Stack>
  )
}
