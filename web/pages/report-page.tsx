import '../features/reporting/reporting-styles'
import { useMemo } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import { ApiError } from '../api/client'
import { useReportForm } from '../api/reporting-queries'
import { NotAllowed } from '../features/auth/not-allowed'
import { RequireSignIn } from '../features/auth/require-sign-in'
import { ReportEditor } from '../features/reporting/entry/report-editor'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/plans/$code/reports/$dataSet/$unit/$period')

/** One report of one unit for one period: data entry for its reporters, review for reviewers and DPF. */
export function ReportPage() {
  return <RequireSignIn>{() => <ReportLoader />}</RequireSignIn>
}

function ReportLoader() {
  const { code, dataSet, unit, period } = route.useParams()
  const reportKey = useMemo(() => ({ plan: code, dataSet, unit, period }), [code, dataSet, unit, period])
  const query = useReportForm(reportKey)
  if (query.error instanceof ApiError && query.error.status === 403) return <NotAllowed />
  return (
    <QueryState query={query}>
      {(form) => (
        <ReportEditor
          key={`${form.report.status}:${form.report.version}`}
          form={form}
          reportKey={reportKey}
          onReload={() => void query.refetch()}
        />
      )}
    </QueryState>
  )
}
