import type { Me, Permission } from '../../api/people-types'

/** Reporting permissions as /me lists them (the server decides again on every request). */
type ReportingPermission = Permission | 'reports:reopen'

export const unitsWith = (me: Me | null | undefined, p: ReportingPermission): (string | null)[] =>
  me?.permissions.find((x) => (x.permission as string) === p)?.units ?? []

export const canEnterData = (me: Me | null | undefined) => unitsWith(me, 'data:enter').length > 0
export const canReview = (me: Me | null | undefined) => unitsWith(me, 'reports:review').length > 0
/** DPF: reopens and locks reports, follows up every unit. */
export const canReopen = (me: Me | null | undefined) => unitsWith(me, 'reports:reopen').length > 0
export const canReadReports = (me: Me | null | undefined) => unitsWith(me, 'unit-data:read').length > 0
