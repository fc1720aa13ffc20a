import type { Principal } from '../../platform/auth/policy.js'
import { can } from '../../platform/auth/policy.js'

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'locked'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export const ACTIONS = ['submit', 'return', 'approve', 'lock', 'reopen'] as const
export type ReportAction = (typeof ACTIONS)[number]

/** Which status each action starts from, and where it leads. */
export const TRANSITIONS: Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus; needsReason: boolean }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', needsReason: false },
  return: { from: ['submitted'], to: 'returned', needsReason: true },
  approve: { from: ['submitted'], to: 'approved', needsReason: false },
  lock: { from: ['approved'], to: 'locked', needsReason: false },
  // A reopening sends the report back to its unit with the reason, so nothing approved changes unrecorded.
  reopen: { from: ['approved', 'locked'], to: 'returned', needsReason: true },
}

export const EDITABLE: readonly ReportStatus[] = ['draft', 'returned']
export const COUNTS_AS_APPROVED: readonly ReportStatus[] = ['approved', 'locked']

/**
 * Review levels. 'direct': one approval by a reviewer covering the unit. 'via_province': a district's report is
 * approved first by a reviewer covering its province (level 0 → 1), then by one covering the level above (→ approved).
 * `reviewUnitPath` is the unit whose subtree the reviewer must cover at the report's current level.
 */
export function reviewUnitPath(unitPath: string, unitKind: string, reviewPath: string, level: number): string {
  if (reviewPath !== 'via_province' || unitKind !== 'district') return unitPath
  const parts = unitPath.split('/').filter(Boolean)
  const up = Math.min(level + 1, parts.length - 1)
  return `/${parts.slice(0, parts.length - up).join('/')}`
}

export function levelsFor(unitKind: string, reviewPath: string): number {
  return reviewPath === 'via_province' && unitKind === 'district' ? 2 : 1
}

/**
 * May `user` review a report at its current level? The final level takes any reviewer whose scope covers the level's
 * unit (DPF's system-wide grant covers all). An earlier level needs a grant on exactly that unit (the province), so
 * neither the district's own reviewers nor DPF can skip it.
 */
export function canReviewAt(user: Principal | null, r: Omit<ReportRef, 'status'>): boolean {
  if (!user) return false
  const at = reviewUnitPath(r.unitPath, r.unitKind, r.reviewPath, r.reviewLevel)
  if (r.reviewLevel + 1 >= levelsFor(r.unitKind, r.reviewPath)) return can(user, 'reports:review', { unitPath: at })
  return user.grants.some((g) => g.unitPath === at && can({ ...user, grants: [g] }, 'reports:review', { unitPath: at }))
}

export type ReportRef = { status: ReportStatus; reviewLevel: number; unitPath: string; unitKind: string; reviewPath: string }

/** What `user` may do with a report now (the route has already checked that the user may see the unit). */
export function allowedActions(user: Principal | null, r: ReportRef): Record<ReportAction | 'edit', boolean> {
  const enter = can(user, 'data:enter', { unitPath: r.unitPath })
  const review = canReviewAt(user, r)
  const reopen = can(user, 'reports:reopen', { unitPath: r.unitPath })
  return {
    edit: enter && EDITABLE.includes(r.status),
    submit: enter && TRANSITIONS.submit.from.includes(r.status),
    return: review && TRANSITIONS.return.from.includes(r.status),
    approve: review && TRANSITIONS.approve.from.includes(r.status),
    lock: reopen && TRANSITIONS.lock.from.includes(r.status),
    reopen: reopen && TRANSITIONS.reopen.from.includes(r.status),
  }
}
