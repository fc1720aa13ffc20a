import { Alert, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../ui/app-link'

/** Shown instead of a page the signed-in user's roles do not reach. */
export function NotAllowed() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Alert color="orange" title={t('auth.notAllowed.title')} role="alert" data-testid="not-allowed">
        <Text size="sm">{t('auth.notAllowed.body')}</Text>
      </Alert>
      <AppLink to="/">{t('nav.home')}</AppLink>
    </Stack>
  )
}
