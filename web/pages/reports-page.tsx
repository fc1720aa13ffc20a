import '../features/reporting/reporting-styles'
import { Alert, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Me } from '../api/people-types'
import { usePlans } from '../api/plan-queries'
import { useDataSets } from '../api/reporting-queries'
import { RequireSignIn } from '../features/auth/require-sign-in'
import { usePlanCode } from '../features/layout/use-plan-code'
import { FollowUp } from '../features/reporting/list/follow-up'
import { OpenReportForm } from '../features/reporting/list/open-report-form'
import { ReviewQueue } from '../features/reporting/list/review-queue'
import { TodoList } from '../features/reporting/list/todo-list'
import { canEnterData, canReadReports, canReopen, canReview, unitsWith } from '../features/reporting/reporting-permissions'
import { useBi } from '../ui/bilingual'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

/** "My reports": a reporter's reports to do, a reviewer's queue, DPF's follow-up of every unit. */
export function ReportsPage() {
  return <RequireSignIn allowed={canReadReports}>{(me) => <Reports me={me} />}</RequireSignIn>
}

function Reports({ me }: { me: Me }) {
  const { t } = useTranslation()
  const bi = useBi()
  const plan = usePlanCode()
  const plans = usePlans()
  const dataSets = useDataSets(plan)
  const planPeriod = plans.data?.find((p) => p.code === plan)?.period
  // The units the reader reports for, named from their grants.
  const units = unitsWith(me, 'data:enter').filter((u): u is string => u !== null).map((code) => {
    const g = me.user.grants.find((x) => x.unit?.code === code)
    return { code, label: g?.unit ? bi(g.unit.name)?.text ?? code : code }
  })
  return (
    <Stack gap="lg">
      <PageTitle title={t('reporting.title')} subtitle={t('reporting.subtitle')} docTitle={t('reporting.title')} />
      <QueryState query={dataSets}>
        {(list) => {
          if (!plan || !planPeriod) return null
          if (!list.length) return <Alert color="gray">{t('reporting.noForms')}</Alert>
          return (
            <Stack gap="lg">
              {canEnterData(me) ? <TodoList plan={plan} planPeriod={planPeriod} dataSets={list} /> : null}
              {canEnterData(me) ? <OpenReportForm plan={plan} planPeriod={planPeriod} dataSets={list} units={units} /> : null}
              {canReview(me) ? <ReviewQueue plan={plan} /> : null}
              {canReopen(me) || canReview(me) || !canEnterData(me) ? <FollowUp plan={plan} planPeriod={planPeriod} dataSets={list} /> : null}
            </Stack>
          )
        }}
      </QueryState>
    </Stack>
  )
}
