import { useParams } from '@tanstack/react-router'
import { usePlans } from '../../api/plan-queries'

/** The plan being read: from the URL, else the plan the server marks as current. */
export function usePlanCode(): string | undefined {
  const params = useParams({ strict: false }) as { code?: string }
  const plans = usePlans()
  if (params.code) return params.code
  return plans.data?.find((p) => p.role === 'current')?.code ?? plans.data?.[0]?.code
}
