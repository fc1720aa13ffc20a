import { Navigate } from '@tanstack/react-router'
import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { usePlans } from '../../api/plan-queries'
import { QueryState } from '../../ui/query-state'

/** "/" opens the current plan's overview. */
export function RedirectToCurrentPlan() {
  const { t } = useTranslation()
  const plans = usePlans()
  return (
    <QueryState query={plans}>
      {(list) => {
        const plan = list.find((p) => p.role === 'current') ?? list[0]
        if (!plan) return <Alert color="gray">{t('state.noPlans')}</Alert>
        return <Navigate to="/plans/$code" params={{ code: plan.code }} replace />
      }}
    </QueryState>
  )
}
