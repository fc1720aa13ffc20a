import { Alert, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../api/client'
import { useAuditVerify } from '../../api/people-queries'

/** Recomputes the hash chain on the server: intact, or the first entry changed, missing or cut off. */
export function VerifyChain() {
  const { t, i18n } = useTranslation()
  const verify = useAuditVerify()
  const result = verify.data
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <Button variant="light" onClick={() => void verify.refetch()} loading={verify.isFetching} data-testid="verify-chain">{t('audit.verify.button')}</Button>
      {verify.isError ? <Alert color="red" role="alert" style={{ flex: '1 1 18rem' }}>{errorText(verify.error, i18n.language)}</Alert> : null}
      {result && !verify.isFetching ? (
        <Alert color={result.ok ? 'green' : 'red'} role="status" title={result.ok ? t('audit.verify.ok') : t('audit.verify.broken')} style={{ flex: '1 1 18rem' }} data-testid="verify-result" data-ok={result.ok}>
          <Text size="sm">{t('audit.verify.entries', { count: result.entries })}</Text>
          {result.broken ? <Text size="sm">{t('audit.verify.where', { seq: result.broken.seq, problem: result.broken.problem })} — <span lang="en">{result.broken.detail}</span></Text> : null}
        </Alert>
      ) : null}
    </Group>
  )
}
