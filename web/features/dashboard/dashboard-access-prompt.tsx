import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { Link, useLocation } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../ui/app-link'

/**
 * What a visitor sees when the dashboard's API refuses them: anonymous (401) → a friendly invitation to sign in that
 * brings them back here; signed in without a role that reads unit data (403) → who to ask.
 */
export function DashboardAccessPrompt({ reason, plan }: { reason: 'sign-in' | 'denied'; plan: string }) {
  const { t } = useTranslation()
  const location = useLocation()
  const signIn = reason === 'sign-in'
  return (
    <Stack maw={640} py="md" data-testid={signIn ? 'dashboard-sign-in' : 'dashboard-denied'}>
      <Alert color={signIn ? 'indigo' : 'orange'} title={signIn ? t('dashboard.access.signInTitle') : t('dashboard.access.deniedTitle')} role={signIn ? 'status' : 'alert'}>
        <Stack gap="sm">
          <Text size="sm">{signIn ? t('dashboard.access.signInBody') : t('dashboard.access.deniedBody')}</Text>
          <Group gap="md">
            {signIn ? (
              <Button renderRoot={(props) => <Link to="/sign-in" search={{ returnTo: location.href }} {...props} />} data-testid="dashboard-sign-in-button">
                {t('dashboard.access.signInButton')}
              </Button>
            ) : null}
            <AppLink to="/plans/$code" params={{ code: plan }} size="sm">{t('dashboard.access.readPlan')}</AppLink>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  )
}
