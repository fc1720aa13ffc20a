/** Shapes of the server's reporting and notification JSON (server/features/reporting, server/features/notifications). */
import type { Bi } from './types'

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'locked'
export type ReportAction = 'submit' | 'return' | 'approve' | 'lock' | 'reopen'
export type MilestoneStatus = 'not_started' | 'on_track' | 'delayed' | 'completed' | 'cancelled'
export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['not_started', 'on_track', 'delayed', 'completed', 'cancelled']

/** Which report: the URL of its form is /plans/:plan/reports/:dataSet/:unit/:period. */
export type ReportKey = { plan: string; dataSet: string; unit: string; period: string }

export type PeriodRef = { id: string; label: Bi }
export type DataSet = { code: string; name: Bi; frequency: string; deadlineDays: number; reviewPath: string; isDemo: boolean; members: number }

export type ReportHeader = {
  id: number | null; plan: string
  dataSet: { code: string; name: Bi; frequency: string; reviewPath: string }
  unit: { code: string; kind: string; name: Bi }
  period: PeriodRef & { start: string; end: string }
  status: ReportStatus; reviewLevel: number; version: number; returnReason: string | null; isDemo: boolean
  updatedAt: string | null; submittedAt: string | null; approvedAt: string | null; lockedAt: string | null
}

export type ValueEntry = { option: number; value: number | null; text: string | null; comment: string | null; version: number }
export type ElementEntry = { values: ValueEntry[]; previous: { option: number; value: number | null }[] }
export type Evidence = { id: number; fileName: string; sizeBytes: number; mimeType: string }
export type MilestoneEntry = { status: MilestoneStatus | null; percentComplete: number | null; narrative: string | null; version: number; evidence: Evidence[] }
export type ProjectEntry = { physicalPercent: number | null; issues: string | null; disbursements: Record<string, number>; version: number }

export type DisaggregationOption = { id: number; code: string; name: Bi }
export type FormElement = {
  kind: 'element'; id: number; code: string; name: Bi; unit: Bi
  valueType: 'number' | 'integer' | 'percent' | 'text' | string; aggregation: 'sum' | 'average' | 'last' | string
  decimals: number; min: number | null; max: number | null; src: string | null
  options: DisaggregationOption[]; entry: ElementEntry | null
}
export type FormMilestone = { kind: 'milestone'; id: number; code: string; name: Bi; src: string | null; entry: MilestoneEntry | null }
export type FormProject = { kind: 'project'; id: number; code: string; name: Bi; fundingSource: string; currency: string; src: string | null; entry: ProjectEntry | null }
export type FormItem = FormElement | FormMilestone | FormProject
export type FormGroup = { node: { code: string; kind: string; name: Bi } | null; items: FormItem[] }

export type ReportEvent = { id: number; at: string; action: ReportAction; from: ReportStatus; to: ReportStatus; reason: string | null; level: number; by: string | null }
export type AllowedActions = Record<ReportAction | 'edit', boolean>

export type ReportForm = {
  report: ReportHeader
  deadline: string
  previousPeriod: PeriodRef | null
  allowed: AllowedActions
  groups: FormGroup[]
  events: ReportEvent[]
}

export type ValueInput = { element: string; option?: string | null; value: number | string | null; text?: string | null; baseVersion: number }
export type MilestoneInput = { target: string; status?: MilestoneStatus | null; percentComplete?: number | null; narrative?: string | null; baseVersion: number }
export type ProjectInput = { project: string; physicalPercent?: number | null; issues?: string | null; disbursements?: Record<string, number>; baseVersion: number }
export type SaveBody = { values: ValueInput[]; milestones: MilestoneInput[]; projects: ProjectInput[] }
export type SaveResult = {
  reportId: number; version: number
  saved: { values: { element: string; option: string | null; version: number }[]; milestones: { target: string; version: number }[]; projects: { project: string; version: number }[] }
}

/** 409 edit_conflict: every entry someone else saved since it was loaded, with its current content. */
export type Conflict =
  | { type: 'value'; element: string; option: string | null; yourBaseVersion: number; current: { value: number | null; text: string | null; version: number; updatedAt: string } | null }
  | { type: 'milestone'; target: string; yourBaseVersion: number; current: { status: MilestoneStatus | null; percentComplete: number | null; narrative: string | null; version: number } | null }
  | { type: 'project'; project: string; yourBaseVersion: number; current: { physicalPercent: number | null; issues: string | null; disbursements: Record<string, number>; version: number } | null }
/** 422 invalid_entries: every bad entry at once. */
export type EntryError = { path: string; item: string; option?: string | null; code: string; message: string; message_lo: string }

export type ReportSummary = {
  id: number; plan: string; dataSet: { code: string; name: Bi }; unit: { code: string; name: Bi }; period: PeriodRef
  status: ReportStatus; version: number; reviewLevel: number; deadline: string; updatedAt: string
  submittedAt: string | null; approvedAt: string | null; isDemo: boolean
}
export type ReportList = { total: number; items: ReportSummary[] }

export type CalendarRow = {
  dataSet: string; period: PeriodRef; deadline: string; unit: { code: string; name: Bi }
  status: ReportStatus | 'not_started'; items: number; onTime: boolean; overdue: boolean; submittedAt: string | null
}
export type Calendar = {
  summary: {
    periods: { dataSet: string; period: string; deadline: string }[]
    expected: number; submitted: number; approved: number; onTime: number
    completenessRate: number | null; timelinessRate: number | null; overdue: number
  }
  reports: CalendarRow[]
}

export type Notification = {
  id: number; at: string; kind: string; title: Bi; body: Bi | null; read: boolean
  report: ReportKey | null
}
export type NotificationList = { unread: number; items: Notification[] }
