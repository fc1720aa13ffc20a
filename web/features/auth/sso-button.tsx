import { Button, Divider } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useProviders } from '../../api/people-queries'
import { setSessionHint } from '../../api/session-hint'

/** "or" and single sign-on, when the server has an OpenID provider configured: a full-page trip to the provider and back. */
export function SsoButton({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation()
  const providers = useProviders()
  if (!providers.data?.oidc) return null
  const href = `/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`
  return (
    <>
      <Divider label={t('auth.or')} labelPosition="center" />
      <Button component="a" href={href} variant="default" onClick={() => setSessionHint(true)} data-testid="sso-sign-in">
        {t('auth.sso')}
      </Button>
    </>
  )
}
