import type { ProgressStatus } from './quantitative-progress.js'

export type StatusCounts = Record<ProgressStatus | 'cancelled', number> & { total: number }

/** Targets by status; cancelled milestones are counted but left out of the total. */
export function countStatuses(statuses: (ProgressStatus | 'cancelled')[]): StatusCounts {
  const counts: StatusCounts = { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0, cancelled: 0, total: 0 }
  for (const s of statuses) {
    counts[s]++
    if (s !== 'cancelled') counts.total++
  }
  return counts
}
