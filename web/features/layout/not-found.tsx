import { Alert, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../ui/app-link'

export function NotFound() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Alert color="gray" title={t('state.notFound')}>{t('state.pageNotFound')}</Alert>
      <AppLink to="/">{t('nav.home')}</AppLink>
    </Stack>
  )
}
