import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OneTimePassword } from '../../api/people-types'

/** The generated password, shown this once: the server keeps only its hash. */
export function OneTimePasswordModal({ result, onClose }: { result: OneTimePassword; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal opened onClose={onClose} title={t('users.otp.title')} data-testid="one-time-password">
      <Stack gap="sm">
        <Text size="sm">{t('users.otp.for', { name: result.user.displayName, username: result.user.username })}</Text>
        {result.oneTimePassword ? (
          <>
            <Code block fz="lg" data-testid="one-time-password-value" style={{ userSelect: 'all', wordBreak: 'break-all' }}>{result.oneTimePassword}</Code>
            <Alert color="yellow">{t('users.otp.once')}</Alert>
          </>
        ) : <Text size="sm">{t('users.otp.chosen')}</Text>}
        <Group justify="flex-end" gap="sm">
          {result.oneTimePassword ? (
            <CopyButton value={result.oneTimePassword}>
              {({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? t('users.otp.copied') : t('users.otp.copy')}</Button>}
            </CopyButton>
          ) : null}
          <Button onClick={onClose} data-autofocus>{t('people.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}
