import type { MilestoneStatus, ProgressStatus } from '../../api/dashboard-types'

/**
 * One colour per status, for Mantine (`color` prop) and for charts (hex). Green shades for achieved/on track, amber
 * for at risk, red for off track, grey for no data; every coloured mark also carries its label (never colour alone).
 */
export const STATUS_COLOR: Record<ProgressStatus, { mantine: string; hex: string }> = {
  achieved: { mantine: 'green.9', hex: '#2b8a3e' },
  on_track: { mantine: 'teal.6', hex: '#12b886' },
  at_risk: { mantine: 'orange.6', hex: '#fd7e14' },
  off_track: { mantine: 'red.7', hex: '#e03131' },
  no_data: { mantine: 'gray.5', hex: '#adb5bd' },
}

export const MILESTONE_COLOR: Record<MilestoneStatus, string> = {
  completed: 'green.9',
  on_track: 'teal.6',
  delayed: 'orange.6',
  not_started: 'gray.6',
  cancelled: 'gray.5',
}

