import type { ProgressStatus } from './quantitative-progress.js'

/**
 * A milestone's place on the same scale as quantitative targets: completed (or 100 %) → achieved, on track → on
 * track, delayed → at risk, not started → off track once its year has ended, else no data. Cancelled milestones
 * are counted apart.
 */
export function milestoneProgressStatus(status: string, percentComplete: number | null, deadlineYear: number, asOf: string): ProgressStatus | 'cancelled' {
  if (status === 'cancelled') return 'cancelled'
  if (status === 'completed' || (percentComplete !== null && percentComplete >= 100)) return 'achieved'
  if (status === 'on_track') return 'on_track'
  if (status === 'delayed') return 'at_risk'
  return Number(asOf.slice(0, 4)) > deadlineYear || asOf >= `${deadlineYear}-12-31` ? 'off_track' : 'no_data'
}
