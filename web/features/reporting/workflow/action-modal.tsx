import { useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiError, errorText } from '../../../api/client'
import type { ReportAction } from '../../../api/reporting-types'
import { isTransient } from '../draft/autosaver'
import type { SubmitCheck } from './action-bar'
import { UnsavedEntriesError } from './use-report-action'

type Props = {
  action: ReportAction | null
  onClose: () => void
  onConfirm: (reason?: string) => void
  pending: boolean
  error: unknown
  onReload: () => void
  /** submitting: the problems to fix first (listed above the confirmation, which waits until there are none) */
  check?: SubmitCheck
}
const NEEDS_REASON: readonly ReportAction[] = ['return', 'reopen']

/** Confirms a workflow step; a return or a reopening needs a reason (at least 3 characters), shown to the unit. */
export function ActionModal({ action, onClose, onConfirm, pending, error, onReload, check }: Props) {
  const { t, i18n } = useTranslation()
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const needsReason = !!action && NEEDS_REASON.includes(action)
  const reasonMissing = needsReason && reason.trim().length < 3
  const stale = error instanceof ApiError && error.code === 'version_mismatch'
  const close = () => { setReason(''); setTried(false); onClose() }
  const message = error instanceof UnsavedEntriesError ? t('review.modal.unsaved') : isTransient(error) ? t('review.modal.offline') : error ? errorText(error, i18n.language) : null
  return (
    <Modal opened={!!action} onClose={close} title={action ? t(`review.modal.${action}Title`) : ''} centered data-testid="action-modal">
      {action ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            setTried(true)
            if (reasonMissing || check?.blocked) return
            onConfirm(needsReason ? reason.trim() : undefined)
          }}
        >
          <Stack gap="sm">
            {check?.render(close)}
            <Text size="sm">{t(`review.modal.${action}Text`)}</Text>
            {needsReason ? (
              <Textarea
                label={t('review.modal.reason')}
                description={t('review.modal.reasonHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={tried && reasonMissing ? t('review.modal.reasonRequired') : undefined}
                autosize
                minRows={3}
                maxLength={4000}
                withAsterisk
                data-autofocus
                data-testid="action-reason"
              />
            ) : null}
            {message ? (
              <Alert color={isTransient(error) ? 'yellow' : 'red'} role="alert" data-testid="action-error">
                {message}
                {stale ? <Button variant="subtle" size="compact-sm" ml="xs" onClick={() => { close(); onReload() }}>{t('review.modal.reload')}</Button> : null}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close}>{t('review.modal.cancel')}</Button>
              <Button type="submit" loading={pending} disabled={check?.blocked} color={action === 'return' || action === 'reopen' ? 'orange' : undefined} data-testid="action-confirm">
                {isTransient(error) ? t('review.modal.retry') : t(`review.action.${action}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  )
}
