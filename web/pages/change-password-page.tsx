import '../features/people/people-styles'
import { useState } from 'react'
import { Alert, Paper, Stack } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ME_KEY } from '../api/me-query'
import { ChangePasswordForm } from '../features/auth/change-password-form'
import { RequireSignIn } from '../features/auth/require-sign-in'
import { safeReturnTo } from '../features/auth/return-to'
import { useGoTo } from '../features/auth/use-go-to'
import { PageTitle } from '../ui/page-title'

const route = getRouteApi('/change-password')

/** Your own password; after a one-time password this screen comes first, and then the page you were going to. */
export function ChangePasswordPage() {
  const { t } = useTranslation()
  const { returnTo } = route.useSearch()
  const queryClient = useQueryClient()
  const goTo = useGoTo()
  const [done, setDone] = useState(false)
  return (
    <RequireSignIn>
      {(me) => {
        const forced = me.user.mustChangePassword
        const onChanged = async () => {
          await queryClient.invalidateQueries({ queryKey: ME_KEY })
          if (forced) goTo(safeReturnTo(returnTo), true)
          else setDone(true)
        }
        return (
          <Stack w="100%" maw={460} mx="auto" gap="md">
            <PageTitle title={t('auth.changePassword')} docTitle={t('auth.changePassword')} subtitle={me.user.displayName} />
            {forced ? <Alert color="yellow" title={t('auth.password.forcedTitle')} data-testid="forced-password-change">{t('auth.password.forcedBody')}</Alert> : null}
            {done ? <Alert color="green" role="status" data-testid="password-changed">{t('auth.password.changed')}</Alert> : null}
            <Paper withBorder p="lg" radius="md">
              {me.user.hasPassword ? <ChangePasswordForm key={String(done)} onChanged={() => void onChanged()} /> : <Alert color="gray">{t('auth.password.ssoOnly')}</Alert>}
            </Paper>
          </Stack>
        )
      }}
    </RequireSignIn>
  )
}
