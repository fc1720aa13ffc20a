import { useState, type ReactNode } from 'react'
import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AllowedActions, ReportAction, ReportKey } from '../../../api/reporting-types'
import { ActionModal } from './action-modal'
import { useReportAction } from './use-report-action'

const ORDER: readonly ReportAction[] = ['submit', 'approve', 'return', 'lock', 'reopen']
const STYLE: Record<ReportAction, { variant: string; color?: string }> = {
  submit: { variant: 'filled' }, approve: { variant: 'filled', color: 'teal' }, return: { variant: 'light', color: 'orange' },
  lock: { variant: 'light', color: 'violet' }, reopen: { variant: 'light', color: 'orange' },
}

/** What the submit dialog shows before confirming (problems with the values), and whether it blocks the confirmation. */
export type SubmitCheck = { blocked: boolean; render: (close: () => void) => ReactNode }
export type ActionBarProps = {
  allowed: AllowedActions; reportKey: ReportKey; version: () => number; beforeSubmit?: () => Promise<boolean>; onReload: () => void
  submitCheck?: SubmitCheck
}

/** The workflow steps the reader may take now: submit; return or approve (reviewers); lock or reopen (DPF). */
export function ActionBar({ allowed, reportKey, version, beforeSubmit, onReload, submitCheck }: ActionBarProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<ReportAction | null>(null)
  const act = useReportAction(reportKey, version, beforeSubmit)
  const actions = ORDER.filter((a) => allowed[a])
  if (!actions.length) return null
  return (
    <>
      <Group gap="xs" wrap="wrap" data-testid="action-bar">
        {actions.map((a) => (
          <Button key={a} size="sm" variant={STYLE[a].variant} color={STYLE[a].color} onClick={() => { act.reset(); setOpen(a) }} data-testid={`action-${a}`}>
            {t(`review.action.${a}`)}
          </Button>
        ))}
      </Group>
      <ActionModal
        key={open ?? 'closed'}
        action={open}
        onClose={() => setOpen(null)}
        onConfirm={(reason) => act.mutate({ action: open!, reason }, { onSuccess: () => setOpen(null) })}
        pending={act.isPending}
        error={act.error}
        onReload={onReload}
        check={open === 'submit' ? submitCheck : undefined}
      />
    </>
  )
}
